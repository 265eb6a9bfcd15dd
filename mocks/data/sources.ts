import type { Source } from '../../src/api/schemas';
import { officialSources } from './official';

type Kind = Source['kind'];

/** Read in the research notes (November 2026), unless a source says otherwise. */
const NOTES_READ = '2026-11';
/** Found or read again with the search tool for this revision. */
const READ_TODAY = '2026-12-03';

interface SrcOptions {
  note?: string;
  /** When the figures were read at the address; defaults to NOTES_READ. */
  accessed?: string;
  /** For print-only sources: where a copy is held. */
  heldAt?: string;
}

/**
 * Compact constructor. `address` is a full http(s) URL, or an address as the research notes write it
 * (scheme and `www.` dropped), which gets https:// prefixed. The last argument is a note or options.
 */
function src(
  id: string,
  title: string,
  shortTitle: string,
  publisher: string,
  year: number | null,
  address: string | null,
  kind: Kind,
  options: string | SrcOptions = {},
): Source {
  const o: SrcOptions = typeof options === 'string' ? { note: options } : options;
  const url = address === null ? null : /^https?:\/\//.test(address) ? address : `https://${address}`;
  const s: Source = { id, title, shortTitle, publisher, year, url, kind, accessed: o.accessed ?? NOTES_READ };
  if (o.note !== undefined) s.note = o.note;
  if (o.heldAt !== undefined) s.heldAt = o.heldAt;
  return s;
}

const TRUNCATED = 'The research notes give only a shortened address';

