import type { HubEvent, Observation } from '../../../src/api/schemas';
import { est, rep } from '../observations/helpers';
import type { NotFound, ReadSource } from './types';

/**
 * Chengdu (成都): core series 2015–2024 from official statistics, as far as public pages show them.
 *
 * Two breaks matter:
 * - Jianyang (简阳) was transferred to Chengdu in 2016, so 2015 GDP and population (basis 'pre2016')
 *   cover a smaller area than 2016 on.
 * - After the 2020 census the bureau re-estimated year-end population back to 2015. The revised series
 *   (statistical yearbooks; 2016 = 1,858万, 2018 = 1,981.3万, 2019 = 2,040.9万) is preferred; the
 *   first-published year-end figures (1,591.76万 for 2016 … 1,658.10万 for 2019, basis 'census2010')
 *   are kept as non-preferred members of each conflict group.
 */

const PRELIM = (report: string) =>
  `The ${report} marks this value as 预计 (projected); it was published before the year's final statistics.`;

export const chengduSources: ReadSource[] = [
  // ── GDP and growth ──
  {
    id: 'cd_workreport_2016_chinagate',
    title: 'Chengdu Government Work Report 2016 (2016年成都市政府工作报告, 唐良智), reviewing 2015; reprint',
    shortTitle: 'Chengdu Government Work Report 2016',
    publisher: 'China.org.cn (cn.chinagate.cn), reprint of the Chengdu Municipal People’s Government report',
    year: 2016, url: 'http://cn.chinagate.cn/reports/2016-03/06/content_37950022_2.htm', kind: 'government', accessed: '2026-12',
    note: 'Full-text reprint by state media; 2015 figures are preliminary (预计).',
  },
  {
    id: 'cd_oweidata_gdp',
    title: 'Chengdu GDP by year (成都 总GDP(亿元) 历年), data table',
    shortTitle: 'Chengdu GDP table (oweidata)',
    publisher: 'oweidata.com (data aggregator)',
    year: 2025, url: 'https://www.oweidata.com/projectDetail/city/510100/city_gpd/gpd_count', kind: 'secondary', accessed: '2026-12-03',
    note: 'Aggregator table with no sources or revision notes; the page shows 2015–2018 values and hides 2019–2024 behind a click. Publication year not shown (the table lists rows to 2024). Its 2017 and 2018 values match two other secondary pages (factpedia.org, hbtmjzxh.com).',
  },
  {
    id: 'cd_cdrd_workreport_2017',
    title: 'Interpretation of the Chengdu Government Work Report 2017 (聚焦九大方面…解读政府工作报告), reviewing 2016',
    shortTitle: 'Chengdu Government Work Report 2017 (People’s Congress)',
    publisher: 'Chengdu Municipal People’s Congress (成都人大, cdrd.gov.cn)',
    year: 2017, url: 'http://www.cdrd.gov.cn/html/PeoplesCongress/CDPC1605/ReportExplain/11047.shtml', kind: 'government', accessed: '2026-12',
  },
  {
    id: 'cd_workreport_2017_qwyd',
    title: 'Chengdu Government Work Report 2017 (2017年成都市政府工作报告), reviewing 2016; reprint',
    shortTitle: 'Chengdu Government Work Report 2017 (reprint)',
    publisher: 'guanchang.qwyd.net (mirror of the Chengdu Municipal People’s Government report)',
    year: 2017, url: 'https://guanchang.qwyd.net/zhengfugongzuobaogao/141761.html', kind: 'secondary', accessed: '2026-12',
  },
  {
    id: 'cd_nbd_gdp_2016',
    title: 'Chengdu’s gross production in 2016 reached 1217.02 billion yuan (NBD, 2017-02-22)',
    shortTitle: 'Chengdu GDP 2016 (NBD)',
    publisher: 'National Business Daily (每日经济新闻, nbdpress.com)',
    year: 2017, url: 'http://www.nbdpress.com/articles/2017-02-22/1578.html', kind: 'press', accessed: '2026-12-03',
    note: 'Reports the city’s release of the final 2016 figures ("according to release Tuesday").',
  },
  {
    id: 'cd_gochengdu_gdp_2018',
    title: 'City’s GDP Grows 8.0% to Over RMB1,534 Bln in 2018',
    shortTitle: 'Chengdu GDP 2018 (Go Chengdu)',
    publisher: 'Go Chengdu (gochengdu.cn, the city’s official English portal)',
    year: 2019, url: 'https://www.gochengdu.cn/news/special-reports/fast-facts-data/city-s-gdp-grows-8-0-to-over-rmb1-534-bln-in-2018-a8452.html', kind: 'officialMedia', accessed: '2026-12-03',
  },
  {
    id: 'cd_workreport_2019_bmhto',
    title: 'Chengdu Government Work Report 2019 (2019年政府工作报告, 罗强), reviewing 2018; Chengdu Daily text, mirrored',
    shortTitle: 'Chengdu Government Work Report 2019 (mirror)',
    publisher: 'bmhto.com (mirror of Chengdu Daily / chengdu.gov.cn)',
    year: 2019, url: 'http://www.bmhto.com/chengdu/home/2019-01/28/content_d66759ba7d0a47bbaa7a4f08f6acbe5e.shtml', kind: 'secondary', accessed: '2026-12',
  },
  {
    id: 'cd_gochengdu_gdp_2019',
    title: 'Chengdu’s GDP Exceeds RMB1,701 Bln in 2019',
    shortTitle: 'Chengdu GDP 2019 (Go Chengdu)',
    publisher: 'Go Chengdu (gochengdu.cn, the city’s official English portal)',
    year: 2020, url: 'https://www.gochengdu.cn/news/special-reports/fast-facts-data/chengdu-s-gdp-exceeds-rmb1-701-bln-in-2019-a10237.html', kind: 'officialMedia', accessed: '2026-12-03',
  },
  {
    id: 'cd_sina_workreport_2020',
    title: 'Six keywords from the Chengdu Government Work Report 2020 (成都商报-红星新闻, 2020-05-15)',
    shortTitle: 'Chengdu Government Work Report 2020 (Chengdu Economic Daily)',
    publisher: 'Chengdu Economic Daily / Red Star News (成都商报-红星新闻), on Sina Sichuan',
    year: 2020, url: 'http://sc.sina.com.cn/news/b/2020-05-15/detail-iircuyvi3189368.shtml?from=sc_ydph', kind: 'press', accessed: '2026-12-03',
  },
  {
    id: 'cd_yybnet_gdp_2020',
    title: 'Chengdu economy 2020: GDP 17,716.7亿元, +4.0% (newspaper report citing the Chengdu Bureau of Statistics)',
    shortTitle: 'Chengdu GDP 2020 (newspaper reprint)',
    publisher: 'yybnet.net (reprint of a Chengdu newspaper story; "记者昨日从市统计局获悉")',
    year: 2021, url: 'https://yybnet.net/deyang/shifang/202101/11206777.html', kind: 'secondary', accessed: '2026-12-03',
    note: 'The URL path says deyang/shifang but the text is about Chengdu ("全市", 市统计局).',
  },
  {
    id: 'cd_workreport_2021_sina',
    title: 'Chengdu Government Work Report 2021 (2021年成都市政府工作报告, 王凤朝), full text',
    shortTitle: 'Chengdu Government Work Report 2021 (Sina reprint)',
    publisher: 'Sina Sichuan (sc.sina.com.cn), reprint',
    year: 2021, url: 'http://sc.sina.com.cn/news/b/2021-02-10/detail-ikftssap5062135.shtml', kind: 'secondary', accessed: '2026-12',
  },
  {
    id: 'cd_people_gdp_2021',
    title: 'Sichuan’s 21 cities and prefectures: 2021 GDP ranking (交卷!四川21市州2021年GDP排名出爐, 2022-01-25)',
    shortTitle: 'Chengdu GDP 2021 (People’s Daily Online)',
    publisher: 'People’s Daily Online, Sichuan channel (人民网-四川频道)',
    year: 2022, url: 'http://sc.people.com.cn/BIG5/n2/2022/0125/c345509-35111527.html', kind: 'officialMedia', accessed: '2026-12',
  },
  {
    id: 'cd_cditv_workreport_2022',
    title: 'Focus on the government work report ②: Chengdu’s GDP reached 1.99 trillion yuan in 2021 (聚焦政府工作报告②)',
    shortTitle: 'Chengdu Government Work Report 2022 (Kandu News)',
    publisher: 'Kandu News (看度新闻), Chengdu Radio and Television',
    year: 2022, url: 'https://cando.cditv.cn/show-3844-1532945-1.html', kind: 'officialMedia', accessed: '2026-12-03',
  },
  {
    id: 'cd_scnews_2022_dizo',
    title: 'Review of Chengdu’s economy in 2022 ③ (【盘点2022成都经济③】, 四川新闻网, 2023-02-03), reprint',
    shortTitle: 'Chengdu economy 2022 review (reprint)',
    publisher: 'drive.dizo.com.cn (reprint of Sichuan News Net, 四川新闻网)',
    year: 2023, url: 'http://drive.dizo.com.cn/guonei/2023/0203/100031029.html', kind: 'secondary', accessed: '2026-12-03',
  },
  {
    id: 'cd_lujuba_gdp_2023',
    title: 'Chengdu metropolitan area GDP 2.78 trillion yuan in 2023 (成都日报锦观新闻, citing the Chengdu Bureau of Statistics), reprint',
    shortTitle: 'Chengdu GDP 2023 (Chengdu Daily reprint)',
    publisher: 'lujuba.top (reprint of Chengdu Daily Jinguan News, 成都日报锦观新闻)',
    year: 2024, url: 'https://lujuba.top/amp/935158.html', kind: 'secondary', accessed: '2026-12-03',
  },
  {
    id: 'cd_people_workreport_2024',
    title: 'Chengdu Government Work Report: GDP exceeded 2.2 trillion yuan in 2023, up 6% (人民网, 2024-02-01)',
    shortTitle: 'Chengdu Government Work Report 2024 (People’s Daily Online)',
    publisher: 'People’s Daily Online, Sichuan channel (人民网-四川频道)',
    year: 2024, url: 'http://sc.people.cn/n2/2024/0201/c345509-40735059.html', kind: 'officialMedia', accessed: '2026-12-03',
  },
  {
    id: 'cd_xinhua_jp_2025',
    title: 'Chengdu metropolitan area GDP 2024 (Xinhua Japanese service, 2025-02-26, citing the Chengdu Bureau of Statistics)',
    shortTitle: 'Chengdu GDP 2024 (Xinhua, Japanese)',
    publisher: 'Xinhua News Agency (jp.news.cn)',
    year: 2025, url: 'http://jp.news.cn/20250226/df8970ecae0e4ae7b68e4912aab5d621/c.html', kind: 'officialMedia', accessed: '2026-12-03',
    note: 'The text is in Japanese: 2兆3511億3千万元 = 23,511.3亿元.',
  },
  {
    id: 'cd_thepaper_workreport_2025',
    title: 'Chengdu Government Work Report 2025 (2025年成都市政府工作报告, 王凤朝), full text',
    shortTitle: 'Chengdu Government Work Report 2025',
    publisher: 'The Paper (澎湃新闻), government account (澎湃号·政务)',
    year: 2025, url: 'https://thepaper.cn/newsDetail_forward_30393608', kind: 'officialMedia', accessed: '2026-12-03',
  },

  // ── Population ──
  {
    id: 'cd_maigoo_population',
    title: 'Chengdu population by year (成都市历年人口总数), table of main population indicators',
    shortTitle: 'Chengdu population table (maigoo)',
    publisher: 'maigoo.com (aggregator)',
    year: 2023, url: 'https://www.maigoo.com/news/688388.html', kind: 'secondary', accessed: '2026-12-03',
    note: 'Columns 2021, 2020, 2019, 2018, 2015, 2010, 2005. The 年末常住人口 row is the series revised after the 2020 census (far above the first-published 2018–2019 figures); its 2010 value (1,405.4万) matches the city without Jianyang, so the 2015 column is read as excluding Jianyang too. Publication year not shown (the text cites 2022 data).',
  },
  {
    id: 'cd_163_population_2024',
    title: 'Chengdu and Sichuan population since 2000, citing the Chengdu Statistical Yearbook 2023 (成都统计年鉴2023)',
    shortTitle: 'Chengdu population since 2000 (NetEase, yearbook 2023)',
    publisher: 'NetEase News (网易, c.m.163.com), commentary',
    year: 2024, url: 'https://c.m.163.com/news/a/IV1RNLDD0536I1QE.html?from=subscribe', kind: 'secondary',
    accessed: '2026-12-03',
    note: 'States that the yearbook’s series includes Jianyang from 2016 ("其中2016年以后的数据,包括简阳市数据").',
  },
  {
    id: 'cd_renkou_population',
    title: 'Chengdu resident population 2018 and 2016 (成都商报-红星新闻 on the bureau’s population announcements), repost',
    shortTitle: 'Chengdu population 2016/2018 (repost)',
    publisher: 'renkou.org.cn (repost of Chengdu Economic Daily / Red Star News)',
    year: 2020, url: 'https://m.renkou.org.cn/china/hunan/2020/177410.html', kind: 'secondary', accessed: '2026-12',
    note: 'Headline mislabelled; the text reads the Chengdu Bureau of Statistics’ announcements (主要人口数据的公告).',
  },
  {
    id: 'cd_bkwk_population_2017',
    title: 'Chengdu population data 2017, citing the bureau’s announcement (成都市统计局关于2017年成都市主要人口数据的公告)',
    shortTitle: 'Chengdu population 2017 (bkwk)',
    publisher: 'bkwk.cn (encyclopedia-style page)',
    year: 2018, url: 'https://bkwk.cn/article/jm2cdrkzzcsdjmsldjm.html', kind: 'secondary', accessed: '2026-12-03',
    note: 'Publication year inferred: a Korean copy of the same text gives a citation date of 2018-04-29.',
  },
  {
    id: 'cd_wuhanx_population_2019',
    title: 'Chengdu population and area, citing the 2019 Chengdu Statistical Bulletin (published 2020-03-30)',
    shortTitle: 'Chengdu population 2019 (wuhanx)',
    publisher: 'wuhanx.com (aggregator)',
    year: 2020, url: 'https://wuhanx.com/xinwen/53603.html', kind: 'secondary', accessed: '2026-12-03',
  },
  {
    id: 'cd_yybnet_population_2021',
    title: 'Chengdu resident population reached 21.192 million (成都市常住人口达2119.2万人, 四川日报, 2022-03-16), reprint',
    shortTitle: 'Chengdu population 2021 (Sichuan Daily reprint)',
    publisher: 'yybnet.net (reprint of Sichuan Daily, 四川日报)',
    year: 2022, url: 'https://m.yybnet.net/chengdu/news/202203/11780480.html', kind: 'secondary', accessed: '2026-12-03',
  },
  {
    id: 'cd_chinacom_population_2022',
    title: 'Chengdu resident population 21.268 million at the end of 2022 (2022年末 成都市常住人口为2126.8万人)',
    shortTitle: 'Chengdu population 2022 (Chengdu Daily)',
    publisher: 'China.com.cn, China Government channel (中国网·中国政务), from Chengdu Daily (成都日报)',
    year: 2023, url: 'http://zw.china.com.cn/2023-03/28/content_85195484.html', kind: 'officialMedia', accessed: '2026-12-03',
  },
  {
    id: 'cd_thepaper_population_2023',
    title: 'Chengdu resident population 21.403 million at the end of 2023 (2140.3万!成都常住人口增加13.5万), from Chengdu Release and Chengdu Statistics',
    shortTitle: 'Chengdu population 2023 (The Paper, government account)',
    publisher: 'The Paper (澎湃新闻), government account (澎湃号·政务), compiled from 成都发布 and 成都统计',
    year: 2024, url: 'http://www.thepaper.cn/newsDetail_forward_26732565', kind: 'officialMedia', accessed: '2026-12-03',
  },
  {
    id: 'cd_mbji_encyclopedia',
    title: 'Chengdu (成都市), encyclopedia entry (copy of a Baidu Baike-style article)',
    shortTitle: 'Chengdu encyclopedia entry (mbji mirror)',
    publisher: 'mbji.cn (anonymous encyclopedia mirror)',
    year: 2025, url: 'http://mbji.cn/mbji/温江地区/7713926', kind: 'secondary', accessed: '2026-12-03',
    note: 'Tier C/D: an anonymous mirror, used only because no bureau release for 2024 was found. Publication year inferred from "截至2024年".',
  },

  // ── Science, education, investment ──
  {
    id: 'cd_sc_rd_bulletin_2018_mirror',
    title: 'Sichuan Statistical Bulletin on Science and Technology Funding 2018 (2018年四川省科技经费投入统计公报), annex table by region; mirror',
    shortTitle: 'Chengdu row, Sichuan R&D Bulletin 2018 (mirror)',
    publisher: 'm.pouringspot.com (mirror of the Sichuan Provincial Bureau of Statistics page, path tjj/scstjj)',
    year: 2019, url: 'https://m.pouringspot.com/tjj/scstjj/c112130/2019/9/4/29d8b05d696040f28521f865a092ab9f.shtml', kind: 'secondary', accessed: '2026-12',
    note: 'The mirror drops most row labels. The first row (392.3 / 2.56) is read as Chengdu: the bulletins list Chengdu first, and the text names only Mianyang, Deyang and Chengdu above the provincial 1.81%, matching the only three rows above it.',
  },
  {
    id: 'cd_scdaily_rd_2018',
    title: 'Sichuan invested 73.7 billion yuan in R&D last year (去年我省投入研究与试验发展经费737亿元, 四川日报)',
    shortTitle: 'Chengdu R&D 2018 (Sichuan Daily)',
    publisher: 'Sichuan Daily (四川日报), on zgwc.gov.cn',
    year: 2019, url: 'http://zgwc.gov.cn/news_show.aspx?id=190458', kind: 'officialMedia', accessed: '2026-12',
  },
  {
    id: 'cd_thecover_13th_fyp',
    title: 'Looking back on the 13th Five-Year Plan: science and technology in Chengdu (回看“十三五”科技创新助力成都高质量发展, data from the Chengdu Science and Technology Bureau), reprint',
    shortTitle: 'Chengdu S&T in the 13th FYP (reprint)',
    publisher: 'shadafang.com (reprint of Cover News, 封面新闻)',
    year: 2020, url: 'http://shadafang.com/a/bb/1220340R5H020.html', kind: 'secondary', accessed: '2026-12-03',
  },
  {
    id: 'cd_scnews_rd_2021_dizo',
    title: 'Sichuan invested 121.45 billion yuan in R&D last year; Chengdu, Deyang and Mianyang above the provincial average (on the 2021 Sichuan R&D bulletin), reprint',
    shortTitle: 'Chengdu R&D 2021 (Sichuan News reprint)',
    publisher: 'drive.dizo.com.cn (reprint of Sichuan News Net, 四川新闻网)',
    year: 2022, url: 'http://drive.dizo.com.cn/guonei/2022/0907/100024256.html', kind: 'secondary', accessed: '2026-12-03',
  },
  {
    id: 'cd_cddaily_rd_2022_scecea',
    title: 'Chengdu Statistical Bulletin on Science and Technology Funding 2022 (2022年成都市科技经费投入统计公报), as reported by Chengdu Daily (成都日报); reprint',
    shortTitle: 'Chengdu R&D Bulletin 2022 (Chengdu Daily reprint)',
    publisher: 'scecea.org.cn (Sichuan Enterprise Confederation site), reprint of Chengdu Daily',
    year: 2023, url: 'http://scecea.org.cn/show-108-198624-1.html', kind: 'secondary', accessed: '2026-12-03',
    note: 'Reprinted 2023-10-08. The article reports the city bulletin’s figures; the bulletin itself (成都市统计局) was not reachable.',
  },
  {
    id: 'cd_chinanews_2018q3_foggame',
    title: 'Chengdu’s GDP passed 1 trillion yuan in the first three quarters of 2018 (中国新闻网), reprint',
    shortTitle: 'Chengdu Q1–Q3 2018 (China News reprint)',
    publisher: 'm.foggame.cn (reprint of China News Service, 中国新闻网)',
    year: 2018, url: 'http://m.foggame.cn/chanjing/20181029/10652.html', kind: 'secondary', accessed: '2026-12',
  },
  {
    id: 'cd_hkik_sci_2021',
    title: 'Chengdu’s 2021 science and technology results (成都2021年科技创新“答卷”, from the Chengdu Science and Technology Bureau), reprint',
    shortTitle: 'Chengdu S&T results 2021 (reprint)',
    publisher: 'hkik.com (reprint of a Chengdu newspaper story)',
    year: 2022, url: 'http://hkik.com/newscontent.asp?id=7288&keywords=%25', kind: 'secondary', accessed: '2026-12-03',
  },
  {
    id: 'cd_51grb_hitech_2022',
    title: 'Sichuan high-tech enterprises exceed 12,000 (四川高新技术企业突破1.2万家, 2022-12-23)',
    shortTitle: 'Chengdu high-tech firms 2022 (Sichuan Workers’ Daily)',
    publisher: 'Sichuan Workers’ Daily (四川工人日报), from Sichuan Online (四川在线)',
    year: 2022, url: 'http://dzb.51grb.com/xpaper/news/124/426/2673-1.shtml', kind: 'officialMedia', accessed: '2026-12-03',
    note: 'Counts from the Sichuan Science and Technology Department; the same text ran in Sichuan Daily (chinafabu.com).',
  },
  {
    id: 'cd_freewechat_2019h1',
    title: 'Chengdu Face to Face: the Science and Technology Bureau reports on 2019 (成都面对面·党风政风热线), WeChat repost',
    shortTitle: 'Chengdu S&T Bureau, H1 2019 (WeChat repost)',
    publisher: 'freewechat.com (repost of the 成都面对面 WeChat account)',
    year: 2019, url: 'https://freewechat.com/a/MjM5ODM5OTU0OQ==/2651391267/3', kind: 'secondary', accessed: '2026-12-03',
    note: 'The repost is dated 2022-06-08 but the content is the Science and Technology Bureau’s mid-2019 report (Jan–Jun 2019 figures).',
  },
  {
    id: 'cd_yearbook_2021_p755',
    title: 'Chengdu Yearbook 2021 (成都年鉴2021), Chengdu statistical data (成都市统计资料), p. 755: education',
    shortTitle: 'Chengdu Yearbook 2021, p. 755',
    publisher: 'Chengdu Yearbook (web edition on scyjwh.com)',
    year: 2021, url: 'http://www.scyjwh.com/readingebooks/%E6%88%90%E9%83%BD%E5%B9%B4%E9%89%B42021%E7%BD%91%E9%A1%B5%E7%89%88/files/basic-html/page755.html', kind: 'government', accessed: '2026-12-03',
  },
  {
    id: 'cd_chinadaily_2023',
    title: 'A city full of youthful vigor and opportunity (China Daily, 2023-08-02)',
    shortTitle: 'Chengdu profile 2023 (China Daily)',
    publisher: 'China Daily',
    year: 2023, url: 'https://www.chinadaily.com.cn/a/202308/02/WS64c9b9ada31035260b819d2e.html', kind: 'officialMedia', accessed: '2026-12',
  },
  {
    id: 'cd_gochengdu_fdi_2018_w4j',
    title: 'Chengdu Tops all Domestic Counterparts in Appeal to Foreign Investment (Go Chengdu), reprint',
    shortTitle: 'Chengdu foreign investment 2018 (Go Chengdu reprint)',
    publisher: 'w4j.org (reprint of Go Chengdu)',
    year: 2019, url: 'http://www.w4j.org/MessageCenter/News/DispOnePopupMessage.asp?txtOrgCode=CCEF&Category=01&ID=CCEF43570271582035&PRINT=Y', kind: 'secondary', accessed: '2026-12-03',
    note: 'Go Chengdu article dated 2019-04-15; it compares the 15 sub-provincial cities "according to the statistical communiqués".',
  },
  {
    id: 'cd_gochengdu_fdi_2018_mayor',
    title: 'City Signed 22 Foreign-invested Projects Worth US$3.39b (speech by Mayor Luo Qiang)',
    shortTitle: 'Chengdu foreign investment 2018 (mayor, Go Chengdu)',
    publisher: 'Go Chengdu (gochengdu.cn, the city’s official English portal)',
    year: 2019, url: 'https://www.gochengdu.cn/news/Highlights/city-signed-22-foreign-invested-projects-worth-us-3-39b-a8834.html', kind: 'officialMedia', accessed: '2026-12',
  },

  // ── Second search pass (2019–2024 gaps) ──
  {
    id: 'cd_workreport_2018_cdyjs',
    title: 'Chengdu Government Work Report 2018 (2018年成都市人民政府工作报告, delivered 2018-02-25), reviewing 2017',
    shortTitle: 'Chengdu Government Work Report 2018',
    publisher: 'cdyjs.gov.cn (Chengdu municipal government site, section 政府工作报告)',
    year: 2018, url: 'http://cdyjs.gov.cn/Detail.aspx?nid=1966', kind: 'government', accessed: '2026-12-03',
    note: 'Full text on a government host. The 2017 figures are stated as results, not marked 预计; the GDP figure (13889.4亿元) matches the final value.',
  },
  {
    id: 'cd_apdnews_workreport_2023',
    title: 'Chengdu sets GDP growth target at over 6% (on the 2023 Chengdu Government Work Report, reviewing 2018–2022)',
    shortTitle: 'Chengdu Government Work Report 2023 (APD News)',
    publisher: 'APD News (apdnews.com)',
    year: 2023, url: 'https://www.apdnews.com/article/8fb11d1', kind: 'press',
    accessed: '2026-12-03',
    note: 'English news report of the work report delivered at the first session of the 18th Chengdu Municipal People’s Congress (February 2023).',
  },
  {
    id: 'cd_475js_hitech_2023',
    title: 'Latest data: Ziyang up 65% (最新数据发布,资阳增幅达65%!), on the Sichuan list of valid national high-tech enterprises for 2023 (四川省2023年度有效国家高新技术企业名单), reprint',
    shortTitle: 'Chengdu high-tech firms 2023 (Sichuan list, reprint)',
    publisher: '475js.com (construction-news site reprinting a Sichuan news story; original outlet not named)',
    year: 2024, url: 'http://475js.com/detail.php?cate=112&id=10590', kind: 'secondary', accessed: '2026-12-03',
    note: 'Dated 2024-04-22. Counts from the Sichuan Science and Technology Department’s 2023 list of valid national high-tech enterprises (17,024 in the province).',
  },
  {
    id: 'cd_chinabriefing_2021',
    title: 'What Makes Chengdu an Attractive Investment Destination in Southwest China (China Briefing)',
    shortTitle: 'Chengdu investment profile (China Briefing)',
    publisher: 'China Briefing (Dezan Shira & Associates)',
    year: 2021, url: 'https://www.china-briefing.com/news/what-makes-chengdu-an-attractive-investment-destination-in-southwest-china/', kind: 'press', accessed: '2026-12-03',
    note: 'Publication year not shown in the excerpt; inferred as 2021 from the "end of 2020" figures it cites. No source is named for the figures.',
  },
  {
    id: 'cd_firstseoblog_students_2022',
    title: 'University students by city: seven cities above one million (城市在校大学生人数:7城破百万,广州郑州前二), quoting the 2022 city statistical bulletins; repost',
    shortTitle: 'Chengdu HEI students 2022 (repost)',
    publisher: 'firstseoblog.com (anonymous repost with garbled characters)',
    year: 2024, url: 'https://www.firstseoblog.com/xinbaowangzhi/212225.html', kind: 'secondary', accessed: '2026-12-03',
    note: 'Tier D: anonymous repost (dated 2024-03-13), used only because the Chengdu bulletin itself was not found. It quotes the 2022 Chengdu bulletin; the excerpt breaks off after "其中本专业学生103" (本专业 is the repost’s garbling of 本专科).',
  },
  {
    id: 'cd_net178_students_2024',
    title: 'China’s number one city for university students (中國大學生人數第一城), on 2024 year-end students by city from the statistical bulletins; repost',
    shortTitle: 'Chengdu HEI students 2024 (repost)',
    publisher: 'net178.cn (repost of a NetEase 163.com self-media article)',
    year: 2025, url: 'http://www.net178.cn/dy/article/K08R1QRK0541B741.html?spss=dy_author', kind: 'secondary', accessed: '2026-12-03',
    note: 'Tier C/D: figures are said to come from the 2024 city statistical bulletins and to count regular and vocational undergraduate and junior-college students (普通、職業本專科在校生), i.e. without postgraduates. Publication year inferred from the 2024 year-end data.',
  },
];

