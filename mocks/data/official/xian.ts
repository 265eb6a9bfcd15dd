import type { HubEvent, Observation } from '../../../src/api/schemas';
import { est, rep } from '../observations/helpers';
import type { NotFound, ReadSource } from './types';

/*
 * Xi'an (西安) official statistics, 2015-2024.
 *
 * Bases used here (see xianEvents):
 *  - ctx_population: the main series (no basis) is the one the bureau publishes since the 2022 bulletin,
 *    EXCLUDING the 西安(西咸新区)—咸阳共管区 (2021: 1287.30万; 2022 bulletin "+12.29万" = 1299.59 − 1287.30).
 *    2015-2020 exist only as the census-revised series (修订, MAIGOO / yearbook table), which matches the 2020
 *    census count and so appears to INCLUDE the shared area: basis 'withSharedArea'. First-published (pre-census)
 *    figures carry basis 'firstPublished' and are never preferred; the census count carries basis 'census'.
 *  - ctx_gdp / ctx_gdp_pc: 2015-2016 are before Xi'an took over the Xixian New Area (basis 'preXixian').
 *    GDP per capita for 2015-2018 was computed on the first-published population (basis 'firstPublished').
 *  - ind_tech_contracts: main series = contracts registered in Xi'an (技术合同成交额); the value of technology
 *    sold by Xi'an parties (输出技术成交额) is a different series (basis 'sellerSide').
 */

const R = '2026-12'; // taken from the research files
const S = '2026-12-03'; // read during this pass via search

