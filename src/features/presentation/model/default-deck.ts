import type { Deck } from './deck-schema';

/**
 * The built-in deck for an analyst who has built none: the three cities' story in eight slides,
 * one card each. Every title is a claim the card shows with the dataset as it stands (checked by
 * default-deck.test.ts against the data and the computed insights); the notes say what to point
 * at and how to read the caveats. Searches are canonical (defaults left out), so a slide shown
 * unchanged is never reported as modified.
 */
export const DEFAULT_DECK: Deck = {
  version: 1,
  title: 'Three hubs compared: Wuhan, Xi’an and Chengdu',
  slides: [
    {
      id: 'default-insights',
      title: 'Chengdu is the largest economy; Xi’an leads on R&D intensity in the last year all three report it',
      notes:
        'Every sentence on this card is computed from the scorecard, none is written by hand, and each compares the three cities in one year. Point at Chengdu’s lead on GDP in 2024, from the statistical bulletins, and the line saying it overtook Wuhan: read its caution aloud, since Chengdu absorbed Jianyang in 2016 and Xi’an the Xixian New Area in 2017. Then Xi’an’s lead on R&D intensity: 2018 is the latest year all three report it, and Wuhan’s 2018 figure is the bureau’s own projection, so an estimate. The last line names the headline measures with no common year, such as front-end capacity, for which Chengdu states none.',
      path: '/',
      search: 'card=insights',
    },
    {
      id: 'default-composite',
      title: 'The composite index is close, and rests only on the few metrics all three report for one year',
      notes:
        'A city scores 100 on a metric it leads; each category is the mean over the metrics compared in one year for all three, and Overall is the weighted mean of the categories. Metrics with no common year are left out and listed under the chart; no chip metric has one, so Chips has no bar. Switch to the table to show each index’s share of estimates: where it passes a third, the card says so, and the order should be read as indicative. Setting a weight to 0 live shows how much the order depends on what counts.',
      path: '/',
      search: 'card=composite',
    },
    {
      id: 'default-industry-output',
      title: 'Chengdu’s electronic-information industry passed CNY 1 trillion in 2020; pillar years differ by city',
      notes:
        'All bars are in yuan, each at its latest stated year, and the years differ: Chengdu’s electronic-information figure is from 2020, Wuhan’s opto-electronic information (software included) from 2024. Xi’an’s software bar covers the Silk Road Software City only, and the biomedicine bars cover one zone each, not whole cities. Xi’an’s aviation and aerospace pillar has firm counts but no output figure, so it has no bar.',
      path: '/industries',
      search: 'card=industry-output',
    },
    {
      id: 'default-talent',
      title: 'The talent race: Xi’an leads on R&D intensity, and only Wuhan counts the graduates it keeps',
      notes:
        'Each row has its own scale and compares the three cities in the latest year all of them report; rows without such a year say so and rank nobody. On R&D intensity that year is 2018: Xi’an’s 5.10% and Chengdu’s 2.56% are reported, Wuhan’s 2.42% is the bureau’s own projection, an estimate. If someone quotes the Chengdu Hi-tech Zone’s 5.87%, that covers one zone, not the city. Wuhan’s leading overseas experts and Chengdu’s residence permits are different measures and are kept apart.',
      path: '/talent',
      search: 'card=talent-latest',
    },
    {
      id: 'default-capacity',
      title: 'Xi’an runs the most front-end wafer capacity; Wuhan’s halted fabs planned more than it runs',
      notes:
        'Start with the operating bars: Samsung’s two NAND fabs in Xi’an against YMTC and XMC in Wuhan. The halted bar is capacity Wuhan planned at YMTC Fab 2 and HSMC that never produced. Chengdu’s front-end plants state no wafer capacity (Texas Instruments gives revenue, not wafers), so its missing bar is a gap, not a zero. Plant figures come from different years, and Samsung cut its Xi’an output to about 170,000 wafers a month in January 2025.',
      path: '/chips',
      search: 'card=capacity',
    },
    {
      id: 'default-investment',
      title: 'Wuhan and Chengdu lost more announced chip investment than they kept; Xi’an lost none',
      notes:
        'Shown in US dollars because most plants announced their investment in dollars; yuan amounts such as HSMC’s CNY 128bn are converted at the average rate of the year each amount was stated for. Lost means halted or cancelled: HSMC and YMTC Fab 2 in Wuhan, GlobalFoundries and Tsinghua Unigroup in Chengdu. Amounts are nominal and were announced in different years, and YMTC Fab 2 is stalled rather than cancelled.',
      path: '/chips',
      search: 'cur=USD&card=investment',
    },
    {
      id: 'default-national',
      title: 'China made 15.9% of the chips it used in 2020, and China-headquartered firms only 5.9%',
      notes:
        'This is the national backdrop the three cities build against, not a figure about any one of them. The seed article rounds these shares to 16% and 6%; the IC Insights figures are preferred, and Sources & data lists both side by side. Point next at design software: the US holds as much as 74% of the value added in EDA and core IP against China’s 3%, and the seed article puts SMIC three to five years behind the leaders.',
      path: '/chips',
      search: 'card=national',
    },
    {
      id: 'default-timeline',
      title: 'From 2020 the fab timeline turns to halts, a cancellation, the US Entity List and an output cut',
      notes:
        'Only fab and export-control events are shown; switch categories back on to add programmes, plans and series breaks. Walk left to right: openings, groundbreakings and announcements run up to 2018; from 2020 HSMC and GlobalFoundries halt, Tsinghua Unigroup scraps its Chengdu base, YMTC is added to the US Entity List and Samsung cuts its Xi’an output. Some events are dated to the year only; the table gives each date as precisely as its source.',
      path: '/timeline',
      search: 'kinds=fab,exportControl&card=events',
    },
  ],
};