const JIANYANG = 'Before Jianyang (简阳) joined Chengdu in 2016, so the area is smaller than from 2016 on.';
const FIRST_PUBLISHED =
  'First-published year-end figure (estimated on the 2010-census basis). Not preferred: after the 2020 census the bureau revised the series upward; the revised value for this year is preferred.';
const REVISED = 'Series revised after the 2020 census (statistical yearbooks); preferred over the first-published figure.';

export const chengduObservations: Observation[] = [
  // ── GDP (CNY bn = 亿元 / 10) ──
  rep('chengdu', 'ctx_gdp', 2015, 1080.116, 'cd_oweidata_gdp', {
    currency: 'CNY', valueText: '| 2015 | 10801.16 |', basis: 'pre2016', conflictId: 'chengdu_gdp_2015', preferred: true,
    note: `Final figure (aggregator table); preferred over the work report’s preliminary "10800亿元左右". ${JIANYANG}`,
  }),
  est('chengdu', 'ctx_gdp', 2015, 1080, 'cd_workreport_2016_chinagate', { kind: 'derived', detail: PRELIM('2016 government work report') }, {
    currency: 'CNY', qualifier: 'approx', valueText: '预计实现地区生产总值10800亿元左右', basis: 'pre2016', conflictId: 'chengdu_gdp_2015', preferred: false,
    note: `Preliminary and rounded; the final 10,801.16亿元 is preferred. ${JIANYANG}`,
  }),
  rep('chengdu', 'ctx_gdp', 2016, 1217.02, 'cd_nbd_gdp_2016', {
    currency: 'CNY', valueText: "Chengdu's gross production in 2016 reached 1217.02 billion yuan", conflictId: 'chengdu_gdp_2016', preferred: true,
    note: 'Final figure; the oweidata table gives the same value (12170.23亿元). First year including Jianyang (简阳).',
  }),
  est('chengdu', 'ctx_gdp', 2016, 1200, 'cd_cdrd_workreport_2017', { kind: 'derived', detail: PRELIM('2017 government work report') }, {
    currency: 'CNY', valueText: '预计全年实现地区生产总值1.2万亿元', conflictId: 'chengdu_gdp_2016', preferred: false,
    note: 'Preliminary and rounded; the final 1,217.02 bn is preferred.',
  }),
  rep('chengdu', 'ctx_gdp', 2017, 1388.939, 'cd_oweidata_gdp', {
    currency: 'CNY', valueText: '| 2017 | 13889.39 |',
    note: 'Aggregator table; factpedia.org gives the same figure ("2017年,成都市實現地區生產總值13889.39億元"), and the 2018 government work report on cdyjs.gov.cn gives the same value rounded ("全年地区生产总值13889.4亿元").',
  }),
  rep('chengdu', 'ctx_gdp', 2018, 1534.28, 'cd_gochengdu_gdp_2018', {
    currency: 'CNY', valueText: "Chengdu's gross domestic product (GDP) reached RMB1,534.28 billion", conflictId: 'chengdu_gdp_2018', preferred: true,
    note: 'Final figure as first published (15342.77亿元 on oweidata and hbtmjzxh.com). Any later revision after the 2018 economic census was not found.',
  }),
  est('chengdu', 'ctx_gdp', 2018, 1500, 'cd_workreport_2019_bmhto', { kind: 'derived', detail: PRELIM('2019 government work report') }, {
    currency: 'CNY', qualifier: 'atLeast', valueText: '預計地區生產總值超過1.5萬億元', conflictId: 'chengdu_gdp_2018', preferred: false,
    note: 'Preliminary lower bound; the final 1,534.28 bn is preferred.',
  }),
  rep('chengdu', 'ctx_gdp', 2019, 1701.27, 'cd_gochengdu_gdp_2019', {
    currency: 'CNY', valueText: "Chengdu's GDP reached RMB1,701.27 billion", conflictId: 'chengdu_gdp_2019', preferred: true,
    note: 'Final figure, preferred over the rounded 1.70万亿元 of the 2020 work report.',
  }),
  rep('chengdu', 'ctx_gdp', 2019, 1700, 'cd_sina_workreport_2020', {
    currency: 'CNY', valueText: '2019年,成都实现地区生产总值1.70万亿元', conflictId: 'chengdu_gdp_2019', preferred: false,
    note: 'Rounded (work report as reported by the press); the precise 1,701.27 bn is preferred.',
  }),
  rep('chengdu', 'ctx_gdp', 2020, 1771.67, 'cd_yybnet_gdp_2020', {
    currency: 'CNY', valueText: '2020年,全市实现地区生产总值17716.7亿元', conflictId: 'chengdu_gdp_2020', preferred: true,
    note: 'Bureau figure (市统计局), preferred over the rounded 1.77万亿元 of the 2021 work report.',
  }),
  rep('chengdu', 'ctx_gdp', 2020, 1770, 'cd_workreport_2021_sina', {
    currency: 'CNY', valueText: '地区生产总值年均增长7.1%、达到1.77万亿元', conflictId: 'chengdu_gdp_2020', preferred: false,
    note: 'Rounded (2021 work report); the precise 17,716.7亿元 is preferred.',
  }),
  rep('chengdu', 'ctx_gdp', 2021, 1991.698, 'cd_people_gdp_2021', {
    currency: 'CNY', valueText: 'GDP總量達到19916.98億元', conflictId: 'chengdu_gdp_2021', preferred: true,
    note: 'Precise figure from the provincial release of city GDP, preferred over the rounded 1.99万亿元 of the 2022 work report.',
  }),
  rep('chengdu', 'ctx_gdp', 2021, 1990, 'cd_cditv_workreport_2022', {
    currency: 'CNY', valueText: '地区生产总值达1.99万亿元', conflictId: 'chengdu_gdp_2021', preferred: false,
    note: 'Rounded (2022 work report); the precise 19,916.98亿元 is preferred.',
  }),
  rep('chengdu', 'ctx_gdp', 2022, 2080, 'cd_scnews_2022_dizo', {
    currency: 'CNY', valueText: '实现地区生产总值2.08万亿元',
    note: 'Rounded to 0.01 trillion; no precise 2022 figure was found (the 2023 work report, reprinted by Cover News, also says 2.08万亿元).',
  }),
  rep('chengdu', 'ctx_gdp', 2023, 2207.472, 'cd_lujuba_gdp_2023', {
    currency: 'CNY', valueText: '成都市完成地區生產總值22074.72億元', conflictId: 'chengdu_gdp_2023', preferred: true,
    note: 'Bureau figure via a reprint of Chengdu Daily; preferred over the work report’s "超2.2万亿元".',
  }),
  rep('chengdu', 'ctx_gdp', 2023, 2200, 'cd_people_workreport_2024', {
    currency: 'CNY', qualifier: 'atLeast', valueText: '地区生产总值超2. 2万亿元', conflictId: 'chengdu_gdp_2023', preferred: false,
    note: 'Lower bound from the 2024 work report; the precise 22,074.72亿元 is preferred.',
  }),
  rep('chengdu', 'ctx_gdp', 2024, 2351.13, 'cd_xinhua_jp_2025', {
    currency: 'CNY', valueText: 'うち成都のGDPは5・7%増の2兆3511億3千万元', conflictId: 'chengdu_gdp_2024', preferred: true,
    note: 'Bureau figure reported by Xinhua (in Japanese): 2兆3511億3千万元 = 23,511.3亿元. Preferred over the rounded 2.35万亿元 of the 2025 work report.',
  }),
  rep('chengdu', 'ctx_gdp', 2024, 2350, 'cd_thepaper_workreport_2025', {
    currency: 'CNY', valueText: '地区生产总值增长5.7%、达2.35万亿元', conflictId: 'chengdu_gdp_2024', preferred: false,
    note: 'Rounded (2025 work report); the precise 23,511.3亿元 is preferred.',
  }),

  // ── Real GDP growth (%) ──
  est('chengdu', 'ctx_gdp_growth', 2015, 8, 'cd_workreport_2016_chinagate', { kind: 'derived', detail: PRELIM('2016 government work report') }, {
    qualifier: 'approx', valueText: '增长8%左右', note: 'Preliminary; no final 2015 growth rate was found.',
  }),
  rep('chengdu', 'ctx_gdp_growth', 2016, 7.7, 'cd_nbd_gdp_2016', {
    valueText: 'with 7.7% year-on-year growth calculated at comparable prices', conflictId: 'chengdu_gdp_growth_2016', preferred: true,
    note: 'Final figure, preferred over the work report’s preliminary 7.5%.',
  }),
  est('chengdu', 'ctx_gdp_growth', 2016, 7.5, 'cd_workreport_2017_qwyd', { kind: 'derived', detail: PRELIM('2017 government work report') }, {
    valueText: '预计全年实现地区生产总值1.2万亿元,增长7.5%', conflictId: 'chengdu_gdp_growth_2016', preferred: false,
    note: 'Preliminary; the final 7.7% is preferred.',
  }),
  rep('chengdu', 'ctx_gdp_growth', 2017, 8.1, 'cd_workreport_2018_cdyjs', {
    valueText: '全年地区生产总值13889.4亿元、增长8.1%',
    note: '2018 government work report (February 2018), stated as a result, not marked 预计.',
  }),
  rep('chengdu', 'ctx_gdp_growth', 2018, 8.0, 'cd_gochengdu_gdp_2018', {
    valueText: 'rising by 8.0% year on year at a comparable price', note: 'The 2019 work report’s preliminary 增长8% agrees.',
  }),
  rep('chengdu', 'ctx_gdp_growth', 2019, 7.8, 'cd_gochengdu_gdp_2019', { valueText: 'rising by 7.8% year on year at a comparable price' }),
  rep('chengdu', 'ctx_gdp_growth', 2020, 4.0, 'cd_yybnet_gdp_2020', { valueText: '按可比价格计算,比上年增长4.0%' }),
  rep('chengdu', 'ctx_gdp_growth', 2021, 8.6, 'cd_cditv_workreport_2022', { valueText: '地区生产总值达1.99万亿元、增长8.6%' }),
  rep('chengdu', 'ctx_gdp_growth', 2022, 2.8, 'cd_scnews_2022_dizo', { valueText: '实现地区生产总值2.08万亿元、增长2.8%' }),
  rep('chengdu', 'ctx_gdp_growth', 2023, 6, 'cd_people_workreport_2024', {
    valueText: '地区生产总值超2. 2万亿元、增长6%', note: 'The bureau’s figure is the same (增長6.0%, Chengdu Daily reprint).',
  }),
  rep('chengdu', 'ctx_gdp_growth', 2024, 5.7, 'cd_xinhua_jp_2025', {
    valueText: '成都のGDPは5・7%増', note: 'The 2025 work report gives the same rate (地区生产总值增长5.7%).',
  }),

  // ── Year-end resident population (million = 万人 / 100) ──
  rep('chengdu', 'ctx_population', 2015, 16.853, 'cd_maigoo_population', {
    valueText: '年末常住人口(万人) 2119.2 2094.7 2040.9 1981.3 1685.3', basis: 'pre2016',
    note: `Fifth value of the row (column 2015). Read as the post-2020-census revised series; the first-published 2015 figure was not found. ${JIANYANG}`,
  }),
  rep('chengdu', 'ctx_population', 2016, 18.58, 'cd_163_population_2024', {
    valueText: '在合并了简阳人口后,成都2016年常住人口数量达到1858万人', conflictId: 'chengdu_population_2016', preferred: true,
    note: `${REVISED} Cited from the Chengdu Statistical Yearbook 2023. First year including Jianyang.`,
  }),
  rep('chengdu', 'ctx_population', 2016, 15.9176, 'cd_renkou_population', {
    valueText: '再往前的2016年,成都市常住人口为1591.76万人', basis: 'census2010', conflictId: 'chengdu_population_2016', preferred: false,
    note: FIRST_PUBLISHED,
  }),
  est('chengdu', 'ctx_population', 2017, 19.1965, 'cd_maigoo_population', {
    kind: 'interpolated',
    detail: 'Midpoint of 1,858万 (2016, revised series, NetEase citing the Chengdu Statistical Yearbook 2023) and 1,981.3万 (2018, revised series, maigoo table).',
  }, {
    conflictId: 'chengdu_population_2017', preferred: true,
    note: 'No revised 2017 value was found; preferred over the first-published 1,604.47万 so the series stays on one (post-census) basis.',
  }),
  rep('chengdu', 'ctx_population', 2017, 16.0447, 'cd_bkwk_population_2017', {
    valueText: '2017年成都市常住人口为1604.47万人', basis: 'census2010', conflictId: 'chengdu_population_2017', preferred: false,
    note: FIRST_PUBLISHED,
  }),
  rep('chengdu', 'ctx_population', 2018, 19.813, 'cd_maigoo_population', {
    valueText: '年末常住人口(万人) 2119.2 2094.7 2040.9 1981.3', conflictId: 'chengdu_population_2018', preferred: true,
    note: `${REVISED} Fourth value of the row (column 2018).`,
  }),
  rep('chengdu', 'ctx_population', 2018, 16.33, 'cd_renkou_population', {
    valueText: '公告显示:2018年成都市常住人口为1633万人', basis: 'census2010', conflictId: 'chengdu_population_2018', preferred: false,
    note: FIRST_PUBLISHED,
  }),
  rep('chengdu', 'ctx_population', 2019, 20.409, 'cd_maigoo_population', {
    valueText: '年末常住人口(万人) 2119.2 2094.7 2040.9', conflictId: 'chengdu_population_2019', preferred: true,
    note: `${REVISED} Third value of the row (column 2019).`,
  }),
  rep('chengdu', 'ctx_population', 2019, 16.581, 'cd_wuhanx_population_2019', {
    valueText: '2020年初常住人口1658.10万人', basis: 'census2010', conflictId: 'chengdu_population_2019', preferred: false,
    note: `${FIRST_PUBLISHED} From the 2019 statistical bulletin ("2020年初" = end of 2019).`,
  }),
  rep('chengdu', 'ctx_population', 2020, 20.947, 'cd_maigoo_population', {
    valueText: '年末常住人口(万人) 2119.2 2094.7', conflictId: 'chengdu_population_2020', preferred: true,
    note: 'Year-end 2020 (second value of the row). Consistent with the bureau’s statement that end-2021 (2,119.2万) was 24.5万 above end-2020.',
  }),
  rep('chengdu', 'ctx_population', 2020, 20.937757, 'cd_oweidata_gdp', {
    valueText: '截至2020年11月1日零时,成都常住人口20937757人', conflictId: 'chengdu_population_2020', preferred: false,
    note: 'Seventh national census, count on 1 November 2020 (not year-end); the year-end estimate is preferred for the annual series.',
  }),
  rep('chengdu', 'ctx_population', 2021, 21.192, 'cd_yybnet_population_2021', { valueText: '经省统计局审定,2021年末成都市常住人口为2119.2万人' }),
  rep('chengdu', 'ctx_population', 2022, 21.268, 'cd_chinacom_population_2022', { valueText: '2022年末,成都市常住人口为2126.8万人' }),
  rep('chengdu', 'ctx_population', 2023, 21.403, 'cd_thepaper_population_2023', { valueText: '2023年末,成都市常住人口为2140.3万人,比2022年末增加13.5万人' }),
  rep('chengdu', 'ctx_population', 2024, 21.474, 'cd_mbji_encyclopedia', {
    valueText: '截至2024年,成都市下辖12个区、3个县、代管5个县级市,总面积14335平方千米,常住人口2147.4万人',
    note: 'Only from an anonymous encyclopedia mirror (tier C/D); no bureau release for 2024 was found. It continues the 2021–2023 series plausibly.',
  }),

  // ── GDP per capita (CNY per person) ──
  rep('chengdu', 'ctx_gdp_pc', 2020, 106850, 'cd_chinabriefing_2021', {
    currency: 'CNY', valueText: 'a GDP per capita of RMB 106,850 (US$16,515)', basis: 'census2010',
    conflictId: 'chengdu_gdp_pc_2020', preferred: true,
    note: 'Press figure without a named source. It implies a population of about 16.58 million (17,716.7亿元 / 106,850), i.e. the first-published pre-census population, so it is on the census2010 basis and not comparable with per-capita values computed on the post-2020-census population (about 21 million). Preferred over the work report’s lower bound because it is a point value.',
  }),
  rep('chengdu', 'ctx_gdp_pc', 2020, 100000, 'cd_workreport_2021_sina', {
    currency: 'CNY', qualifier: 'atLeast', valueText: '人均地区生产总值突破10万元大关', basis: 'census2010',
    conflictId: 'chengdu_gdp_pc_2020', preferred: false,
    note: '2021 government work report, reviewing the 13th Five-Year Plan (2016–2020): lower bound only. Consistent with 106,850元; both rest on the pre-census population.',
  }),

  // ── R&D ──
  rep('chengdu', 'tal_rd_spend', 2018, 39.23, 'cd_sc_rd_bulletin_2018_mirror', {
    currency: 'CNY', valueText: 'R&D经费(亿元) 投入强度(% 392.3 2.56', conflictId: 'chengdu_rd_spend_2018', preferred: true,
    note: 'Provincial R&D bulletin, annex table; the row label is missing in the mirror and is read as Chengdu (see the source note).',
  }),
  rep('chengdu', 'tal_rd_spend', 2018, 10, 'cd_scdaily_rd_2018', {
    currency: 'CNY', qualifier: 'atLeast', valueText: '其中成都、绵阳超百亿元', conflictId: 'chengdu_rd_spend_2018', preferred: false,
    note: 'Lower bound only; consistent with the bulletin’s 392.3亿元, which is preferred.',
  }),
  rep('chengdu', 'tal_rd_spend', 2019, 45.25, 'cd_thecover_13th_fyp', {
    currency: 'CNY', valueText: '2019年全市R&D经费452.5亿元',
    note: 'Chengdu Science and Technology Bureau data; a different publisher from the 2018 provincial bulletin value.',
  }),
  est('chengdu', 'tal_rd_spend', 2021, 63.192, 'cd_cddaily_rd_2022_scecea', {
    kind: 'derived', detail: '2022 R&D of 733.26亿元 less the stated increase of 101.34亿元 over 2021 (Chengdu R&D bulletin 2022, as reported).',
  }, { currency: 'CNY' }),
  rep('chengdu', 'tal_rd_spend', 2022, 73.326, 'cd_cddaily_rd_2022_scecea', {
    currency: 'CNY', valueText: '全市共投入研究与试验发展(R&D)经费733.26亿元,占全省R&D经费投入60.35%,较上年增加101.34亿元,增长16.0%',
  }),
  rep('chengdu', 'tal_rd_intensity', 2018, 2.56, 'cd_sc_rd_bulletin_2018_mirror', {
    valueText: 'R&D经费(亿元) 投入强度(% 392.3 2.56', note: 'Row label inferred as Chengdu (see the source note).',
  }),
  rep('chengdu', 'tal_rd_intensity', 2021, 2.26, 'cd_scnews_rd_2021_dizo', {
    qualifier: 'atLeast', valueText: '成德绵超全省平均水平 … 投入强度(R&D经费与地区生产总值之比)为2.26%',
    note: 'Lower bound: the 2021 Sichuan R&D bulletin says Chengdu, Deyang and Mianyang were above the provincial 2.26%; the city value itself was not visible.',
  }),
  rep('chengdu', 'tal_rd_intensity', 2022, 3.52, 'cd_cddaily_rd_2022_scecea', {
    valueText: '研究与试验发展(R&D)经费投入强度(地区生产总值之比)为3.52%,比上年提高0.35个百分点',
    note: 'The same article puts 2021 at 3.17% (3.52 less 0.35 points), above the lower bound of 2.26% recorded for 2021.',
  }),

  // ── National high-tech enterprises ──
  rep('chengdu', 'ind_hitech_firms', 2018, 2472, 'cd_chinanews_2018q3_foggame', {
    valueText: '高新技術企業達到2472家', period: 'Jan–Sep', note: 'Count at the end of September 2018, not year-end.',
  }),
  rep('chengdu', 'ind_hitech_firms', 2019, 4149, 'cd_thecover_13th_fyp', { valueText: '2019年有效国家高新技术企业达到4149家' }),
  est('chengdu', 'ind_hitech_firms', 2021, 7800, 'cd_hkik_sci_2021', {
    kind: 'derived', detail: 'The Chengdu Science and Technology Bureau marks this value as 预计 (projected) in its 2021 year-end summary.',
  }, { qualifier: 'atLeast', valueText: '国家高新技术企业预计突破7800家' }),
  rep('chengdu', 'ind_hitech_firms', 2022, 11400, 'cd_apdnews_workreport_2023', {
    qualifier: 'approx', valueText: 'The number of national high-tech enterprises has increased 2.6 times to 11,400',
    conflictId: 'chengdu_hitech_2022', preferred: true,
    note: '2023 government work report (reviewing 2022), as reported in English; rounded to the hundred. Preferred: it covers the whole of 2022, unlike the mid-December count of 9,856.',
  }),
  rep('chengdu', 'ind_hitech_firms', 2022, 9856, 'cd_51grb_hitech_2022', {
    valueText: '其中成都市共有9856家,占总量比重近80%', conflictId: 'chengdu_hitech_2022', preferred: false,
    note: 'Valid high-tech enterprises in December 2022 after the first 2022 certification batch; the second batch was still being filed, so the year-end count is higher (about 11,400 per the 2023 work report, which is preferred).',
  }),
  est('chengdu', 'ind_hitech_firms', 2022, 11510, 'cd_475js_hitech_2023', {
    kind: 'derived', detail: 'The 2023 count of 13,146 minus the stated increase of 1,636 over 2022, both from the same article on the Sichuan 2023 list of valid national high-tech enterprises.',
  }, {
    valueText: '有效國家高新技術企業達到13146家,比2022年增長家1636家', conflictId: 'chengdu_hitech_2022', preferred: false,
    note: 'Implied 2022 count on the same basis as the 2023 annual list; about 110 above the work report’s rounded 11,400, which is preferred as a reported figure.',
  }),
  rep('chengdu', 'ind_hitech_firms', 2023, 13146, 'cd_475js_hitech_2023', {
    valueText: '有效國家高新技術企業達到13146家,比2022年增長家1636家',
    note: 'Valid national high-tech enterprises on the Sichuan Science and Technology Department’s 2023 annual list (reprinted news story; original outlet not named).',
  }),

  // ── Patents ──
  rep('chengdu', 'tal_invention_patents', 2019, 4976, 'cd_freewechat_2019h1', {
    valueText: '发明专利授权4976件、增长21.7%', period: 'Jan–Jun', note: 'First half of 2019 only.',
  }),

  // ── Higher education ──
  rep('chengdu', 'tal_students', 2019, 0.879335, 'cd_yearbook_2021_p755', {
    valueText: '在校生数 普通高等学校 人 19 632 28 790 56 874 140 661 617 482 879 335', note: 'Regular HEI students (普通高等学校在校生), 879,335 persons; column 2019.',
  }),
  rep('chengdu', 'tal_students', 2020, 0.927111, 'cd_yearbook_2021_p755', {
    valueText: '普通高等学校 人 19 632 28 790 56 874 140 661 617 482 879 335 927 111', note: 'Regular HEI students, 927,111 persons; column 2020.',
  }),
  rep('chengdu', 'tal_students', 2022, 1.03, 'cd_firstseoblog_students_2022', {
    qualifier: 'atLeast', valueText: '年末共有在蓉高校 65 所,在校学生116.4万东说念主,其中本专业学生103',
    note: 'Lower bound: the repost quotes the 2022 Chengdu bulletin but breaks off after "本专业(本专科)学生103", so the figure is 103.x万 undergraduate and junior-college students. The 116.4万 total includes postgraduates and is not this metric.',
  }),
  rep('chengdu', 'tal_students', 2023, 1, 'cd_chinadaily_2023', {
    qualifier: 'approx', valueText: 'It boasts 64 colleges and universities, with around 1 million students.',
    note: 'Rounded; the article (August 2023) does not say whether postgraduates are included, nor the exact reference date.',
  }),
  rep('chengdu', 'tal_students', 2024, 1.157, 'cd_net178_students_2024', {
    valueText: '成都市(115.7萬名)',
    note: 'Year-end 2024 regular and vocational undergraduate and junior-college students (普通、職業本專科在校生, postgraduates not included), said to be from the 2024 statistical bulletin; anonymous repost, tier C/D.',
  }),
  rep('chengdu', 'tal_graduates', 2019, 217680, 'cd_yearbook_2021_p755', {
    valueText: '毕业生数 普通高等学校 人 4 411 4 216 16 777 23 624 156 646 217 680', note: 'Regular HEI graduates; column 2019.',
  }),
  rep('chengdu', 'tal_graduates', 2020, 230490, 'cd_yearbook_2021_p755', {
    valueText: '普通高等学校 人 4 411 4 216 16 777 23 624 156 646 217 680 230 490', note: 'Regular HEI graduates; column 2020.',
  }),

  // ── Technology contracts (CNY bn) ──
  rep('chengdu', 'ind_tech_contracts', 2019, 115, 'cd_thecover_13th_fyp', {
    currency: 'CNY', qualifier: 'atLeast', valueText: '2019年技术交易额突破1150亿元',
    note: 'Worded as 技术交易额 (technology trade volume), which may not be exactly the registered technology-contract turnover (技术合同登记成交额); the first half of 2019 alone had 453.59亿元 of registered contracts.',
  }),
  rep('chengdu', 'ind_tech_contracts', 2019, 45.359, 'cd_freewechat_2019h1', {
    currency: 'CNY', valueText: '技术合同登记成交额453.59亿元、增长37.55%', period: 'Jan–Jun', note: 'First half of 2019 only.',
  }),

  // ── Foreign investment actually used (USD bn = 亿美元 / 10) ──
  rep('chengdu', 'ctx_fdi', 2015, 7.5, 'cd_workreport_2016_chinagate', {
    currency: 'USD', valueText: '实际利用外资75亿美元',
    note: 'Local 实际利用外资 basis (not MOFCOM FDI); from the 2016 work report, so possibly preliminary.',
  }),
  rep('chengdu', 'ctx_fdi', 2017, 10.04, 'cd_workreport_2018_cdyjs', {
    currency: 'USD', valueText: '利用外资实际到位100.4亿美元、增长16.5%',
    note: 'Local 实际到位外资 basis (not MOFCOM FDI), from the 2018 government work report.',
  }),
  rep('chengdu', 'ctx_fdi', 2018, 12.03, 'cd_gochengdu_fdi_2018_w4j', {
    currency: 'USD', valueText: 'Chengdu, with an actually utilized foreign investment of US$12.03 billion', conflictId: 'chengdu_fdi_2018', preferred: true,
    note: 'Cited from the statistical communiqué; preferred over the 12.28 bn in the mayor’s speech. Local 实际利用外资 basis, not MOFCOM FDI.',
  }),
  rep('chengdu', 'ctx_fdi', 2018, 12.28, 'cd_gochengdu_fdi_2018_mayor', {
    currency: 'USD', valueText: "the city's actual use of foreign capital reached US$12.28 billion, increasing 22.3 percent", conflictId: 'chengdu_fdi_2018', preferred: false,
    note: 'Figure from the mayor’s speech (April 2019); differs from the 12.03 bn cited from the statistical communiqué, which is preferred.',
  }),
];