export const xianSources: ReadSource[] = [
  // ── Statistical bulletins and bureau releases ──
  {
    id: 'xa_bulletin_2022_xiancity',
    title: "Xi'an Statistical Bulletin on National Economic and Social Development 2022 (西安市2022年国民经济和社会发展统计公报), as released by 西安发布",
    shortTitle: "Xi'an Statistical Bulletin 2022",
    publisher: "西安发布 (Xi'an municipal government news office), reprinted on 西安网 o.xiancity.cn",
    year: 2023, url: 'http://o.xiancity.cn/system/2023/03/29/031039644.shtml', kind: 'statisticalBulletin', accessed: R,
    note: 'Full text of the bulletin on the city news portal, dated 2023-03-29.',
  },
  {
    id: 'xa_bulletin_2024_netease',
    title: "西安最新人口数据：增量重回北方第一！ (NetEase article quoting the Xi'an Statistical Bulletin 2024, 西安市2024年国民经济和社会发展统计公报, released 15 April 2025)",
    shortTitle: "Xi'an Bulletin 2024 figures (NetEase mirror)",
    publisher: 'NetEase 网易号 article, shown on the mirror domain blg686.com',
    year: 2025, url: 'http://blg686.com/dy/article/JT787J1U0525HAAA.html', kind: 'secondary', accessed: R,
    note: 'Mirror of a NetEase self-media article that quotes the 2024 bulletin (GDP, education). Tier [C].',
  },
  {
    id: 'xa_bulletin_2018_xiaze',
    title: "Xi'an Statistical Bulletin on National Economic and Social Development 2018, part 3 (西安市2018年国民经济和社会发展统计公报(3)), mirror",
    shortTitle: "Xi'an Statistical Bulletin 2018 (mirror)",
    publisher: "web.xiaze.org (mirror of the Xi'an Municipal Bureau of Statistics bulletin dated 2019-03-28)",
    year: 2019, url: 'http://web.xiaze.org/tjgb/201903/57164-3.html', kind: 'secondary', accessed: R,
    note: 'Verbatim mirror of section 十一 (population) of the 2018 bulletin; figures are as first published, before the 2020-census revision.',
  },
  {
    id: 'xa_bulletin_2021_gjnews',
    title: "西安发布去年国民经济和社会发展统计公报显示 新经济成长壮大 创新活力加速释放 (report on the Xi'an Statistical Bulletin 2021)",
    shortTitle: "Gejie Daobao on Xi'an Bulletin 2021",
    publisher: '各界新闻网—各界导报 (newspaper of the Shaanxi CPPCC)',
    year: 2022, url: 'http://www.gjnews.cn/jiaodian/2022/194707.html', kind: 'officialMedia', accessed: R,
    note: 'Report of 2022-04-07 on the bulletin released on 6 April 2022 by the Xi\'an Bureau of Statistics and the NBS Xi\'an Survey Team.',
  },
  {
    id: 'xa_21cbh_2023_ttnews',
    title: "西安市统计局发布2023年西安市经济运行情况 (21世纪经济报道 report on the Bureau of Statistics' 2023 release), reprint",
    shortTitle: "21CBH on Xi'an economy 2023 (reprint)",
    publisher: 'ttnews.tw (reprint of 21世纪经济报道)',
    year: 2024, url: 'https://ttnews.tw/caijing/1706619260456217.html', kind: 'secondary', accessed: R,
    note: 'Reprint (Traditional characters) of a 21st Century Business Herald report on the bureau\'s January 2024 release of 2023 GDP.',
  },
  {
    id: 'xa_sxdaily_2021_gdp2020',
    title: '2020年GDP10020.39亿元 同比增长5.2% 西安成为西北首个GDP破万亿元城市 (陕西日报 report on the municipal press briefing of 2021-01-21), reprint',
    shortTitle: "Shaanxi Daily on Xi'an GDP 2020",
    publisher: '陕西日报 (Shaanxi Daily), reprinted on 文化艺术网 whysw.org (陕西人民出版社)',
    year: 2021, url: 'http://whysw.org/m/view.php?aid=37337', kind: 'officialMedia', accessed: S,
    note: 'Provincial party daily; replaces a mirror of the 中证网 report (fzxysj.com) that gave the same 2020 figures.',
  },
  {
    id: 'xa_71396_gdp_series',
    title: '位列第10! 西安入围全国省会城市10强,终于也是万亿俱乐部! (aggregator article listing Xi\'an GDP 2016-2020)',
    shortTitle: "71396.com, Xi'an GDP 2016-2020",
    publisher: '71396.com (aggregator)',
    year: 2021, url: 'https://www.71396.com/a/11-1647438116161664.html', kind: 'secondary', accessed: R,
    note: 'Tier [C] aggregator; no bulletin text for 2016-2019 was found, so these are the only precise figures. Publication year not shown; 2021 assumed (it discusses 2020 results).',
  },
  {
    id: 'xa_sikaile_gdp_2015',
    title: '人均GDP预计67139元 西安步入中等偏上收入地区 (news item on Xi\'an 2015 GDP citing the Shaanxi Bureau of Statistics), repost',
    shortTitle: "Sikaile repost, Xi'an GDP 2015",
    publisher: 'sikaile.net (repost)',
    year: 2016, url: 'http://www.sikaile.net/wenshubaike/lwzy/27602.html', kind: 'secondary', accessed: R,
    note: 'Tier [C] repost of a news item; publication year not shown, 2016 assumed (it reports 2015 results).',
  },
  // ── Government ──
  {
    id: 'xa_gov_en_1570',
    title: "Xi'an sets course to becoming an international metropolis (mayor's briefing of 2019-08-07 on the economy)",
    shortTitle: "Xi'an government: economy 2018",
    publisher: "Xi'an Municipal People's Government (en.xa.gov.cn)",
    year: 2019, url: 'http://en.xa.gov.cn/news/1570.htm', kind: 'government', accessed: S,
  },
  {
    id: 'xa_gov_en_990',
    title: "Overview of education in Xi'an (Study in Xi'an, general information)",
    shortTitle: "Xi'an government: education overview",
    publisher: "Xi'an Municipal People's Government (en.xa.gov.cn)",
    year: 2020, url: 'http://en.xa.gov.cn/services/study/generalinfo/990.htm', kind: 'government', accessed: S,
    note: 'Page undated; 2020 assumed because its latest figures are "as of 2019". It counts the 63 regular HEIs and the 43 postgraduate training units separately.',
  },
  {
    id: 'xa_gov_en_twosessions_2025',
    title: "2025 Xi'an Two Sessions: Achievements",
    shortTitle: "Xi'an government: Two Sessions 2025",
    publisher: "Xi'an Municipal People's Government (en.xa.gov.cn)",
    year: 2025, url: 'https://en.xa.gov.cn/ztzl/2025XianTwoSessions/Achievements/1.html', kind: 'government', accessed: R,
    note: 'The page says "In 2024", but the R&D figure is the 2023 survey result published late 2024: 667.9 ÷ 12010.76 (2023 GDP) = 5.56%, and the Shaanxi 2023 R&D release (sx.sina.cn, 2024-10-23) gives Xi\'an +11.1% on 2022 (601.08 × 1.111 ≈ 667.8).',
  },
  {
    id: 'xa_gov_en_innovation_2024',
    title: "Xi'an stands out for innovation capacity (2024-01-17)",
    shortTitle: "Xi'an government: innovation 2023",
    publisher: "Xi'an Municipal People's Government (en.xa.gov.cn)",
    year: 2024, url: 'https://en.xa.gov.cn/ztzl/SpursDynamicXian/Latest/1747551484826431490.html', kind: 'government', accessed: R,
    note: 'Released before year-end data: high-tech enterprises and technology-contract turnover are stated as expected values for 2023.',
  },
  {
    id: 'xa_kj_reply_2023',
    title: '西安市科学技术局关于对市政协十五届二次会议第660号提案的复函 (市科函〔2023〕79号)',
    shortTitle: "Xi'an Science and Technology Bureau reply 2023",
    publisher: "Xi'an Municipal Bureau of Science and Technology (xakj.xa.gov.cn)",
    year: 2023, url: 'http://xakj.xa.gov.cn/zwgk/jytabl/zxwytabl/64e31e73f8fd1c1a7037412f.html', kind: 'government', accessed: R,
  },
  {
    id: 'xa_itl_2018',
    title: "Xi'an's GDP to exceed 800b yuan in 2018 (2018-12-28)",
    shortTitle: "Xi'an Int'l Trade & Logistics Park: economy 2018",
    publisher: "Xi'an International Trade & Logistics Park (en.itl.gov.cn)",
    year: 2018, url: 'http://en.itl.gov.cn/2018-12/28/c_318309.htm', kind: 'government', accessed: R,
  },
  {
    id: 'xa_sxdofcom_2015',
    title: 'Sixty-Two Foreign Invested Enterprises Established In Shaanxi in the First Half (2015-08-20)',
    shortTitle: 'Shaanxi Commerce Dept: foreign investment H1 2015',
    publisher: 'Shaanxi Provincial Department of Commerce (en.sxdofcom.gov.cn)',
    year: 2015, url: 'http://en.sxdofcom.gov.cn/newstyle/pub_newsshow.asp?id=29031674&chid=100467', kind: 'government', accessed: R,
    note: 'Provincial release; the research notes read the quoted figure as Xi\'an\'s (86.9% of the province). First half of 2015 only.',
  },
  // ── Official media and press ──
  {
    id: 'xa_chinadaily_2018_reform40',
    title: '改革开放40年 西安生产总值近8000亿元 (report on the municipal press conference of 2018-12-06)',
    shortTitle: "China Daily: Xi'an 40 years of reform",
    publisher: '中国日报网 (China Daily, Shaanxi channel)',
    year: 2018, url: 'http://shx.chinadaily.com.cn/2018-12-07/content_37367784.htm', kind: 'officialMedia', accessed: R,
  },
  {
    id: 'xa_hktdc_profile',
    title: "Featured Suppliers – Xi'an (city profile)",
    shortTitle: "HKTDC, Xi'an profile",
    publisher: 'Hong Kong Trade Development Council',
    year: 2020, url: 'https://sourcing.hktdc.com/en/info/featured-suppliers/Xian/index.html', kind: 'press', accessed: R,
    note: 'Page undated; 2020 assumed because its latest figures are for 2019.',
  },
  {
    id: 'xa_huashang_2025_pop',
    title: '常住人口1316.76万人 西安人口增量"北方第1" (华商报, 2025-04-17)',
    shortTitle: "Huashang Bao: Xi'an population 2024",
    publisher: '华商报, via 中华网陕西 shaanxi.china.com',
    year: 2025, url: 'https://shaanxi.china.com/news/20000876/20250417/25958557_1.html', kind: 'press', accessed: R,
    note: 'Reports the 2024 bulletin\'s population figure.',
  },
  {
    id: 'xa_chnews_rd_2019',
    title: '研发481.76亿元 西安为经济加速注入"硬核动力" (on the Bureau of Statistics\' 2019年西安市研究与试验发展情况分析)',
    shortTitle: "China.com: Xi'an R&D 2019",
    publisher: '中华网 (chnews.net)',
    year: 2021, url: 'http://chnews.net/article/202102/539821.html', kind: 'press', accessed: R,
  },
  {
    id: 'xa_xanews_rd_2022',
    title: '西安市统计局公布我市2022年研发经费投入情况 (西安新闻网, 2023-11-11), mirror',
    shortTitle: "Xi'an News: R&D 2022 (mirror)",
    publisher: 'm.shyushe.cn (mirror of 西安新闻网)',
    year: 2023, url: 'http://m.shyushe.cn/shehui/2023/246919.html', kind: 'secondary', accessed: R,
    note: 'Mirror copy of the 西安新闻网 report on the bureau\'s R&D release of 9 November 2023.',
  },
  {
    id: 'xa_chinacom_innov_2022',
    title: "Xi'an ranks 7th among national innovative cities (2022-02-15)",
    shortTitle: "China.com Shaanxi: Xi'an innovation (2022)",
    publisher: '中华网陕西 (shaanxi.china.com, English)',
    year: 2022, url: 'https://shaanxi.china.com/m/eng/news/20002474/20220215/25548528.html', kind: 'press', accessed: R,
  },
  {
    id: 'xa_sina_hitech_2018',
    title: '新浪陕西 item citing 西安发布 on high-tech enterprises and hukou (2018-11-12)',
    shortTitle: "Sina Shaanxi: Xi'an high-tech firms 2018",
    publisher: '新浪陕西 (sx.sina.com.cn)',
    year: 2018, url: 'http://sx.sina.com.cn/news/b/2018-11-12/detail-ihmutuea9267133.shtml', kind: 'press', accessed: R,
  },
  {
    id: 'xa_cnwest_hitech_2025',
    title: '2024年西安市高新技术企业突破1.5万家 (press conference of the Science and Technology Bureau, 2025-02-25)',
    shortTitle: "Cnwest: Xi'an high-tech firms 2024",
    publisher: '西部网 (news.cnwest.com)',
    year: 2025, url: 'http://news.cnwest.com/xian/a/2025/02/26/23009981.html', kind: 'officialMedia', accessed: R,
  },
  {
    id: 'xa_nandu_postgrads_2022',
    title: '南都大数据研究院 city ranking of students, from 2022 statistical bulletins',
    shortTitle: "Nandu: city postgraduates 2022",
    publisher: '南方都市报 / 南都 (m.pingce.nancai.net)',
    year: 2023, url: 'http://m.pingce.nancai.net/hysj/2023/0621/13363.html', kind: 'press', accessed: R,
  },
  // ── Secondary (aggregators, mirrors) ──
  {
    id: 'xa_maigoo_pop_series',
    title: '西安市历年人口数量 (MAIGOO table of Xi\'an population indicators, apparently from the Xi\'an statistical yearbook), mirror',
    shortTitle: "MAIGOO, Xi'an population series",
    publisher: 'm.hbzqbyyxgs.com (spam-wrapped mirror of a MAIGOO article of 2024-11-13)',
    year: 2024, url: 'http://m.hbzqbyyxgs.com/news/4jgNNTQw.html', kind: 'secondary', accessed: R,
    note: 'Tier [C]. Table note: "2011-2019年常住人口依據第七次人口普查數據進行修訂", 2020 derived from the census, 2021 from the sample survey.',
  },
  {
    id: 'xa_zuanke88_pop_2021',
    title: '1316.3万,西安最新人口数据出炉 (on the 2021 year-end population, with and without the shared area)',
    shortTitle: "Zuanke88, Xi'an population 2021",
    publisher: 'zuanke88.com (aggregator)',
    year: 2022, url: 'https://www.zuanke88.com/254863', kind: 'secondary', accessed: R,
    note: 'Tier [C]; publication year not shown, 2022 assumed. The 2022 bulletin (+12.29万 to 1299.59万) confirms the 1287.30万 basis.',
  },
  {
    id: 'xa_zhongshang_pop_2019',
    title: '中商情报网 item on Xi\'an 2019 year-end population (数据来源: 西安市统计局), repost',
    shortTitle: "Zhongshang repost, Xi'an population 2019",
    publisher: 'jiongage.com (repost of 中商情报网)',
    year: 2020, url: 'https://jiongage.com/s/news/hongguan/20200702/2039031162979.shtml', kind: 'secondary', accessed: R,
    note: 'Quotes the 2019 bulletin figure as first published, before the 2020-census revision.',
  },
  {
    id: 'xa_klbdjy_pop_2023',
    title: '西安市多少人口2023年 (content-site article on the 2023 year-end population)',
    shortTitle: "Klbdjy, Xi'an population 2023",
    publisher: 'klbdjy.com (content site)',
    year: 2024, url: 'https://klbdjy.com/showinfo-3-4897.html', kind: 'secondary', accessed: R,
    note: 'Tier [C]; the only source found for 2023. Its increment (+8.23万) is consistent with 2022 (1299.59) and 2024 (1316.76 − 8.94 = 1307.82). Publication year not shown; 2024 assumed.',
  },
  {
    id: 'xa_census_2021_446dt',
    title: '西安人口总量1295.29万人 10年增长52.97% (西安新闻网, 2021-05-20, on the Shaanxi census press conference), mirror',
    shortTitle: "Xi'an News: census 2020 (mirror)",
    publisher: '446dt.com (spam-wrapped mirror of 西安新闻网)',
    year: 2021, url: 'http://www.446dt.com/shehui/2021/166335.html', kind: 'secondary', accessed: R,
  },
  {
    id: 'xa_ip_whitepaper_2021',
    title: "西安每万人口发明专利拥有量46.79件 (periodical item on the white paper 西安知识产权发展与保护状况(2021年)), mirror",
    shortTitle: "Xi'an IP white paper 2021 (mirror)",
    publisher: 'misoncubano.com (mirror of a periodical item citing the Xi\'an Market Supervision Bureau)',
    year: 2022, url: 'http://misoncubano.com/article/xdqy20220703.html', kind: 'secondary', accessed: R,
  },
  {
    id: 'xa_dongcha_techcontracts_2023',
    title: '西安2022年输出技术成交额2881.30亿元 位列全国第三 (西安发布 item), repost',
    shortTitle: "Dongcha repost, Xi'an technology sold 2020-22",
    publisher: 'dongchanet.com (repost of 西安发布)',
    year: 2023, url: 'http://www.dongchanet.com/yaowen/20230314/147815.html', kind: 'secondary', accessed: R,
  },
  {
    id: 'xa_66offer_students_2022',
    title: '2022年西安在校大学生达101.32万 (article on city student numbers from the 2022 statistical bulletins)',
    shortTitle: "66offer, Xi'an students 2022",
    publisher: '66offer.com (education content site)',
    year: 2023, url: 'https://66offer.com/140961.html', kind: 'secondary', accessed: S,
    note: 'Tier [C]. Publication year not shown; 2023 assumed (it uses the 2022 bulletins). Its 在校大学生 includes 专科, 本科 and 研究生, as in the Nandu ranking it matches.',
  },
  {
    id: 'xa_wmxa_70years_2019',
    title: '西安迈向国际化大都市 70年来经济社会发展呈现“7个显著”(3) (report on the municipal 70th-anniversary press conference, August 2019)',
    shortTitle: "Bingmayong Online: Xi'an 70 years (2019)",
    publisher: '兵马俑在线 (wmxa.cn)',
    year: 2019, url: 'http://www.wmxa.cn/a/201908/642876_3.html', kind: 'press', accessed: S,
    note: 'Quotes mayor Li Mingyuan on 2018 foreign trade and foreign capital.',
  },
  {
    id: 'xa_wiki_shaanxi_pop',
    title: '陕西省各地级市人口列表 (Wikipedia list of Shaanxi prefecture populations, from the Shaanxi Statistical Yearbook), mirror',
    shortTitle: "Wikipedia mirror, Shaanxi city populations",
    publisher: 'wiki2.zh-cn.nina.az (mirror of Chinese Wikipedia)',
    year: 2021, url: 'https://www.wiki2.zh-cn.nina.az/%E9%99%95%E8%A5%BF%E7%9C%81%E5%90%84%E5%9C%B0%E7%BA%A7%E5%B8%82%E4%BA%BA%E5%8F%A3%E5%88%97%E8%A1%A8.html', kind: 'secondary', accessed: S,
    note: 'Tier [C] encyclopedia mirror; page undated, 2021 assumed (its latest section is the 2020 census). The 2015 row is the first-published yearbook figure.',
  },
];