const curatedSources: Source[] = [
  src('apf_seed', "Elevating Wuhan: China's Model for a High-Tech Future", 'APF Canada, Elevating Wuhan (2021)', 'Asia Pacific Foundation of Canada', 2021, null, 'seed',
    'Seed article by Xiaoting (Maya) Liu. No address was given. "Last year" in the article means 2020.'),

  // Sources for the talent counts and the boundary changes (found with the search tool)
  src('moe_dfc_2022', '教育部 财政部 国家发展改革委关于公布第二轮“双一流”建设高校及建设学科名单的通知 (教研函〔2022〕1号): list of the second round of "double first-class" universities', 'MoE "double first-class" list (2022)', 'Ministry of Education, Ministry of Finance, National Development and Reform Commission', 2022, 'https://www.moe.gov.cn/srcsite/A22/s7065/202202/t20220211_598710.html', 'government',
    { accessed: READ_TODAY, note: 'The notice is dated 2022-02-11 and was published on 2022-02-14. The list itself (附件1, 147 universities) is a PDF attachment that could not be read here; the counts citing this source are unverified estimates.' }),
  src('sina_xixian_2017', '西咸新区交由西安市代管 (commentary on the Shaanxi decision to place the Xixian New Area under Xi\'an), Sina Shaanxi', 'Sina Shaanxi, Xixian to Xi\'an (2017)', 'Sina Shaanxi (sx.sina.com.cn)', 2017, 'http://sx.sina.com.cn/news/b/2017-03-20/detail-ifycnikk1310073.shtml', 'press',
    { accessed: READ_TODAY, note: 'Dated 2017-03-20 in its address. It says 陕西省委省政府决定将西咸新区交由西安市代管; the decision document itself was not found.' }),
  src('cni_jianyang_2016', '国务院批准成都市代管简阳市 资阳市不再代管 (华西都市报 report of 2016-05-16 on 川府函〔2016〕90号, reposted)', 'Huaxi Metropolis Daily via cni.top, Jianyang (2016)', 'cni.top (repost of 华西都市报)', 2016, 'http://cni.top/html/2016/cd_0516/4619.html', 'secondary',
    { accessed: READ_TODAY, note: 'Repost of a 华西都市报 report: the Sichuan government reply 川府函〔2016〕90号 (on the provincial government website) says that, with State Council approval, 同意将资阳市代管的县级简阳市改由成都市代管. The provincial page itself was not found.' }),
  src('digitalphablet_eswin_wuhan', 'Chinese 12-inch wafer giant Eswin boosts Wuhan factory plan to $1.8B', 'DigitalPhablet, Eswin Wuhan', 'digitalphablet.com', null, 'https://www.digitalphablet.com/business/chinese-12-inch-wafer-giant-eswin-boosts-wuhan-factory-plan-to-1-8b', 'press',
    { accessed: READ_TODAY, note: 'Undated; it follows Eswin\'s Star Market listing at the end of October (2025). CNY 12.5bn for a Wuhan plant of 500,000 12-inch wafers a month, in a joint venture with a local government-backed platform.' }),

  // Seed cross-checks
  src('digitimes_icinsights_2021', "IC Insights: China's 2020 IC market and domestic production", 'DigiTimes / IC Insights (2021)', 'DigiTimes', 2021, 'digitimes.com/news/a20210222PR200.html', 'press'),
  src('technode_2021', 'China made 6% of chips it used in 2020: report', 'TechNode (2021)', 'TechNode', 2021, 'technode.com/2021/02/19/china-made-6-of-chips-it-used-in-2020-report/', 'press'),
  src('btimes_hsmc_2020', "Wuhan Hongxin Semiconductor's $20 billion promise wafer thin", 'Business Times, HSMC (2020)', 'Business Times', 2020, 'btimesonline.com/amp/articles/139532/20200925/wuhan-hongxin-semiconductor-20-billion-promise-wafer-thin.htm', 'press'),
  src('chipslink_hsmc_2020', "HSMC promised China's first 7 nm chips (blog post)", 'Chipslink blog, HSMC (2020)', 'Chipslink (blog)', 2020, 'chipslink.blogspot.com/2020/09/hsmc-promised-chinas-first-7-nm-chips.html', 'secondary'),
  src('hbsztv_2016', 'Optics Valley fibre and optical-device market shares (Xinhua report carried by Hubei TV)', 'Xinhua via hbsztv (2016)', 'Hubei TV (Xinhua report)', 2016, 'hbsztv.com/news/20161107/683568.html', 'officialMedia'),
  src('asdreports_preform', 'Global and China Optical Fiber Preform Industry Report (YOFC preform capacity share, 2019)', 'ASDReports, fibre preform', 'ASDReports', 2020, 'https://www.asdreports.com/market-research-report-563461/global-china-optical-fiber-preform-industry-report', 'research',
    { accessed: READ_TODAY, note: 'The full address was found with the search tool. The page shows no date; the year is read from its text, which gives 2019 estimates and a forecast for 2020.' }),
  src('guangxilong_2021', 'Optics Valley opto-electronics firms revenue close to CNY 600bn (aggregator post)', 'Guangxilong (c. 2021)', 'm.guangxilong.com (aggregator)', 2021, 'm.guangxilong.com/c/103015G462021.html', 'secondary',
    'The research notes date it about 2021.'),

  // Context
  src('wuhan_gov_invest_2021', 'Overview of the investment climate in Wuhan', 'Wuhan gov: investment climate (2021)', 'Wuhan Municipal Government', 2021, 'english.wuhan.gov.cn/investment/overview4of4investment4climate4in4wuhan/202110/t20211026_1819685.shtml', 'government'),
  src('globaltimes_wuhan_2022', "Wuhan's GDP grows 12.2% in 2021", 'Global Times: Wuhan GDP (2022)', 'Global Times', 2022, 'globaltimes.cn/page/202201/1246816.shtml', 'officialMedia'),
  src('chinaminutes_wuhan_2021', "China's Wuhan sees GDP up more than half", 'China Minutes, Wuhan GDP', 'China Minutes', null, 'chinaminutes.com/News/News-Article/chinas-wuhan-sees-gdp-up-more-than-half', 'press',
    'The page address carries no date and the research notes give none.'),
  src('niidae_wuhan', 'Wuhan (copy of the Wikipedia article, census population)', 'Wiki mirror, Wuhan', 'wiki.niidae.com (Wikipedia mirror)', null, 'https://wiki.niidae.com/index.php?title=Wuhan', 'secondary',
    { accessed: READ_TODAY, note: 'Wikipedia mirror; the address was found with the search tool (it gives 2020 as 12,326,500). The revision is undated; it cites a page read on 2023-09-15, so it is from 2023 or later.' }),
  src('people_wuhan_2022', 'Wuhan population rises by 1.2 million in 2021 (Xinhua)', "People's Daily Online (2022)", "People's Daily Online", 2022, 'en.people.cn/n3/2022/0409/c90000-10081879.html', 'officialMedia'),
  src('xa_gov_1570', "Xi'an economy in 2018 (government English portal)", "Xi'an gov: economy in 2018", "Xi'an Municipal Government", 2019, 'en.xa.gov.cn/news/1570.htm', 'government',
    'Year 2019 assumed: the page is undated and its latest figures are for 2018.'),
  src('hktdc_xian', "Xi'an city profile", "HKTDC: Xi'an city profile", 'Hong Kong Trade Development Council', null, 'sourcing.hktdc.com/en/info/featured-suppliers/Xian/index.html', 'government',
    'A statutory trade-promotion body of Hong Kong. The page address carries no date and the research notes give none.'),
  src('xa_workreport_2021', "Xi'an government work report (2020 figures)", "Xi'an work report (2020 figures)", "Xi'an Municipal Government", 2021, 'en.xa.gov.cn/government/workreport/3006.htm', 'government',
    'The report on 2020 was delivered in 2021; the page itself is undated.'),
  src('xiancity_bulletin_2022', "Xi'an 2022 statistical bulletin on national economic and social development (西安市2022年国民经济和社会发展统计公报), reprinted by 西安网", "Xi'an statistical bulletin 2022", "Xi'an Municipal Bureau of Statistics (reprinted by xiancity.cn, 西安网)", 2023, 'o.xiancity.cn/system/2023/03/29/031039644.shtml', 'statisticalBulletin'),
  src('koreaherald_xian_2026', "Xi'an GDP 2025 (PR Newswire release carried by the Korea Herald)", "Korea Herald / PRN, Xi'an GDP 2025", 'The Korea Herald (PR Newswire)', 2026, 'koreaherald.com/article/10691331', 'press',
    'It reports 2025 GDP, so it was published in 2026.'),
  src('askwikinow_xian', "Xi'an (copy of the Wikipedia article, census population)", "Wiki mirror, Xi'an", 'askwikinow.com (Wikipedia mirror)', null, null, 'secondary',
    'Wikipedia mirror. Site: askwikinow.com (the research notes give no page address; not looked up again because the figure it backs, the 2020 census, is being replaced from official statistics).'),
  src('gochengdu_gdp_2018', "City's GDP grows 8.0% to over RMB1,534 bln in 2018", 'GoChengdu, GDP 2018', "GoChengdu (Chengdu's English portal)", 2019, 'https://www.gochengdu.cn/news/special-reports/fast-facts-data/city-s-gdp-grows-8-0-to-over-rmb1-534-bln-in-2018-a8452.html', 'government',
    { accessed: READ_TODAY, note: 'The full address was found with the search tool. It says "Last year", so it was published in 2019.' }),
  src('gochengdu_gdp_2019', "Chengdu's GDP exceeds RMB1,701 bln in 2019", 'GoChengdu, GDP 2019', "GoChengdu (Chengdu's English portal)", 2020, 'https://www.gochengdu.cn/news/special-reports/fast-facts-data/chengdu-s-gdp-exceeds-rmb1-701-bln-in-2019-a10237.html', 'government',
    { accessed: READ_TODAY, note: 'The full address was found with the search tool. It says "Last year", so it was published in 2020.' }),
  src('yybnet_chengdu_2021', 'Chengdu GDP 2020 (aggregator repost)', 'Yybnet (2021)', 'yybnet.net (aggregator)', 2021, 'yybnet.net/deyang/shifang/202101/11206777.html', 'secondary'),
  src('citypopulation_chengdu', 'Chéngdū Shì: census population by district (compiled from the National Bureau of Statistics)', 'CityPopulation.de, Chengdu', 'CityPopulation.de (Thomas Brinkhoff)', 2021, 'https://www.citypopulation.de/en/china/sichuan/admin/5101__ch%C3%A9ngd%C5%AB_sh%C3%AC/', 'secondary',
    { accessed: READ_TODAY, note: 'Found with the search tool; the stored copy had lost the accented letters of the address, which are restored here. The page is updated continuously and undated; 2021 is assumed, the year the 2020 census results were published. It gives every census on the 2020 boundaries: 15,118,839 for 2010 includes Jianyang (1,071,214), which joined Chengdu only in 2016.' }),
  src('chinacom_scio_2025', 'SCIO press briefing on Chengdu (2025-01-09)', 'China.com, SCIO briefing (2025)', 'China.com', 2025, 'news.china.com/socialgd/10000169/20250110/47851710.html', 'officialMedia'),

  // Pillar industries
  src('dreiburg_2017', 'Wuhan East Lake High-tech Development Zone profile', 'Dreiburg, East Lake zone (2017)', 'Dreiburg Consulting', 2017, 'dreiburg-cg.com/en/market/2017/0201/105.html', 'research'),
  src('bzbst_hubei_2023', 'Hubei opto-electronic information industry white paper, 2023 data (湖北省光电子信息产业白皮书; 今日湖北网 report of 16 May 2024, reposted)', 'Hubei opto-electronics white paper', 'bzbst001.com (repost of 今日湖北网)', 2024, 'bzbst001.com/wap/post/48/183287', 'secondary',
    { accessed: READ_TODAY, note: 'Repost; the year is from the text (the white paper was released at the 2024 Optics Valley conference on 16 May).' }),
  src('jiazhengayi_2024', 'Wuhan opto-electronic information industry in 2024 (China News Service report of 9 May 2025, reposted)', 'CNS via repost, Wuhan opto-info 2024', 'm.jiazhengayi.com (repost of China News Service)', 2025, 'm.jiazhengayi.com/shenghuozixun/240593.html', 'secondary',
    { accessed: READ_TODAY, note: 'Repost dated 2025-08-09 of a China News Service report from Wuhan, 9 May 2025.' }),
  src('woijpgw_2019', 'Wuhan high-tech industries output (China Daily/Xinhua report, mirrored)', 'China Daily/Xinhua mirror (2019)', 'woijpgw.cn (mirror of China Daily)', 2019, 'woijpgw.cn/a/201912/19/WS5dfb44f6a310cf3e3557f535.html', 'secondary'),
  src('wh_gov_software_2019', 'Wuhan software business revenue', 'Wuhan government (2019)', 'Wuhan Municipal Government', 2019, 'english.wh.gov.cn/sy_3576/tpxw_1/201903/t20190319_255392.html', 'government'),
  src('cjrb_2023', 'Wuhan software business revenue 2022 (Changjiang Daily, 2023-03-23)', 'Changjiang Daily (2023)', 'Changjiang Daily 长江日报', 2023, null, 'officialMedia',
    'No address recorded in the research notes, and none found with the search tool (the text is in its index without an address); the figures citing it are unverified estimates.'),
  src('chinadaily_biolake_2023', 'Intl health expo unveiled in Wuhan (Optics Valley Biolake)', 'China Daily: Biolake (2023)', 'China Daily (from chinaopticsvalley.com)', 2023, 'http://govt.chinadaily.com.cn/s/202304/10/WS6437ab03498ea274927b72d2/intl-health-expo-unveiled-in-wuhan.html', 'officialMedia',
    { accessed: READ_TODAY, note: 'The full address was found with the search tool. Published 2023-04-10.' }),
  src('chinadaily_wuhan_2022', 'Wuhan high-tech enterprises and graduates (2022)', 'China Daily (2022)', 'China Daily', 2022, 'subsites.chinadaily.com.cn/en/2022-10/14/c_819886.htm', 'officialMedia'),
  src('reportify_wuhan_2025', 'Wuhan national high-tech enterprises (summary of a Changjiang Daily article of 2025-10-29)', 'Reportify, Wuhan high-tech firms', 'reportify.ai (summary of Changjiang Daily)', 2025, 'reportify.ai/news/1180832574470230016', 'secondary',
    { accessed: READ_TODAY, note: 'Machine summary of a Changjiang Daily article dated 2025-10-29.' }),
  src('marketscreener_yofc_2021', 'YOFC announcement of audited annual results for the year ended 31 December 2020 (HKEX filing, reprinted by MarketScreener)', 'MarketScreener, YOFC results', 'uk.marketscreener.com (reprint of a Yangtze Optical Fibre and Cable filing)', 2021, 'https://uk.marketscreener.com/quote/stock/YANGTZE-OPTICAL-FIBRE-AND-18750184/news/Yangtze-Optical-Fibre-And-CableLimited-ANNOUNCEMENT-OF-AUDITED-ANNUAL-RESULTS-FOR-THE-YEAR-ENDED-3-32798113/', 'secondary',
    { accessed: READ_TODAY, note: 'Found with the search tool. It reads "Operating income was RMB8,221.5 million (2019: RMB7,769.2 million)".' }),
  src('tcl_csot_t3', 'CSOT t3 Gen 6 LTPS fab, Wuhan', 'TCL news, CSOT t3', 'TCL', null, 'news.tcl.com/English.php/News/detail.html?id=29', 'company',
    'The page address carries no date and the research notes give none.'),
  src('oled_csot_t4', 'CSOT starts constructing its Gen 6 flexible AMOLED fab in Wuhan', 'OLED-Info, CSOT t4', 'OLED-Info', null, 'oled-info.com/csot-starts-constructing-its-6-gen-flexible-amoled-fab-wuhan', 'press',
    'The page address carries no date and the research notes give none.'),
  src('digitimes_boe_b17', 'BOE Gen 10.5 LCD fab in Wuhan', 'DigiTimes, BOE B17 (2017)', 'DigiTimes', 2017, 'digitimes.com/news/a20170811VL201.html', 'press'),
  src('digitimes_tianma_2017', 'Tianma Gen 6 AMOLED line in Wuhan', 'DigiTimes, Tianma (2017)', 'DigiTimes', 2017, 'digitimes.com/news/a20170424PD200.html', 'press'),
  src('whkfq_2020', 'Dongfeng Honda output, May 2020', 'Wuhan ETDZ (2020)', 'Wuhan Economic and Technological Development Zone', 2020, 'ger.whkfq.gov.cn/2020-07/29/c_524738.htm', 'government'),
  src('entorno_xian_auto', "Ancient Chinese capital bolsters auto industry (Xinhua, 23 October 2020, reposted)", "Xinhua via Entorno, Xi'an autos", 'entornointeligente.com (repost of Xinhua)', 2020, 'entornointeligente.com/ancient-chinese-capital-bolsters-auto-industry/', 'secondary',
    { accessed: READ_TODAY, note: 'Repost of a Xinhua report datelined Xi\'an, 23 October 2020.' }),
  src('investinchina_byd_2022', "NEV industry on rise in Xi'an (BYD Xi'an output, January–May 2022)", 'Invest in China (2022)', "Invest in China (China Daily's chinaservicesinfo.com)", 2022, 'https://investinchina.chinaservicesinfo.com/s/202207/15/WS62d115ac498ea2749279d58e/nev-industry-on-rise-in-xian.html', 'officialMedia',
    { accessed: READ_TODAY, note: 'The full address was found with the search tool. Published 2022-07-15.' }),
  src('yicai_nev_2025', '19 of 27 Chinese cities … (NEV output)', 'Yicai Global (2025)', 'Yicai Global', 2025, null, 'press',
    `${TRUNCATED}: yicaiglobal.com/news/19-of-27-chinese-cities-…; not found with the search tool, so the figure citing it is an unverified estimate.`),
  src('gmt8_aviation', "Xi'an is creating the core carrier area of the national large-aircraft industry", "GMT8 Press, Xi'an aviation", 'GMT8 Press', 2025, 'https://www.gmt8press.com/latest/detail/573717', 'press',
    { accessed: READ_TODAY, note: 'The page is undated. It cites an action plan issued "in March of this year" and January–August figures of "this year"; the year is not stated. 2025 is assumed: a Reportify summary of August 2025 describes the same newly issued action plan.' }),
  src('xa_gov_2531', "Commercial aerospace at Xi'an Yanliang", "Xi'an gov: Yanliang aerospace", "Xi'an Municipal Government", 2021, 'en.xa.gov.cn/work%20/news/2531.htm', 'government',
    'Year 2021 assumed: the page is undated and its latest figures are for 2020.'),
  src('cri_softwarecity_2021', "Xi'an Silk Road Software City", 'CRI Shaanxi (2021)', 'China Radio International (Shaanxi)', 2021, 'sn.cri.cn/n/20211111/8e9f80a0-be89-1f0c-b448-ba3aff8866f4.html', 'officialMedia'),
  src('witproton_longi', 'LONGi capacity at end-2020', 'Witproton, LONGi', 'tri.witproton.com', 2021, 'tri.witproton.com/index.php/content/169.html', 'research',
    'Year 2021 assumed: the page is undated and its latest figures are for end-2020.'),
  src('fh2222_chengdu_2021', 'Chengdu electronic-information industry passes CNY 1 trillion (四川在线 report, mirrored)', 'Sichuan Online mirror (2021)', 'wwwfh2222.com (mirror of 四川在线)', 2021, 'wwwfh2222.com/news/b/2021-01-29/detail-ikftpnny2568622.shtml', 'secondary'),
  src('reportify_chengdu_2022', 'Chengdu electronic-information industry report (2022 data; summary on Reportify)', 'Reportify, Chengdu e-info', 'reportify.ai', 2023, 'reportify.ai/reports/1005976493601460224', 'secondary',
    'Aggregator summary. Year 2023 assumed: the page is undated and its latest figures are for 2022.'),
  src('scspc_2012', 'Chengdu software revenue 2011', 'Sichuan CPPCC (2012)', 'Sichuan CPPCC', 2012, 'scspc.gov.cn/rdyw/201202/t20120217_15147.html', 'government'),
  src('scnews_2024', 'Chengdu software revenue 2022 and China Software City ranking (Sichuan News Net, January 2024)', 'Sichuan News Net (2024)', '四川新闻网', 2024, null, 'officialMedia',
    'No address recorded in the research notes, and none found with the search tool (the text is in its index without an address); the figures citing it are unverified estimates. A repost with the 2022 figure: m.arpwindows.com/news/bendi/2024-01-15/22508.html.'),
  src('gochengdu_a757', 'Chengdu: focus switches to software and innovation (China Daily, carried by GoChengdu)', 'GoChengdu, software focus', 'China Daily (carried by GoChengdu)', 2014, 'https://www.gochengdu.cn/en2016/news/media-reports-on-chengdu/focus-switches-to-software-and-innovation-a757.html', 'officialMedia',
    { accessed: READ_TODAY, note: 'The full address was found with the search tool. The page is undated; it gives 2013 output and "the first quarter of this year", so it is from 2014.' }),
  src('globaltimes_chengdu_2022', 'Chengdu Hi-tech Zone biomedicine', 'Global Times: Chengdu biomedicine (2022)', 'Global Times', 2022, 'globaltimes.cn/page/202211/1279565.shtml', 'officialMedia'),
  src('globalsecurity_avic', 'AVIC base Chengdu', 'GlobalSecurity.org, AVIC Chengdu', 'GlobalSecurity.org', null, 'globalsecurity.org/military/world/china/avic-base-chengdu.htm', 'research',
    'The page address carries no date and the research notes give none.'),
  src('oled_boe_b7', 'BOE officially starts producing flexible OLED panels at its B7 fab in Chengdu', 'OLED-Info, BOE B7', 'OLED-Info', null, 'oled-info.com/boe-officially-starts-produce-flexible-55-smartphone-oled-panels-its-b7-fab-chengdu', 'press',
    'The page address carries no date and the research notes give none.'),
  src('oled_boe_b16', "BOE signs contract with Chengdu's government to build its Gen 8.6 IT AMOLED fab", 'OLED-Info, BOE B16', 'OLED-Info', null, 'oled-info.com/boe-signs-official-contract-chengdus-local-government-build-its-85-gen-it', 'press',
    'The page address carries no date and the research notes give none.'),

  // Talent
  src('tellerreport_wuhan_2020', 'How will Wuhan keep 250,000 university graduates? (machine-translated Chinese news)', 'Teller Report (2020)', 'Teller Report (aggregator)', 2020, null, 'secondary',
    `${TRUNCATED}: tellerreport.com/business/2020-06-27-how-will-wuhan-leave-250-000-university-graduates-…; not found with the search tool, so the figures citing it are unverified estimates.`),
  src('wuhan2019mwg', 'Wuhan, the river city: universities and students', 'Military World Games site (2017)', 'Wuhan 2019 Military World Games organising committee', 2017, 'en.wuhan2019mwg.cn/html/The_River_City/2017/0916/61.html', 'government'),
  src('huxiu_2025', 'University students by city (Huxiu article of 2025-06-10, summarised on Reportify)', 'Huxiu via Reportify, students', 'reportify.ai (summary of Huxiu)', 2025, 'reportify.ai/social-media/685662050554062', 'secondary',
    { accessed: READ_TODAY, note: 'Machine summary of a Huxiu (虎嗅) article dated 2025-06-10.' }),
  src('xinhua_wuhan_grads_2018', 'Graduates who found jobs in Wuhan in 2017 (Xinhua photo caption, mirrored)', 'Xinhua mirror (2018)', 'm.yinlong168.com (mirror of Xinhua)', 2018, 'm.yinlong168.com/english/2018-01/18/c_136903622_3.htm', 'secondary'),
  src('ifeng_blog_2018', 'Wuhan winning the talent war (iFeng article, reposted on a blog)', 'iFeng via blog (2018)', 'investinginchinesestocks.blogspot.com (repost of iFeng)', 2018, 'investinginchinesestocks.blogspot.com/2018/05/wuhan-winning-talent-war.html', 'secondary'),
  src('chinadaily_wuhan_2013', 'Wuhan graduates and those who stay (2012)', 'China Daily (2013)', 'China Daily', 2013, 'covid-19.chinadaily.com.cn/china/2013-05/10/content_16491413.htm', 'officialMedia'),
  src('hust_en', 'HUST graduates who chose Wuhan', 'HUST news', 'Huazhong University of Science and Technology', null, 'english.hust.edu.cn/info/1004/2933.htm', 'research',
    'University news page. The address carries no date and the research notes give none.'),
  src('hubei_gov_2020', 'Wuhan talent pool and academicians recruited', 'Hubei government (2020)', 'Hubei Provincial Government', 2020, 'en.hubei.gov.cn/news/newslist/202001/t20200108_1905953.shtml', 'government'),
  src('nature_index_2018', 'Nature Index science cities', 'Nature (2018)', 'Nature', 2018, 'nature.com/articles/d41586-018-07209-z', 'research'),
  src('opticsvalley_2022', 'Wuhan ranks 16th among global S&T clusters (WIPO GII)', 'China Optics Valley (2022)', 'China Optics Valley (East Lake High-tech Zone)', 2022, 'chinaopticsvalley.com/2022-09/19/c_813251.htm', 'government'),
  src('xa_gov_990', "Study in Xi'an: overview of education in Xi'an", "Xi'an government, education", "Xi'an Municipal Government", 2020, 'http://en.xa.gov.cn/services/study/generalinfo/990.htm', 'government',
    { accessed: READ_TODAY, note: 'Read again with the search tool: the page is undated; its latest figures are "as of 2019", so 2020 is assumed.' }),
  src('shaanxi_chinacom_2022', "Xi'an R&D intensity second among sub-provincial cities", 'China.com Shaanxi (2022)', 'China.com (Shaanxi)', 2022, 'shaanxi.china.com/m/eng/news/20002474/20220215/25548528.html', 'officialMedia'),
  src('chinadaily_xian_hukou_2018', "Xi'an hukou registrations since the 2017 easing", 'China Daily (2018)', 'China Daily', 2018, 'chinadaily.com.cn/a/201812/12/WS5c10b4d6a310eff3032909db.html', 'officialMedia'),
  src('chinadaily_chengdu_2023', 'Chengdu universities and students', 'China Daily: Chengdu universities (2023)', 'China Daily', 2023, 'chinadaily.com.cn/a/202308/02/WS64c9b9ada31035260b819d2e.html', 'officialMedia'),
  src('gochengdu_a1044', 'Chengdu attracts IT giants (China Daily, carried by GoChengdu)', 'GoChengdu, IT giants', 'China Daily (carried by GoChengdu)', 2014, 'cn.gochengdu.cn/news/media-reports-on-chengdu/chengdu-attracts-it-giants-a1044.html', 'officialMedia',
    { accessed: READ_TODAY, note: "Undated page; it reports TI's 6 November (2014) opening of its seventh assembly-test site, and a blog copy is dated December 2014." }),
  src('tibet_2017', 'Chengdu grants hukou before employment to graduates', 'China Tibet Online, Chengdu hukou', 'China Tibet Online (eng.tibet.cn)', 2017, 'eng.tibet.cn/china/1499337590582.shtml', 'officialMedia',
    'The number in the address is a timestamp of 6 July 2017.'),
  src('shine_2018', 'Permanent residency permits for overseas talent in Chengdu', 'Shanghai Daily, Chengdu residency permits', 'Shanghai Daily (shine.cn)', 2018, 'shine.cn/archive/nation/Permanent-residency/shdaily.shtml', 'press',
    'Year 2018 assumed: the page is undated and its latest figures are for 2018 (the research notes give 2018 as the year of the figure).'),
  src('ogvifjj_2022', 'Chengdu High-tech Zone GDP will increase by more than 8% this year (repost)', 'Chengdu Hi-tech Zone report (2022)', 'ogvifjj.cn (repost)', 2022, 'ogvifjj.cn/2022/05/28/Chengdu-High-tech-Zone-GDP-will-increase-by-more-than-8-this-year/', 'secondary'),
  src('jiemian_rd_2020', 'R&D intensity ranking of Chinese cities, 2019 (Jiemian article, reposted)', 'Jiemian via phsb, R&D ranking', 'phsb.com (repost of Jiemian)', 2020, 'phsb.com/html/19/18392.html', 'secondary',
    'Year 2020 assumed: the page is undated and its latest figures are for 2019 (the ranking is of 2019).'),

  // Chips
  src('evertiq_ymtc', 'YMTC capacity and second Wuhan plant (Nikkei Asia report)', 'Evertiq, YMTC', 'Evertiq', 2022, 'evertiq.com/news/52065', 'press',
    { accessed: READ_TODAY, note: 'Dated 2022-06-27 (search tool).' }),
  src('scmp_ymtc', "China's top memory chip maker can't wean itself off US for now (Bloomberg, in the South China Morning Post)", 'SCMP, YMTC', 'South China Morning Post (Bloomberg)', 2020, 'https://www.scmp.com/tech/gear/article/3100974/chinas-top-memory-chip-maker-cant-wean-itself-us-now', 'press',
    { accessed: READ_TODAY, note: 'The full address was found with the search tool. Published 2020-09-10; it says YMTC "will invest US$22 billion in a facility in Wuhan".' }),
  src('ecd_entity_list_2022', 'YMTC added to the US Entity List (Export Compliance Daily, 2022-12-16)', 'Export Compliance Daily (2022)', 'Export Compliance Daily', 2022, null, 'press',
    'Site: exportcompliancedaily.com (the research notes give no page address). The notes date it 2022-12-16.'),
  src('abachy_ymtc', 'YMTC reportedly stops Fab 2, lays off staff (after a Nikkei report)', 'Abachy, YMTC Fab 2', 'abachy.com (aggregator, reporting Nikkei Asia)', 2023, 'abachy.com/news/ymtc-reportedly-stops-fab-2-lays-staff', 'secondary',
    { accessed: READ_TODAY, note: 'The page is undated; it reports the layoffs that followed the December 2022 sanctions, which other outlets dated January–February 2023.' }),
  src('gokawiil_ymtc', 'YMTC Fab 3 plans', 'Gokawiil, YMTC Fab 3', 'gokawiil.com (aggregator)', null, 'gokawiil.com/article/216106', 'secondary',
    'The page address carries no date and the research notes give none.'),
  src('digitimes_xmc_2017', 'XMC capacity', 'DigiTimes, XMC (2017)', 'DigiTimes', 2017, 'digitimes.com/news/a20170727PD210.html', 'press'),
  src('memoryguy_xmc', 'XMC breaks ground for 3D NAND fab', 'The Memory Guy, XMC', 'The Memory Guy (analyst blog)', null, 'thememoryguy.com/xmc-breaks-ground-for-3d-nand-fab/', 'research',
    'The page address carries no date and the research notes give none.'),
  src('scmp_hsmc', 'HSMC taken over by Dongxihu district (South China Morning Post)', 'SCMP, HSMC takeover', 'South China Morning Post', null, null, 'press', `${TRUNCATED}: scmp.com/economy/china-economy/article/3110368/…`),
  src('wuhan_gov_memory_2021', 'National Memory Base, Wuhan', 'Wuhan gov: memory base (2021)', 'Wuhan Municipal Government', 2021, null, 'government', `${TRUNCATED}: english.wuhan.gov.cn/…/t20211026_1819795.shtml`),
  src('hahacn_hubei_ic', 'Hubei IC industry (repost)', 'Hahacn (2020)', 'hahacn.com (aggregator)', 2020, 'hahacn.com/detail/1987204.html', 'secondary'),
  src('businesskorea_samsung_2022', "New plant expected to sharpen Samsung's competitiveness (Samsung Xi'an NAND capacity)", "BusinessKorea, Samsung Xi'an", 'BusinessKorea', 2022, 'http://www.businesskorea.co.kr/news/articleView.html?idxno=90095', 'press',
    { accessed: READ_TODAY, note: 'Undated in the search copy; it says the second plant has run at full capacity "since the beginning of March" after completing its expansion "last month", i.e. 2022.' }),
  src('trendforce_samsung_2025', "Samsung cuts Xi'an NAND output", 'TrendForce (2025)', 'TrendForce', 2025, null, 'research', `${TRUNCATED}: trendforce.com/news/2025/01/13/…`),
  src('semimedia_micron', "Micron breaks ground on Xi'an packaging and testing factory expansion", "SemiMedia, Micron Xi'an", 'SemiMedia', 2024, 'https://www.semimedia.cc/16468.html', 'press',
    { accessed: READ_TODAY, note: 'Dated 2024-03-28; it refers to the CNY 4.3bn investment announced in June 2023.' }),
  src('evertiq_micron', "Micron Xi'an plant", 'Evertiq, Micron', 'Evertiq', null, 'evertiq.com/news/19448', 'press',
    'The page address carries no date and the research notes give none.'),
  src('eswin_news_71', "ESWIN's silicon materials production line in Xi'an turns out first batch of samples", 'Eswin news', 'Eswin', 2019, 'http://eswin.com/en/news/newsinfo/71.html', 'company',
    { accessed: READ_TODAY, note: 'Reports the first samples of 18 December 2019; gives "a total investment of about RMB11 billion" for the two-phase Xi\'an project, phase one 500,000 wafers a month.' }),
  src('yicai_eswin', 'Chinese silicon wafer firm Eswin seeks USD674 million Shanghai IPO to fund capacity expansion', 'Yicai Global, Eswin IPO', 'Yicai Global', 2024, 'https://yicaiglobal.com/news/chinese-silicon-wafer-firm-eswin-seeks-usd674-million-shanghai-ipo-to-fund-capacity-expansion', 'press',
    { accessed: READ_TODAY, note: 'Found with the search tool; dated 5 December (2024). Second Xi\'an factory "costing a projected CNY12.5 billion"; 650,000 wafers a month as of 30 September, about 7% of world capacity.' }),
  src('rockss_blog', "Xi'an IC ecosystem (blog)", 'Rockss Automation blog', 'rockssautomation.com (blog)', null, null, 'secondary',
    'Blog; low confidence. Site: rockssautomation.com (the research notes give no page address).'),
  src('prnewswire_2024', "Xinhua Silk Road: NW China's Shaanxi promotes high-quality development through industrial revitalization (PR Newswire, 2024-11-25)", 'PR Newswire (2024)', 'Xinhua Silk Road (via PR Newswire)', 2024, 'https://www.prnewswire.com/apac/news-releases/xinhua-silk-road-nw-chinas-shaanxi-promotes-high-quality-development-through-industrial-revitalization-302315192.html', 'officialMedia',
    { accessed: READ_TODAY, note: 'Found with the search tool. It cites the Shaanxi provincial bureau of statistics: integrated-circuit wafer output +30.8% in the first 10 months.' }),
  src('trendforce_intel', 'Intel Chengdu assembly and test (TrendForce news tag page)', 'TrendForce, Intel Chengdu', 'TrendForce', null, 'trendforce.com/news/tag/server-chip', 'research',
    'The address is a tag listing page, not an article, and carries no date; the article behind the figure is not recorded.'),
  src('fudzilla_intel', 'Intel expands Chengdu chip operations', 'Fudzilla, Intel Chengdu', 'Fudzilla', 2024, 'https://www.fudzilla.com/news/59975-intel-expands-chengdu-chip-operations', 'press',
    { accessed: READ_TODAY, note: 'The page is undated; it reports the US$300 million expansion "less than two weeks after" the 16 October 2024 call for a review of Intel products.' }),
  src('itproportal_ti_2010', 'TI opens Chengdu fab', 'ITProPortal (2010)', 'ITProPortal', 2010, null, 'press', `${TRUNCATED}: itproportal.com/2010/10/15/…`),
  src('gochengdu_ti', "TI's 7th assembly/test facility gets operational in Chengdu", 'GoChengdu, TI', "GoChengdu (Chengdu's English portal)", 2014, 'https://cn.gochengdu.cn/news/Highlights/ti-s-7th-assembly-test-facility-gets-operational-in-chengdu-a876.html', 'government',
    { accessed: READ_TODAY, note: 'The full address was found with the search tool. It reports the 6 November (2014) opening and the US$1.69 billion announced in June 2013.' }),
  src('eetasia_gf', 'GlobalFoundries to shut Chengdu wafer fab', 'EE Times Asia, GF Chengdu', 'EE Times Asia', 2020, 'eetasia.com/globalfoundries-to-shut-chengdu-wafer-fab/', 'press',
    { accessed: READ_TODAY, note: 'Undated page; the same article by Yvonne Geng ran in EE Times on 2020-05-26.' }),
  src('elinfor_unigroup', 'Tsinghua Unigroup starts building a memory manufacturing base in Chengdu with an investment of US$24 billion (China News Service report, reposted)', 'Elinfor, Unigroup Chengdu', 'elinfor.com (repost of China News Service)', 2018, 'https://www.elinfor.com/news/the-tsinghua-unigroup-corporation-starts-building-a-memory-manufacturing-base-in-chengduproducing-3d-flash-memory-with-an-investment-of-24-billion-dollars-p-10885', 'secondary',
    { accessed: READ_TODAY, note: 'The full address was found with the search tool. Dated 2018-10-13.' }),
  src('tomshardware_unigroup', "Tsinghua Unigroup scraps 3D NAND and DRAM fabs", "Tom's Hardware, Unigroup", "Tom's Hardware", null, 'tomshardware.com/news/tsinghua-scraps-3d-nand-and-dram-fabs', 'press',
    'The page address carries no date and the research notes give none.'),
  src('dinovaliano_ic', 'China IC output 2020 (中商产业研究院 figures, reposted)', 'dinovaliano.com, China IC output 2020 (2021)', 'dinovaliano.com (repost)', 2021, 'dinovaliano.com/news/chanye/20210813/1610571552901_2.shtml', 'secondary'),
  src('xqhv_ic', 'China IC output 2021 (repost)', 'xqhv.cn, China IC output 2021', 'xqhv.cn (aggregator)', 2022, 'xqhv.cn/document/detail/id/14672.html', 'secondary',
    'Year 2022 assumed: the page is undated and its latest figures are for 2021 (published by the National Bureau of Statistics in January 2022).'),
  { id: 'displaydaily_cec_panda', title: 'CEC-Panda To Build Oxide Fab', shortTitle: 'Display Daily, CEC-Panda Chengdu', publisher: 'Display Daily', year: null, url: 'https://displaydaily.com/cec-panda-to-build-oxide-fab/', kind: 'press', accessed: '2026-12-03', note: 'The page shows no date; it reports construction of the Chengdu Gen 8.6 fab starting, which was in 2016.' },
  { id: 'newssc_cec_panda_2018', title: '中国电子成都熊猫8.6代液晶面板生产线项目点亮', shortTitle: 'Sichuan News Net, CEC-Panda Chengdu (2018)', publisher: 'Sichuan News Net 四川新闻网', year: 2018, url: 'http://zq.newssc.org/system/20180205/000853519.html', kind: 'officialMedia', accessed: '2026-12-03' },
  { id: 'digitimes_panels_2018', title: 'Two minor China panel makers to see shipments double in 2018', shortTitle: 'DigiTimes, CEC-Panda and HKC (2018)', publisher: 'DigiTimes', year: 2018, url: 'https://www.digitimes.com/news/a20180402PD209.html', kind: 'press', accessed: '2026-12-03' },
  { id: 'people_wuhan_jbgs_2021', title: '武汉公布技术攻关“揭榜挂帅”项目', shortTitle: "People's Daily: Wuhan 揭榜挂帅 projects (2021)", publisher: "People's Daily (人民网)", year: 2021, url: 'http://nx.people.com.cn/n2/2021/0401/c192474-34653286.html', kind: 'officialMedia', accessed: '2026-12-03' },
  { id: 'people_fyp14_proposals_2020', title: "Xi explains drafting of CPC proposals for 14th Five-Year Plan (Xinhua)", shortTitle: "People's Daily Online: 14th FYP proposals (2020)", publisher: "People's Daily Online (Xinhua)", year: 2020, url: 'http://en.people.cn/n3/2020/1104/c90000-9776448.html', kind: 'officialMedia', accessed: '2026-12-03' },
];

export const sources: Source[] = [...curatedSources, ...officialSources];