export const chengduEvents: HubEvent[] = [
  {
    id: 'chengdu_jianyang_2016', date: '2016', entityId: 'chengdu', kind: 'seriesBreak',
    title: 'Chengdu series include Jianyang from 2016',
    description: 'Jianyang (简阳) was transferred from Ziyang to Chengdu in 2016, so GDP and population from 2016 on cover a larger area than 2015 and earlier (basis "pre2016"). The statistical yearbook’s population series includes Jianyang from 2016 ("其中2016年以后的数据,包括简阳市数据").',
    metricIds: ['ctx_gdp', 'ctx_population', 'ctx_gdp_pc'],
    sourceIds: ['cd_163_population_2024', 'cni_jianyang_2016'], status: 'reported',
  },
  {
    id: 'chengdu_population_census2020', date: '2020', entityId: 'chengdu', kind: 'seriesBreak',
    title: 'Chengdu population re-estimated after the 2020 census',
    description: 'After the seventh census (20,937,757 residents on 1 November 2020) the year-end resident population for 2015–2019 was revised upward by about 17–23% (e.g. 2018: 1,633万 first published, 1,981.3万 revised). The revised series is preferred; first-published figures carry basis "census2010" and are not comparable with it.',
    metricIds: ['ctx_population', 'ctx_gdp_pc'],
    sourceIds: ['cd_maigoo_population', 'cd_renkou_population', 'cd_163_population_2024'], status: 'reported',
  },
];