// Notes reused below
const POP_MAIN = 'Main series: year-end resident population excluding the 西安(西咸新区)—咸阳共管区, the basis of the bulletins from 2022 on.';
const POP_REVISED =
  'Census-revised series (2011-2019 revised after the 2020 census). It matches the census count, which included the Xixian New Area shared with Xianyang, so it is marked withSharedArea (inferred: 2020 1296 → 2021 1287.30 would otherwise be a fall).';
const POP_FIRST = 'As first published, before the 2020-census revision; not comparable with the revised series, kept for reference only.';

export const xianObservations: Observation[] = [
  // ── GDP (CNY bn = 亿元 / 10) ──
  rep('xian', 'ctx_gdp', 2015, 581.003, 'xa_sikaile_gdp_2015', {
    currency: 'CNY', basis: 'preXixian', valueText: '西安市實現地區生產總值(GDP)5810.03億元',
    note: 'Before Xi\'an took over the Xixian New Area (2017); not comparable with 2017 on.',
  }),
  rep('xian', 'ctx_gdp', 2016, 625.718, 'xa_71396_gdp_series', {
    currency: 'CNY', basis: 'preXixian', valueText: '2016年西安实现生产总值6257.18亿元',
    note: 'Before Xi\'an took over the Xixian New Area (2017); not comparable with 2017 on.',
  }),
  rep('xian', 'ctx_gdp', 2017, 747.189, 'xa_chinadaily_2018_reform40', {
    currency: 'CNY', valueText: '2017年西安市生产总值达到7471.89亿元', conflictId: 'xian_gdp_2017', preferred: true,
    note: 'Preferred: the later figure, given at the municipal press conference of December 2018 (probably the revised value).',
  }),
  rep('xian', 'ctx_gdp', 2017, 746.985, 'xa_71396_gdp_series', {
    currency: 'CNY', valueText: '2017年西安实现生产总值7469.85亿元', conflictId: 'xian_gdp_2017', preferred: false,
    note: 'First-reported figure, from an aggregator; superseded by 7471.89亿元 given in December 2018.',
  }),
  rep('xian', 'ctx_gdp', 2018, 834.986, 'xa_71396_gdp_series', {
    currency: 'CNY', valueText: '2018年西安实现生产总值8349.86亿元', conflictId: 'xian_gdp_2018', preferred: true,
    note: 'Preferred as the precise figure; the government\'s rounded 834.99 billion yuan agrees.',
  }),
  rep('xian', 'ctx_gdp', 2018, 834.99, 'xa_gov_en_1570', {
    currency: 'CNY', valueText: "In 2018, Xi'an's total output value amounted to 834.99 billion yuan", conflictId: 'xian_gdp_2018', preferred: false,
    note: 'Same figure rounded to 0.01 billion; kept for the official source.',
  }),
  rep('xian', 'ctx_gdp', 2019, 932.119, 'xa_71396_gdp_series', {
    currency: 'CNY', valueText: '2019年西安实现生产总值9321.19亿元', conflictId: 'xian_gdp_2019', preferred: true,
    note: 'Preferred as the precise figure; HKTDC\'s rounded RMB932.1bn agrees, and the three sector values on a WeChat repost of the bulletin sum to 9321.19亿元.',
  }),
  rep('xian', 'ctx_gdp', 2019, 932.1, 'xa_hktdc_profile', {
    currency: 'CNY', valueText: 'In 2019, Xi’an realised a GDP of RMB932.1bn', conflictId: 'xian_gdp_2019', preferred: false,
    note: 'Same figure rounded to 0.1 billion.',
  }),
  rep('xian', 'ctx_gdp', 2020, 1002.039, 'xa_sxdaily_2021_gdp2020', { currency: 'CNY', valueText: '总量达到10020.39亿元,首次迈入“万亿俱乐部”' }),
  rep('xian', 'ctx_gdp', 2021, 1068.828, 'xa_bulletin_2021_gjnews', { currency: 'CNY', valueText: '西安市2021年地区生产总值10688.28亿元' }),
  rep('xian', 'ctx_gdp', 2022, 1148.651, 'xa_bulletin_2022_xiancity', { currency: 'CNY', valueText: '全年地区生产总值[2](初步核算)11486.51亿元' }),
  rep('xian', 'ctx_gdp', 2023, 1201.076, 'xa_21cbh_2023_ttnews', { currency: 'CNY', valueText: '全市地區生產總值12010.76億元' }),
  rep('xian', 'ctx_gdp', 2024, 1331.778, 'xa_bulletin_2024_netease', { currency: 'CNY', valueText: '西安2024年13317.78億元GDP' }),

  // ── Real GDP growth (%) ──
  rep('xian', 'ctx_gdp_growth', 2015, 8.2, 'xa_sikaile_gdp_2015', { valueText: '同比增長8.2%' }),
  rep('xian', 'ctx_gdp_growth', 2016, 8.5, 'xa_71396_gdp_series', { valueText: '2016年西安实现生产总值6257.18亿元,同比增长8.5%' }),
  rep('xian', 'ctx_gdp_growth', 2017, 7.7, 'xa_71396_gdp_series', { valueText: '2017年西安实现生产总值7469.85亿元,同比增长7.7%' }),
  rep('xian', 'ctx_gdp_growth', 2018, 8.2, 'xa_71396_gdp_series', { valueText: '2018年西安实现生产总值8349.86亿元,增长8.2%' }),
  rep('xian', 'ctx_gdp_growth', 2019, 7, 'xa_hktdc_profile', {
    valueText: 'representing a growth of seven per cent',
    note: 'The aggregator 71396.com gives the same rate as 同比增长7.0%.',
  }),
  rep('xian', 'ctx_gdp_growth', 2020, 5.2, 'xa_sxdaily_2021_gdp2020', { valueText: '2020年西安市GDP达到10020.39亿元,同比增长5.2%' }),
  rep('xian', 'ctx_gdp_growth', 2021, 4.1, 'xa_bulletin_2021_gjnews', { valueText: '按可比价格计算,比上年增长4.1%' }),
  rep('xian', 'ctx_gdp_growth', 2022, 4.4, 'xa_bulletin_2022_xiancity', { valueText: '按可比价格计算,比上年增长4.4%' }),
  rep('xian', 'ctx_gdp_growth', 2023, 5.2, 'xa_21cbh_2023_ttnews', { valueText: '按不變價格計算,比上年增長5.2%' }),

  // ── Year-end resident population (million = 万人 / 100) ──
  rep('xian', 'ctx_population', 2015, 9.88, 'xa_maigoo_pop_series', {
    basis: 'withSharedArea', valueText: '年末常住人(ren)(ren)口(萬人(ren)(ren)) 1287.3 1296 1235 1191 988',
    conflictId: 'xian_population_2015', preferred: true, note: `2015 column of the table. Preferred: ${POP_REVISED}`,
  }),
  rep('xian', 'ctx_population', 2015, 8.7056, 'xa_wiki_shaanxi_pop', {
    basis: 'firstPublished', valueText: '西安市 870.56 1 22.95 73.02 862.2 702.91 815.66',
    conflictId: 'xian_population_2015', preferred: false,
    note: `${POP_FIRST} Year-end 2015 resident population from the Shaanxi Statistical Yearbook (as tabulated by Wikipedia); also before the 2017 Xixian takeover.`,
  }),
  rep('xian', 'ctx_population', 2018, 11.91, 'xa_maigoo_pop_series', {
    basis: 'withSharedArea', valueText: '年末常住人(ren)(ren)口(萬人(ren)(ren)) 1287.3 1296 1235 1191 988',
    conflictId: 'xian_population_2018', preferred: true, note: `2018 column of the table. Preferred: ${POP_REVISED}`,
  }),
  rep('xian', 'ctx_population', 2018, 10.0037, 'xa_bulletin_2018_xiaze', {
    basis: 'firstPublished', valueText: '年末全市常住人口1000.37万人,比上年末净增加38.70万人',
    conflictId: 'xian_population_2018', preferred: false, note: POP_FIRST,
  }),
  rep('xian', 'ctx_population', 2019, 12.35, 'xa_maigoo_pop_series', {
    basis: 'withSharedArea', valueText: '年末常住人(ren)(ren)口(萬人(ren)(ren)) 1287.3 1296 1235 1191 988',
    conflictId: 'xian_population_2019', preferred: true, note: `2019 column of the table. Preferred: ${POP_REVISED}`,
  }),
  rep('xian', 'ctx_population', 2019, 10.2035, 'xa_zhongshang_pop_2019', {
    basis: 'firstPublished', valueText: '2019年末西安市常住人口1020.35万人,比上年末净增加19.98万人',
    conflictId: 'xian_population_2019', preferred: false,
    note: `${POP_FIRST} HKTDC's "10.2 million as of the end of 2019" is the same first-published figure.`,
  }),
  rep('xian', 'ctx_population', 2020, 12.96, 'xa_maigoo_pop_series', {
    basis: 'withSharedArea', valueText: '年末常住人(ren)(ren)口(萬人(ren)(ren)) 1287.3 1296 1235 1191 988',
    conflictId: 'xian_population_2020', preferred: true,
    note: `2020 column of the table: year-end figure derived from the census. Preferred over the census-day count. ${POP_REVISED}`,
  }),
  rep('xian', 'ctx_population', 2020, 12.9529, 'xa_census_2021_446dt', {
    basis: 'census', valueText: '人口總量達1295.29萬人,比2010年增加448.51萬人',
    conflictId: 'xian_population_2020', preferred: false,
    note: 'Seventh national census, count on 1 November 2020 (not a year-end figure). The release credits part of the growth to 西安托管西咸新区.',
  }),
  rep('xian', 'ctx_population', 2021, 12.873, 'xa_maigoo_pop_series', {
    valueText: '年末常住人(ren)(ren)口(萬人(ren)(ren)) 1287.3 1296 1235 1191 988',
    conflictId: 'xian_population_2021', preferred: true,
    note: `2021 column of the table (sample-survey estimate). Preferred: ${POP_MAIN} Zuanke88 states the basis: "若以不含西安(西咸新区)—咸阳共管区口径统计,常住人口则为1287.30万人".`,
  }),
  rep('xian', 'ctx_population', 2021, 13.163, 'xa_zuanke88_pop_2021', {
    basis: 'withSharedArea', valueText: '截止2021年末,西安全市常住人口(含西咸共管区)为1316.30万人',
    conflictId: 'xian_population_2021', preferred: false,
    note: 'Including the 西咸 shared area: the headline figure for 2021, continuous with the 2015-2020 revised series but not with 2022 on.',
  }),
  rep('xian', 'ctx_population', 2022, 12.9959, 'xa_bulletin_2022_xiancity', { valueText: '年末全市常住人口1299.59万人,比上年末增加12.29万人', note: POP_MAIN }),
  rep('xian', 'ctx_population', 2023, 13.0782, 'xa_klbdjy_pop_2023', {
    valueText: '2023年西安市常住人口为1307.82万,这一数据较上年末增加了8.23万', note: `${POP_MAIN} Content-site source; consistent with the 2022 and 2024 bulletins.`,
  }),
  rep('xian', 'ctx_population', 2024, 13.1676, 'xa_huashang_2025_pop', {
    valueText: '常住人口1316.76万人', note: `${POP_MAIN} The 2024 bulletin adds "比上年末增加8.94萬人" (NetEase mirror).`,
  }),

  // ── GDP per capita (CNY per person) ──
  est('xian', 'ctx_gdp_pc', 2015, 67139, 'xa_sikaile_gdp_2015', {
    kind: 'derived', detail: 'The source marks this value as 预计 (projected): "人均GDP預計67139元", published before the final figure.',
  }, { currency: 'CNY', basis: 'preXixian', valueText: '人均GDP預計67139元', note: 'Before the Xixian takeover and on the first-published (pre-census) population.' }),
  rep('xian', 'ctx_gdp_pc', 2017, 78368, 'xa_chinadaily_2018_reform40', {
    currency: 'CNY', basis: 'firstPublished', valueText: '人均生产总值达到78368元',
    note: 'Computed on the population as first published (before the 2020-census revision raised it), so higher than a census-consistent figure.',
  }),
  rep('xian', 'ctx_gdp_pc', 2018, 85114, 'xa_gov_en_1570', {
    currency: 'CNY', basis: 'firstPublished', valueText: 'Its per capita GDP reached 85,114 yuan',
    note: 'Computed on the population as first published (before the 2020-census revision raised it), so higher than a census-consistent figure.',
  }),
  rep('xian', 'ctx_gdp_pc', 2022, 88806, 'xa_bulletin_2022_xiancity', { currency: 'CNY', valueText: '全年人均地区生产总值88806元,比上年增长3.1%' }),

  // ── R&D spending (CNY bn) ──
  est('xian', 'tal_rd_spend', 2018, 42.614, 'xa_chnews_rd_2019', {
    kind: 'derived', detail: '2019 R&D of 481.76亿元 less the stated increase of 55.62亿元 over 2018 (Bureau of Statistics analysis of 2019).',
  }, { currency: 'CNY' }),
  rep('xian', 'tal_rd_spend', 2019, 48.176, 'xa_chnews_rd_2019', { currency: 'CNY', valueText: '2019年,西安市共投入研究与试验发展(R&D)经费481.76亿元' }),
  est('xian', 'tal_rd_spend', 2021, 55.367, 'xa_xanews_rd_2022', {
    kind: 'derived', detail: '2022 R&D of 601.08亿元 less the stated increase of 47.41亿元 over 2021 (Bureau of Statistics release of November 2023).',
  }, { currency: 'CNY' }),
  rep('xian', 'tal_rd_spend', 2022, 60.108, 'xa_xanews_rd_2022', { currency: 'CNY', valueText: '2022年,全市共投入R&D經(jīng)費(fèi)601.08億元' }),
  rep('xian', 'tal_rd_spend', 2023, 66.79, 'xa_gov_en_twosessions_2025', {
    currency: 'CNY', valueText: 'Xi\'an invested 66.79 billion yuan ($9.17 billion) into research and development (R&D)',
    note: 'The page says "In 2024"; read as the 2023 survey result (see the source note: 5.56% of 2023 GDP, and +11.1% on 2022 per the Shaanxi 2023 R&D release).',
  }),

  // ── R&D intensity (% of GDP) ──
  rep('xian', 'tal_rd_intensity', 2017, 4.82, 'xa_chnews_rd_2019', { valueText: '2017年西安研究与试验发展(R&D)经费投入强度为4.82%' }),
  rep('xian', 'tal_rd_intensity', 2018, 5.1, 'xa_chnews_rd_2019', { valueText: '2018年为5.1%' }),
  rep('xian', 'tal_rd_intensity', 2019, 5.17, 'xa_chnews_rd_2019', { valueText: '投入强度(研究与试验发展经费与地区生产总值之比)为5.17%' }),
  rep('xian', 'tal_rd_intensity', 2020, 5.05, 'xa_chinacom_innov_2022', {
    valueText: "In 2021, the city's investment intensity on research and development amounted to 5.05 percent",
    note: 'The article (Feb 2022) says "In 2021", but R&D data for 2021 were not out until late 2022; 5.05% equals 2020 R&D (506.06亿元, Bureau of Statistics) ÷ 2020 GDP (10020.39亿元), while 2021 works out at about 5.18%. Recorded as 2020.',
  }),
  est('xian', 'tal_rd_intensity', 2021, 5.18, 'xa_xanews_rd_2022', {
    kind: 'derived', detail: '2022 intensity of 5.23% less the stated rise of 0.05 percentage points over 2021 (Bureau of Statistics release of November 2023).',
  }),
  rep('xian', 'tal_rd_intensity', 2022, 5.23, 'xa_xanews_rd_2022', { valueText: 'R&D經(jīng)費(fèi)投入強(qiáng)度(研究與試驗(yàn)發(fā)展經(jīng)費(fèi)與地區(qū)生產(chǎn)總值之比)為5.23%' }),
  rep('xian', 'tal_rd_intensity', 2023, 5.56, 'xa_gov_en_twosessions_2025', {
    valueText: 'with an R&D intensity of 5.56 percent', note: 'The page says "In 2024"; read as 2023 (66.79 bn ÷ 2023 GDP 1,201.08 bn = 5.56%).',
  }),

  // ── National high-tech enterprises (count) ──
  rep('xian', 'ind_hitech_firms', 2018, 2000, 'xa_sina_hitech_2018', {
    qualifier: 'atLeast', valueText: '现在西安全市高新技术企业超过2000家', note: 'Stated in November 2018, not at year end.',
  }),
  rep('xian', 'ind_hitech_firms', 2021, 7000, 'xa_chinacom_innov_2022', {
    qualifier: 'atLeast', valueText: "Currently, Xi'an is home to more than 7,000 high-tech enterprises.",
    note: 'Stated in February 2022, so about the end-2021 stock. The 2022 count (10431, +46.09%) implies about 7,140 at end-2021.',
  }),
  rep('xian', 'ind_hitech_firms', 2022, 10431, 'xa_kj_reply_2023', { valueText: '截至2022年末,全市有效期内的国家高新技术企业10431家,同比增长46.09%' }),
  est('xian', 'ind_hitech_firms', 2023, 12500, 'xa_gov_en_innovation_2024', {
    kind: 'derived', detail: 'The city government gives this as an expected value in January 2024 ("expected to exceed 12,500"), before the year-end count was final.',
  }, { qualifier: 'atLeast', valueText: 'the total number of national high-tech enterprises in the city is expected to exceed 12,500' }),
  rep('xian', 'ind_hitech_firms', 2024, 15000, 'xa_cnwest_hitech_2025', { qualifier: 'atLeast', valueText: '高新技术企业、科技型中小企业分别突破1.5万家和1.9万家' }),

  // ── Patents granted ──
  rep('xian', 'tal_patents', 2021, 64131, 'xa_ip_whitepaper_2021', { valueText: '2021年,西安市專利授權(quán)總量64131件' }),

  // ── Regular HEI students (million; 本专科 only, postgraduates excluded) ──
  rep('xian', 'tal_students', 2019, 0.7386, 'xa_gov_en_990', {
    valueText: 'there were 63 colleges and universities in the city with 738,600 students and 191,800 graduates',
    note: 'Regular HEIs only; the 132,000 postgraduates of the 43 postgraduate training units are counted separately. "As of 2019".',
  }),
  est('xian', 'tal_students', 2022, 0.8356, 'xa_66offer_students_2022', {
    kind: 'derived',
    detail: 'All students in regular HEIs incl. postgraduates, 101.32万 (2022, 66offer.com, from the 2022 bulletins), less postgraduates 17.76万 (2022, Nandu ranking from the same bulletins) = 83.56万 本专科 students.',
  }, { note: 'Both figures use the Nandu/66offer definition 在校大学生 = 专科+本科+研究生, so the difference is the 本专科 count.' }),
  rep('xian', 'tal_students', 2024, 0.8556, 'xa_bulletin_2024_netease', {
    valueText: '西安共有普通高等學校(本專科)63所,在校學生85.56萬人', note: 'Undergraduate and junior-college students only (本专科); postgraduates are counted separately.',
  }),

  // ── Postgraduate students (persons) ──
  rep('xian', 'tal_postgrads', 2019, 132000, 'xa_gov_en_990', {
    valueText: '43 postgraduate training units with 132,000 students and 28,600 graduates', note: '28,600 postgraduates graduated that year. "As of 2019".',
  }),
  rep('xian', 'tal_postgrads', 2022, 177600, 'xa_nandu_postgrads_2022', {
    valueText: '在校研究生数量前5名城市依次是北京、上海、武汉、南京和西安,分别有43.5万人、24.49万人、19.76万人、19.5万人和17.76万人',
    note: 'The fifth figure (17.76万人) is Xi\'an\'s.',
  }),
  est('xian', 'tal_postgrads', 2023, 187350, 'xa_nandu_postgrads_2022', {
    kind: 'interpolated', detail: 'Midpoint of 177,600 (2022, Nandu ranking from the 2022 bulletins) and 197,100 (2024, Xi\'an Statistical Bulletin 2024 via NetEase).',
  }),
  rep('xian', 'tal_postgrads', 2024, 197100, 'xa_bulletin_2024_netease', { valueText: '研究生培養(yǎng)單位42所,在校學生19.71萬人' }),

  // ── Regular HEI graduates (persons; postgraduates excluded) ──
  rep('xian', 'tal_graduates', 2019, 191800, 'xa_gov_en_990', {
    valueText: 'there were 63 colleges and universities in the city with 738,600 students and 191,800 graduates', note: 'Regular HEIs only; 28,600 postgraduate graduates are counted separately.',
  }),
  rep('xian', 'tal_graduates', 2024, 234900, 'xa_bulletin_2024_netease', {
    valueText: '在校學生85.56萬人,畢業(yè)生23.49萬人', note: '本专科 graduates only; the 5.06万 postgraduate graduates are counted separately.',
  }),

  // ── Technology-contract turnover (CNY bn) ──
  rep('xian', 'ind_tech_contracts', 2020, 164.856, 'xa_dongcha_techcontracts_2023', {
    currency: 'CNY', basis: 'sellerSide', valueText: '2020年,西安市就以1648.56亿元的输出技术成交额位居全国第三',
    note: '输出技术成交额: value of contracts in which the seller is in Xi\'an. A different series from the turnover registered in Xi\'an.',
  }),
  rep('xian', 'ind_tech_contracts', 2021, 180, 'xa_chinacom_innov_2022', {
    currency: 'CNY', qualifier: 'atLeast', valueText: "The city's turnover of technology contracts exceeded 180 billion yuan ($28.31 billion) in 2021",
    conflictId: 'xian_tech_contracts_2021', preferred: true, note: 'Preferred: main series, turnover of technology contracts registered in Xi\'an.',
  }),
  rep('xian', 'ind_tech_contracts', 2021, 220.949, 'xa_dongcha_techcontracts_2023', {
    currency: 'CNY', basis: 'sellerSide', valueText: '2021年达2209.49亿元,位列副省级城市第二',
    conflictId: 'xian_tech_contracts_2021', preferred: false, note: '输出技术成交额 (technology sold by Xi\'an parties); a different series.',
  }),
  rep('xian', 'ind_tech_contracts', 2022, 288.13, 'xa_dongcha_techcontracts_2023', {
    currency: 'CNY', basis: 'sellerSide', valueText: '2022年达2881.30亿元,持续保持高位增长,位列副省级城市第一',
    note: '输出技术成交额 (technology sold by Xi\'an parties); no registered-turnover figure was found for 2022. Xi\'an also bought 1019.37亿元 (吸纳技术成交额).',
  }),
  est('xian', 'ind_tech_contracts', 2023, 380, 'xa_gov_en_innovation_2024', {
    kind: 'derived', detail: 'The city government gives this as an expected value in January 2024 ("expected to reach 380 billion yuan"), before the year-end figure was final.',
  }, { currency: 'CNY', qualifier: 'approx', valueText: "the city's technology contract transaction volume is expected to reach 380 billion yuan" }),
  rep('xian', 'ind_tech_contracts', 2024, 450, 'xa_cnwest_hitech_2025', { currency: 'CNY', qualifier: 'atLeast', valueText: '全市技术合同成交额超过4500亿元' }),

  // ── Foreign investment actually used (USD bn; partial years only) ──
  rep('xian', 'ctx_fdi', 2015, 2.01192, 'xa_sxdofcom_2015', {
    currency: 'USD', period: 'Jan–Jun', valueText: 'actually utilized foreign investment being 2.01192 billion USD, up by 8.6% year-on-year, accounting for 86.9% of the entire province',
    note: 'First half of 2015 only; from a provincial release.',
  }),
  rep('xian', 'ctx_fdi', 2018, 6.354, 'xa_wmxa_70years_2019', {
    currency: 'USD', valueText: '2018年西安市进出口总额3303.87亿元,实际利用外资63.54亿美元',
    note: 'Full year 2018, given by mayor Li Mingyuan at the 70th-anniversary press conference. 实际利用外资 as counted in Shaanxi (it includes overseas financing, 境外融资), so broader than the Ministry of Commerce 实际使用外资 (FDI) count.',
  }),
  rep('xian', 'ctx_fdi', 2018, 5.05, 'xa_itl_2018', {
    currency: 'USD', period: 'Jan–Nov', valueText: 'utilized 5.05 billion US dollars in foreign capital',
    note: 'January-November 2018 only. The same release gives 326.6 billion yuan of domestic capital introduced (实际利用内资), not FDI.',
  }),
];

export const xianEvents: HubEvent[] = [
  {
    id: 'xian_xixian_takeover_2017', date: '2017', entityId: 'xian', kind: 'seriesBreak',
    title: "Xi'an takes over the Xixian New Area",
    description:
      "Xi'an took over the administration of the Xixian New Area (西安托管西咸新区) in 2017, so GDP and population from 2017 on cover a larger area. GDP rises 19.4% in current prices from 2016 (6257.18亿元) to 2017 (7469.85亿元) against 7.7% real growth, which fits the boundary change; 2015-2016 figures are marked preXixian. The census release credits part of Xi'an's 2010-2020 growth to the takeover.",
    metricIds: ['ctx_gdp', 'ctx_gdp_pc', 'ctx_population'],
    sourceIds: ['xa_census_2021_446dt', 'xa_71396_gdp_series', 'sina_xixian_2017'], status: 'reported',
  },
  {
    id: 'xian_population_census_revision_2020', date: '2021', entityId: 'xian', kind: 'seriesBreak',
    title: "Xi'an population re-estimated after the 2020 census",
    description:
      "After the seventh census (1295.29万 on 1 November 2020) the year-end resident population for 2011-2019 was revised (2011-2019年常住人口依据第七次人口普查数据进行修订): 2019 rose from 1020.35万 as first published to 1235万, 2018 from 1000.37万 to 1191万. First-published figures (basis firstPublished), and GDP per capita computed on them, are not comparable with the revised series.",
    metricIds: ['ctx_population', 'ctx_gdp_pc'],
    sourceIds: ['xa_maigoo_pop_series', 'xa_zhongshang_pop_2019', 'xa_bulletin_2018_xiaze'], status: 'reported',
  },
  {
    id: 'xian_population_shared_area_2021', date: '2021', entityId: 'xian', kind: 'seriesBreak',
    title: "Xi'an population published without the Xixian shared area",
    description:
      "For end-2021 Xi'an gave two figures: 1316.30万 including the 西安(西咸新区)—咸阳共管区 and 1287.30万 excluding it. The 2022 bulletin's increase (+12.29万 to 1299.59万) is on the excluding basis, which the bulletins use from then on; the census-revised 2015-2020 series appears to include the shared area (basis withSharedArea).",
    metricIds: ['ctx_population'],
    sourceIds: ['xa_zuanke88_pop_2021', 'xa_bulletin_2022_xiancity'], status: 'reported',
  },
  {
    id: 'xian_tech_contracts_two_series', date: '2021', entityId: 'xian', kind: 'seriesBreak',
    title: "Xi'an technology contracts: registered turnover vs technology sold",
    description:
      "Two series exist. The main one is the turnover of technology contracts registered in Xi'an (>180 bn yuan in 2021, >4500亿元 in 2024). The value of technology sold by Xi'an parties (输出技术成交额: 1648.56亿元 in 2020, 2209.49亿元 in 2021, 2881.30亿元 in 2022) is a different measure, marked sellerSide; the two are not comparable.",
    metricIds: ['ind_tech_contracts'],
    sourceIds: ['xa_chinacom_innov_2022', 'xa_dongcha_techcontracts_2023'], status: 'reported',
  },
];