const ALL_YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;

export const chengduNotFound: NotFound[] = [
  {
    entityId: 'chengdu', metricId: 'ctx_gdp_pc', years: [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024],
    searched: 'Bulletin wording "人均地区生产总值 元 按常住人口计算", "成都市2023年国民经济和社会发展统计公报 人均地区生产总值", "成都人均GDP突破10万元", English "Chengdu per capita GDP 2023"; GDP-related queries return only spam pages, and the city bulletins are not indexed (only district bulletins on tjgb.hongheiku.com). Not derived from GDP and population because the metric is the published figure. Third pass (2026-12-03): "成都 2022年 人均地区生产总值 元 按常住人口计算", "盘点2022成都经济 人均地区生产总值", bulletin-title and 成都市统计局/成都调查队 queries, English "Chengdu per capita GDP 2022", docs and code corpora, GitHub string search for the bulletin title; a guancha.cn article on 2022 Sichuan per-capita GDP by city surfaced, but its visible part gives only the ranking, not the value. Fourth pass (2026-12-03, news headlines): "成都人均GDP首次突破10万元" (only the 2013 US$10,000 item), "成都 人均地区生产总值 2023年 元 按常住人口计算", the 2023 bulletin opening "全年全市实现地区生产总值22074.7亿元 … 人均地区生产总值", English "Chengdu per capita GDP 2023 yuan", "四川21市州 人均GDP 成都"; GDP wording returns spam.',
  },
  {
    entityId: 'chengdu', metricId: 'tal_rd_spend', years: [2015, 2016, 2017, 2020, 2023, 2024],
    searched: 'Sichuan R&D bulletins (四川省科技经费投入统计公报) 2016, 2021, 2022 mirrors (pitimail.com, pouringspot.com; excerpts stop before the city annex table; 2022 names Chengdu only among cities above 20亿元), news "成都 R&D经费 投入强度", "成都全社会研发经费投入 突破 亿元", "成都 研发投入强度 3.5%"; 2016 has only a growth rate (全社会研发投入增长12.7%).',
  },
  {
    entityId: 'chengdu', metricId: 'tal_rd_intensity', years: [2015, 2016, 2017, 2019, 2020, 2023, 2024],
    searched: 'Sichuan R&D bulletins by city ("分地区看 成都市", annex tables not visible), news "成都 研发投入强度 %", work reports; 2021 has only "above the provincial 2.26%". Third pass (2026-12-03): "成都 全社会研发经费投入强度 2023年", "成都 R&D经费投入强度 四川省统计局 分市州", English "Chengdu R&D investment intensity 2022"; the 2022 Sichuan R&D bulletin mirror (pitimail.com) again stops before the city table. Fifth pass (2026-12-03): the Chengdu Daily report of the city’s own 2022 R&D bulletin (scecea.org.cn reprint) gives 2022; "成都 R&D经费投入强度 2023年" and the 2023 Sichuan bulletin found nothing for 2023.',
  },
  {
    entityId: 'chengdu', metricId: 'ind_hitech_firms', years: [2015, 2016, 2017, 2020, 2024],
    searched: 'Science and Technology Bureau year-end summaries ("记者从市科技局获悉 国家高新技术企业"), Sichuan annual lists of valid national high-tech enterprises ("四川省2024年度有效国家高新技术企业 成都"), work reports 2024–2025 (2024 has only "高新技术企业增长11.5%").',
  },
  {
    entityId: 'chengdu', metricId: 'tal_patents', years: ALL_YEARS,
    searched: 'Chengdu yearbook and bulletin wording "专利授权量 件", intellectual-property office news ("成都 发明专利授权 专利授权总量 万件", "2022年成都市专利授权 万件 成都市知识产权局"); only valid-patent stocks and per-10k figures were found.',
  },
  {
    entityId: 'chengdu', metricId: 'tal_invention_patents', years: [2015, 2016, 2017, 2018, 2020, 2021, 2022, 2023, 2024],
    searched: 'Same searches as for patents granted, plus "成都 2023年 发明专利授权量 件 同比增长"; only a Jan–Jun 2019 count (4,976) was found, plus valid-stock figures (有效发明专利拥有量) that are a different measure.',
  },
  {
    entityId: 'chengdu', metricId: 'tal_students', years: [2015, 2016, 2017, 2018, 2021],
    searched: 'Chengdu Yearbook statistical tables ("成都年鉴 在校生数 普通高等学校"; only the 2021 edition, p. 755, was found; queries shaped like later editions returned the same page), education bureau news "成都 普通高校在校生 万人", city rankings of students from the bulletins ("年末共有在蓉高校 在校学生 万人").',
  },
  {
    entityId: 'chengdu', metricId: 'tal_postgrads', years: ALL_YEARS,
    searched: 'Yearbook education tables and news ("成都 研究生在校生 万人", "在校研究生"), city rankings of postgraduates; the 2022 bulletin quote (在校学生116.4万人, 其中本专科学生103…) breaks off before the postgraduate figure. Third pass (2026-12-03): "成都 在学研究生 万人 2022年末", city postgraduate rankings (南都 2022 ranking lists only the top five: Beijing, Shanghai, Wuhan, Nanjing, Xi\'an), the 21世纪经济报道 2024 ranking, Chengdu Yearbook 2021 p.755 (no postgraduate row), GitHub string search "在蓉高校". Fourth pass (2026-12-03, news headlines): "在校研究生 2024年 城市排名 … 成都 万人", "成都 研究生在校生 万人 2024年", 21世纪经济报道 2024 city summaries on reportify.ai (give Wuhan 217,600 but not Chengdu), 66offer 2022 ranking (top three only), GitHub string search "成都在校研究生".',
  },
  {
    entityId: 'chengdu', metricId: 'tal_graduates', years: [2015, 2016, 2017, 2018, 2021, 2022, 2023, 2024],
    searched: 'Yearbook education tables ("毕业生数 普通高等学校"), news on graduates, bulletin education wording; only the 2021 yearbook (2019, 2020) was found.',
  },
  {
    entityId: 'chengdu', metricId: 'ind_tech_contracts', years: [2015, 2016, 2017, 2018, 2020, 2021, 2022, 2023, 2024],
    searched: 'Science and Technology Bureau news ("成都市技术合同登记成交额 亿元", "技术合同成交额 突破1000亿元", "成都市全年技术合同成交额突破1500亿元", "2022年成都市技术合同登记 成交额"), English "Chengdu technology contract turnover"; Sichuan technology-market releases give only province totals (2018 also the Chengdu Plain economic region, several cities). Third pass (2026-12-03): "2024年 成都市 技术合同登记成交额 亿元", "2022年四川省技术合同成交额 成都市 占全省", the 2021 science-and-technology summary (hkik.com) and the 2025 work report openings; none gives a city figure. Fourth pass (2026-12-03, news headlines): "成都市2024年技术合同成交额 亿元 增长", "2023年成都技术合同成交额突破 亿元 同比增长 市科技局", "【盘点2022成都经济】 科技创新 技术合同成交额", English "Chengdu technology contract turnover billion yuan 2023" and Go Chengdu/City Flash variants, GitHub string searches "成都技术合同成交额", "成都市技术合同成交额"; none gives a city figure.',
  },
  {
    entityId: 'chengdu', metricId: 'ctx_fdi', years: [2016, 2019, 2020, 2021, 2022, 2023, 2024],
    searched: 'Investment-promotion and commerce news ("成都 实际利用外资 亿美元", "实际使用外资 居中西部城市第一", "成都市 外商直接投资 实际使用外资金额 2023年"), English "Chengdu actually utilized foreign capital 2022", work reports; only partial-year figures (Jan–Apr 2016, Q1 2021 预计) and province-level MOFCOM FDI were found. 2024 has only "外商直接投资规模居中西部城市第1位".',
  },
];