export const xianNotFound: NotFound[] = [
  {
    entityId: 'xian', metricId: 'ctx_gdp_growth', years: [2024],
    searched: 'The 2024 bulletin excerpts (NetEase mirror) give the level 13317.78亿元 and sector growth rates only; queries "2024年西安市地区生产总值13317.78亿元 按不变价格计算 比上年增长", "西安市统计局 2024年西安市经济运行情况", "西安2024年GDP 13317.78亿元 同比增长" and English equivalents (Two Sessions 2025, PRNewswire) found no total rate.',
  },
  {
    entityId: 'xian', metricId: 'ctx_population', years: [2016, 2017],
    searched: 'The census-revised series (MAIGOO / yearbook table) shows only 2015 and 2018-2021; no 2016 or 2017 bulletin text was found (query "西安市2017年国民经济和社会发展统计公报 年末全市常住人口"). The first-published 2017 figure is derivable only (1000.37 − 38.70).',
  },
  {
    entityId: 'xian', metricId: 'ctx_gdp_pc', years: [2016, 2019, 2020, 2021, 2023, 2024],
    searched: 'Bulletin excerpts and reports on the 2019-2024 bulletins; queries "全年人均地区生产总值 元 西安", "西安 按常住人口计算,全年人均地区生产总值 元 2023年", "西安市2023年国民经济和社会发展统计公报 一、综合 ... 人均地区生产总值", same for the 2020 and 2021 bulletins (only news reports of the GDP release surface, without per-capita figures). Only 2015 (projected), 2017, 2018 and 2022 were seen.',
  },
  {
    entityId: 'xian', metricId: 'tal_rd_spend', years: [2015, 2016, 2017, 2020, 2024],
    searched: 'Bureau R&D releases and news ("西安市统计局公布 研发经费投入情况", "研究与试验发展(R&D)经费 投入强度 西安", "2024年 陕西省研发经费投入情况概览 西安市"). 2020 (506.06亿元, 市统计局 "数说十年") was seen twice, both times on a page with no URL; the Shaanxi 2024 R&D overview (hellogs.cn) shows only provincial figures in its opening; 2017-2018 only as intensities (2018 derived).',
  },
  {
    entityId: 'xian', metricId: 'tal_rd_intensity', years: [2015, 2016, 2024],
    searched: 'Same R&D searches; the 2025 Two Sessions figure labelled "2024" is the 2023 value.',
  },
  {
    entityId: 'xian', metricId: 'ind_hitech_firms', years: [2015, 2016, 2017, 2019, 2020],
    searched: 'Science and Technology Bureau replies, news on 高新技术企业 counts ("西安市 年末有效高新技术企业 家"); only 2018 (>2000, Nov), 2021 (>7000), 2022, 2023 (expected) and 2024 (>1.5万) were found.',
  },
  {
    entityId: 'xian', metricId: 'tal_patents', years: [2015, 2016, 2017, 2018, 2019, 2020, 2022, 2023, 2024],
    searched: 'IP white papers (西安知识产权发展与保护状况), bulletin sections, Shaanxi IP office news and CNIPA statistics (yearbook 2022 city tables, monthly "Distribution of Grants" tables); queries "西安 专利授权量 件 发明专利授权量", "2023年西安市专利授权量 发明专利授权量", "Xi\'an patents granted 2023". Only the 2021 white paper was found; CNIPA city tables surfaced only for applications and patents in force.',
  },
  {
    entityId: 'xian', metricId: 'tal_invention_patents', years: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    searched: 'Same searches; only stocks (有效发明专利, per-10,000 ownership) were seen, never annual invention-patent grants.',
  },
  {
    entityId: 'xian', metricId: 'tal_students', years: [2015, 2016, 2017, 2018, 2020, 2021, 2023],
    searched: 'Bulletin education sections and city rankings ("普通高等学校 在校学生 毕业生 研究生 西安", "城市在校大学生数量排名 2023年 西安 普通本专科在校生", "研究生培养单位 在校学生 西安 2023年末"); education queries return spam tag pages. 2022 is derived (combined total less postgraduates); a 青塔 figure of 98.51万 (combined, year unclear) was not used.',
  },
  {
    entityId: 'xian', metricId: 'tal_postgrads', years: [2015, 2016, 2017, 2018, 2020, 2021],
    searched: 'Same education searches; postgraduate counts found only for 2019, 2022 and 2024 (2023 interpolated).',
  },
  {
    entityId: 'xian', metricId: 'tal_graduates', years: [2015, 2016, 2017, 2018, 2020, 2021, 2022, 2023],
    searched: 'Same education searches; 本专科 graduates found only for 2019 and 2024.',
  },
  {
    entityId: 'xian', metricId: 'ind_tech_contracts', years: [2015, 2016, 2017, 2018, 2019],
    searched: 'Technology-market news ("西安 技术合同成交额 亿元", "2022年西安市技术合同成交额 认定登记", "Xi\'an technology contract turnover 2022"); results before 2020 were Shaanxi province totals only. For 2022 only the seller-side value (输出技术成交额) was found, not the registered turnover.',
  },
  {
    entityId: 'xian', metricId: 'ctx_fdi', years: [2016, 2017, 2019, 2020, 2021, 2022, 2023, 2024],
    searched: 'Queries "西安 实际利用外资 亿美元", "西安市 全年实际使用外资 亿美元 2022年 商务局", "2023年西安市实际使用外资 亿美元" and "Xi\'an actually utilized foreign capital billion US dollars" returned Shaanxi province totals; for Xi\'an only partial years (Jan-Jun 2015, Jan-Nov 2018) and the full year 2018 (63.54亿美元, 70th-anniversary briefing) were found.',
  },
];
