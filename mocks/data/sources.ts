import type { Source } from '../../src/api/schemas';
import { officialSources } from './official';

type Kind = Source['kind'];

/** Compact constructor: addresses are written as the research notes give them, with https:// prefixed. */
function src(
  id: string,
  title: string,
  shortTitle: string,
  publisher: string,
  year: number | null,
  address: string | null,
  kind: Kind,
  note?: string,
): Source {
  const s: Source = { id, title, shortTitle, publisher, year, url: address === null ? null : `https://${address}`, kind };
  if (note !== undefined) s.note = note;
  return s;
}

const TRUNCATED = 'The research notes give only a shortened address';

const curatedSources: Source[] = [
  src('apf_seed', "Elevating Wuhan: China's Model for a High-Tech Future", 'APF Canada, Elevating Wuhan (2021)', 'Asia Pacific Foundation of Canada', 2021, null, 'seed',
    'Seed article by Xiaoting (Maya) Liu. No address was given. "Last year" in the article means 2020.'),
  src('gk', 'General knowledge in research notes, not yet verified', 'Research notes (unverified)', 'Hubscope research notes', null, null, 'generalKnowledge',
    'Figures the researcher knew but did not find in a published source. Every figure citing this source is an estimate that names the publication to check.'),

  // Seed cross-checks
  src('digitimes_icinsights_2021', "IC Insights: China's 2020 IC market and domestic production", 'DigiTimes / IC Insights (2021)', 'DigiTimes', 2021, 'digitimes.com/news/a20210222PR200.html', 'news'),
  src('technode_2021', 'China made 6% of chips it used in 2020: report', 'TechNode (2021)', 'TechNode', 2021, 'technode.com/2021/02/19/china-made-6-of-chips-it-used-in-2020-report/', 'news'),
  src('btimes_hsmc_2020', "Wuhan Hongxin Semiconductor's $20 billion promise wafer thin", 'Business Times, HSMC (2020)', 'Business Times', 2020, 'btimesonline.com/amp/articles/139532/20200925/wuhan-hongxin-semiconductor-20-billion-promise-wafer-thin.htm', 'news'),
  src('chipslink_hsmc_2020', "HSMC promised China's first 7 nm chips", 'Chipslink blog, HSMC (2020)', 'Chipslink (blog)', 2020, 'chipslink.blogspot.com/2020/09/hsmc-promised-chinas-first-7-nm-chips.html', 'news'),
  src('hbsztv_2016', 'Optics Valley fibre and optical-device market shares (Xinhua report)', 'Xinhua via hbsztv (2016)', 'Hubei TV (Xinhua)', 2016, 'hbsztv.com/news/20161107/683568.html', 'news'),
  src('asdreports_preform', 'Optical fibre preform market report (YOFC preform capacity share)', 'ASDReports, fibre preform', 'ASDReports', null, null, 'research',
    `${TRUNCATED}: asdreports.com/market-research-report-563461/…`),
  src('guangxilong_2021', 'Optics Valley opto-electronics firms revenue close to CNY 600bn', 'Guangxilong (c. 2021)', 'Guangxilong', 2021, 'm.guangxilong.com/c/103015G462021.html', 'news'),

  // Context
  src('wuhan_gov_invest_2021', 'Overview of the investment climate in Wuhan', 'Wuhan gov: investment climate (2021)', 'Wuhan Municipal Government', 2021, 'english.wuhan.gov.cn/investment/overview4of4investment4climate4in4wuhan/202110/t20211026_1819685.shtml', 'official'),
  src('globaltimes_wuhan_2022', "Wuhan's GDP grows 12.2% in 2021", 'Global Times: Wuhan GDP (2022)', 'Global Times', 2022, 'globaltimes.cn/page/202201/1246816.shtml', 'news'),
  src('chinaminutes_wuhan_2021', "China's Wuhan sees GDP up more than half", 'China Minutes, Wuhan GDP', 'China Minutes', null, 'chinaminutes.com/News/News-Article/chinas-wuhan-sees-gdp-up-more-than-half', 'news'),
  src('niidae_wuhan', 'Wuhan (encyclopaedia entry, census population)', 'Wiki mirror, Wuhan', 'wiki.niidae.com (Wikipedia mirror)', null, null, 'research',
    'Wikipedia mirror. Site: wiki.niidae.com (the research notes give no page address).'),
  src('people_wuhan_2022', 'Wuhan population rises by 1.2 million in 2021', "People's Daily Online (2022)", "People's Daily Online", 2022, 'en.people.cn/n3/2022/0409/c90000-10081879.html', 'news'),
  src('xa_gov_1570', "Xi'an economy in 2018", "Xi'an gov: economy in 2018", "Xi'an Municipal Government", null, 'en.xa.gov.cn/news/1570.htm', 'official'),
  src('hktdc_xian', "Xi'an city profile", "HKTDC, Xi'an profile", 'Hong Kong Trade Development Council', null, 'sourcing.hktdc.com/en/info/featured-suppliers/Xian/index.html', 'research'),
  src('xa_workreport_2021', "Xi'an government work report (2020 figures)", "Xi'an work report (2020 figures)", "Xi'an Municipal Government", null, 'en.xa.gov.cn/government/workreport/3006.htm', 'official'),
  src('xiancity_bulletin_2022', "Xi'an 2022 statistical bulletin on national economic and social development", "Xi'an statistical bulletin 2022", "Xi'an Municipal Bureau of Statistics", 2023, 'o.xiancity.cn/system/2023/03/29/031039644.shtml', 'official'),
  src('koreaherald_xian_2026', "Xi'an GDP 2025 (PR Newswire release)", "Korea Herald / PRN, Xi'an GDP 2025", 'The Korea Herald (PR Newswire)', null, 'koreaherald.com/article/10691331', 'news'),
  src('askwikinow_xian', "Xi'an (encyclopaedia entry, census population)", "Wiki mirror, Xi'an", 'askwikinow.com (Wikipedia mirror)', null, null, 'research',
    'Wikipedia mirror. Site: askwikinow.com (the research notes give no page address).'),
  src('gochengdu_gdp_2018', 'Chengdu GDP 2018', 'GoChengdu, GDP 2018', 'GoChengdu', null, null, 'news', `${TRUNCATED}: gochengdu.cn …a8452.html`),
  src('gochengdu_gdp_2019', 'Chengdu GDP 2019', 'GoChengdu, GDP 2019', 'GoChengdu', null, null, 'news', `${TRUNCATED}: gochengdu.cn …a10237.html`),
  src('yybnet_chengdu_2021', 'Chengdu GDP 2020', 'Yybnet (2021)', 'yybnet.net', 2021, 'yybnet.net/deyang/shifang/202101/11206777.html', 'news'),
  src('citypopulation_chengdu', 'Chéngdū Shì: census population', 'CityPopulation.de, Chengdu', 'CityPopulation.de', null, null, 'research',
    'Site: citypopulation.de (the research notes give no page address).'),
  src('chinacom_scio_2025', 'SCIO press briefing on Chengdu (2025-01-09)', 'China.com, SCIO briefing (2025)', 'China.com', 2025, 'news.china.com/socialgd/10000169/20250110/47851710.html', 'news'),

  // Pillar industries
  src('dreiburg_2017', 'Wuhan East Lake High-tech Development Zone profile', 'Dreiburg, East Lake zone (2017)', 'Dreiburg Consulting', 2017, 'dreiburg-cg.com/en/market/2017/0201/105.html', 'research'),
  src('bzbst_hubei_2023', 'Hubei opto-electronics industry white paper (2023 data)', 'Hubei opto-electronics white paper', 'bzbst001.com (repost)', null, 'bzbst001.com/wap/post/48/183287', 'research'),
  src('jiazhengayi_2024', 'Wuhan opto-electronic information industry in 2024 (Xinhua/CNS report)', 'Xinhua/CNS via repost, Wuhan opto-info 2024', 'm.jiazhengayi.com (repost of Xinhua/CNS)', null, 'm.jiazhengayi.com/shenghuozixun/240593.html', 'news'),
  src('woijpgw_2019', "Wuhan high-tech industries output (China Daily/Xinhua)", 'China Daily/Xinhua mirror (2019)', 'woijpgw.cn (mirror)', 2019, 'woijpgw.cn/a/201912/19/WS5dfb44f6a310cf3e3557f535.html', 'news'),
  src('wh_gov_software_2019', 'Wuhan software business revenue', 'Wuhan government (2019)', 'Wuhan Municipal Government', 2019, 'english.wh.gov.cn/sy_3576/tpxw_1/201903/t20190319_255392.html', 'official'),
  src('cjrb_2023', 'Wuhan software business revenue 2022 (Changjiang Daily, 2023-03-23)', 'Changjiang Daily (2023)', 'Changjiang Daily 长江日报', 2023, null, 'news', 'No address recorded in the research notes.'),
  src('chinadaily_biolake_2023', 'Optics Valley Biolake', 'China Daily: Biolake (2023)', 'China Daily', 2023, null, 'news', `${TRUNCATED}: govt.chinadaily.com.cn/s/202304/10/WS6437ab03498ea274927b72d2/…`),
  src('chinadaily_wuhan_2022', 'Wuhan high-tech enterprises and graduates (2022)', 'China Daily (2022)', 'China Daily', 2022, 'subsites.chinadaily.com.cn/en/2022-10/14/c_819886.htm', 'news'),
  src('reportify_wuhan_2025', 'Wuhan national high-tech enterprises (2025)', 'Reportify, Wuhan high-tech firms', 'reportify.ai', null, 'reportify.ai/news/1180832574470230016', 'news'),
  src('marketscreener_yofc_2021', 'YOFC annual results 2020', 'MarketScreener, YOFC results', 'MarketScreener', null, null, 'company',
    'Site: uk.marketscreener.com (the research notes give no page address).'),
  src('tcl_csot_t3', 'CSOT t3 Gen 6 LTPS fab, Wuhan', 'TCL news, CSOT t3', 'TCL', null, 'news.tcl.com/English.php/News/detail.html?id=29', 'company'),
  src('oled_csot_t4', 'CSOT starts constructing its Gen 6 flexible AMOLED fab in Wuhan', 'OLED-Info, CSOT t4', 'OLED-Info', null, 'oled-info.com/csot-starts-constructing-its-6-gen-flexible-amoled-fab-wuhan', 'news'),
  src('digitimes_boe_b17', 'BOE Gen 10.5 LCD fab in Wuhan', 'DigiTimes, BOE B17 (2017)', 'DigiTimes', 2017, 'digitimes.com/news/a20170811VL201.html', 'news'),
  src('digitimes_tianma_2017', 'Tianma Gen 6 AMOLED line in Wuhan', 'DigiTimes, Tianma (2017)', 'DigiTimes', 2017, 'digitimes.com/news/a20170424PD200.html', 'news'),
  src('whkfq_2020', 'Dongfeng Honda output, May 2020', 'Wuhan ETDZ (2020)', 'Wuhan Economic and Technological Development Zone', 2020, 'ger.whkfq.gov.cn/2020-07/29/c_524738.htm', 'official'),
  src('entorno_xian_auto', "Ancient Chinese capital bolsters auto industry (Xinhua)", "Xinhua via Entorno, Xi'an autos", 'entornointeligente.com (Xinhua)', null, 'entornointeligente.com/ancient-chinese-capital-bolsters-auto-industry/', 'news'),
  src('investinchina_byd_2022', "BYD Xi'an output, January–May 2022", 'Invest in China (2022)', 'Invest in China', 2022, null, 'official', `${TRUNCATED}: investinchina.chinaservicesinfo.com/s/202207/15/…`),
  src('yicai_nev_2025', '19 of 27 Chinese cities … (NEV output)', 'Yicai Global (2025)', 'Yicai Global', 2025, null, 'news', `${TRUNCATED}: yicaiglobal.com/news/19-of-27-chinese-cities-…`),
  src('gmt8_aviation', "Xi'an aviation industry", "GMT8 Press, Xi'an aviation", 'GMT8 Press', null, 'gmt8press.com/latest/detail/573717', 'news'),
  src('xa_gov_2531', "Commercial aerospace at Xi'an Yanliang", "Xi'an gov: Yanliang aerospace", "Xi'an Municipal Government", null, 'en.xa.gov.cn/work%20/news/2531.htm', 'official'),
  src('cri_softwarecity_2021', "Xi'an Silk Road Software City", 'CRI Shaanxi (2021)', 'China Radio International (Shaanxi)', 2021, 'sn.cri.cn/n/20211111/8e9f80a0-be89-1f0c-b448-ba3aff8866f4.html', 'news'),
  src('witproton_longi', 'LONGi capacity at end-2020', 'Witproton, LONGi', 'tri.witproton.com', null, 'tri.witproton.com/index.php/content/169.html', 'research'),
  src('fh2222_chengdu_2021', 'Chengdu electronic-information industry passes CNY 1 trillion (Sichuan Online mirror)', 'Sichuan Online mirror (2021)', 'wwwfh2222.com (mirror of 四川在线)', 2021, 'wwwfh2222.com/news/b/2021-01-29/detail-ikftpnny2568622.shtml', 'news'),
  src('reportify_chengdu_2022', 'Chengdu electronic-information industry report', 'Reportify, Chengdu e-info', 'reportify.ai', null, 'reportify.ai/reports/1005976493601460224', 'research'),
  src('scspc_2012', 'Chengdu software revenue 2011', 'Sichuan CPPCC (2012)', 'Sichuan CPPCC', 2012, 'scspc.gov.cn/rdyw/201202/t20120217_15147.html', 'official'),
  src('scnews_2024', 'Chengdu software revenue 2022 and China Software City ranking (Sichuan News Net, January 2024)', 'Sichuan News Net (2024)', '四川新闻网', 2024, null, 'news', 'No address recorded in the research notes.'),
  src('gochengdu_a757', 'Focus switches to software and innovation', 'GoChengdu, software focus', 'GoChengdu', null, null, 'news', `${TRUNCATED}: gochengdu.cn/en2016/…/focus-switches-to-software-and-innovation-a757.html`),
  src('globaltimes_chengdu_2022', 'Chengdu Hi-tech Zone biomedicine', 'Global Times: Chengdu biomedicine (2022)', 'Global Times', 2022, 'globaltimes.cn/page/202211/1279565.shtml', 'news'),
  src('globalsecurity_avic', 'AVIC base Chengdu', 'GlobalSecurity.org, AVIC Chengdu', 'GlobalSecurity.org', null, 'globalsecurity.org/military/world/china/avic-base-chengdu.htm', 'research'),
  src('oled_boe_b7', 'BOE officially starts producing flexible OLED panels at its B7 fab in Chengdu', 'OLED-Info, BOE B7', 'OLED-Info', null, 'oled-info.com/boe-officially-starts-produce-flexible-55-smartphone-oled-panels-its-b7-fab-chengdu', 'news'),
  src('oled_boe_b16', "BOE signs contract with Chengdu's government to build its Gen 8.6 IT AMOLED fab", 'OLED-Info, BOE B16', 'OLED-Info', null, 'oled-info.com/boe-signs-official-contract-chengdus-local-government-build-its-85-gen-it', 'news'),

  // Talent
  src('tellerreport_wuhan_2020', 'How will Wuhan keep 250,000 university graduates?', 'Teller Report (2020)', 'Teller Report', 2020, null, 'news', `${TRUNCATED}: tellerreport.com/business/2020-06-27-how-will-wuhan-leave-250-000-university-graduates-…`),
  src('wuhan2019mwg', 'Wuhan, the river city: universities and students', 'Military World Games site (2017)', 'Wuhan 2019 Military World Games', 2017, 'en.wuhan2019mwg.cn/html/The_River_City/2017/0916/61.html', 'official'),
  src('huxiu_2025', 'University students by city (Huxiu)', 'Huxiu via Reportify, students', 'reportify.ai (Huxiu)', null, 'reportify.ai/social-media/685662050554062', 'news'),
  src('xinhua_wuhan_grads_2018', 'Graduates who found jobs in Wuhan in 2017 (Xinhua)', 'Xinhua mirror (2018)', 'm.yinlong168.com (Xinhua mirror)', 2018, 'm.yinlong168.com/english/2018-01/18/c_136903622_3.htm', 'news'),
  src('ifeng_blog_2018', 'Wuhan winning the talent war (iFeng)', 'iFeng via blog (2018)', 'investinginchinesestocks.blogspot.com', 2018, 'investinginchinesestocks.blogspot.com/2018/05/wuhan-winning-talent-war.html', 'news'),
  src('chinadaily_wuhan_2013', 'Wuhan graduates and those who stay (2012)', 'China Daily (2013)', 'China Daily', 2013, 'covid-19.chinadaily.com.cn/china/2013-05/10/content_16491413.htm', 'news'),
  src('hust_en', 'HUST graduates who chose Wuhan', 'HUST news', 'Huazhong University of Science and Technology', null, 'english.hust.edu.cn/info/1004/2933.htm', 'official'),
  src('hubei_gov_2020', 'Wuhan talent pool and academicians recruited', 'Hubei government (2020)', 'Hubei Provincial Government', 2020, 'en.hubei.gov.cn/news/newslist/202001/t20200108_1905953.shtml', 'official'),
  src('nature_index_2018', 'Nature Index science cities', 'Nature (2018)', 'Nature', 2018, 'nature.com/articles/d41586-018-07209-z', 'research'),
  src('opticsvalley_2022', 'Wuhan ranks 16th among global S&T clusters (WIPO GII)', 'China Optics Valley (2022)', 'China Optics Valley', 2022, 'chinaopticsvalley.com/2022-09/19/c_813251.htm', 'official'),
  src('xa_gov_990', "Study in Xi'an: general information", "Xi'an government, education", "Xi'an Municipal Government", null, 'en.xa.gov.cn/services/study/generalinfo/990.htm', 'official'),
  src('shaanxi_chinacom_2022', "Xi'an R&D intensity second among sub-provincial cities", 'China.com Shaanxi (2022)', 'China.com (Shaanxi)', 2022, 'shaanxi.china.com/m/eng/news/20002474/20220215/25548528.html', 'news'),
  src('chinadaily_xian_hukou_2018', "Xi'an hukou registrations since the 2017 easing", 'China Daily (2018)', 'China Daily', 2018, 'chinadaily.com.cn/a/201812/12/WS5c10b4d6a310eff3032909db.html', 'news'),
  src('chinadaily_chengdu_2023', 'Chengdu universities and students', 'China Daily: Chengdu universities (2023)', 'China Daily', 2023, 'chinadaily.com.cn/a/202308/02/WS64c9b9ada31035260b819d2e.html', 'news'),
  src('gochengdu_a1044', 'Chengdu attracts IT giants', 'GoChengdu, IT giants', 'GoChengdu', null, 'cn.gochengdu.cn/news/media-reports-on-chengdu/chengdu-attracts-it-giants-a1044.html', 'news'),
  src('tibet_2017', 'Chengdu grants hukou before employment to graduates', 'China Tibet Online, Chengdu hukou', 'eng.tibet.cn', null, 'eng.tibet.cn/china/1499337590582.shtml', 'news'),
  src('shine_2018', 'Permanent residency permits for overseas talent in Chengdu', 'Shanghai Daily, Chengdu residency permits', 'Shanghai Daily (shine.cn)', null, 'shine.cn/archive/nation/Permanent-residency/shdaily.shtml', 'news'),
  src('ogvifjj_2022', 'Chengdu High-tech Zone GDP will increase by more than 8% this year', 'Chengdu Hi-tech Zone report (2022)', 'ogvifjj.cn (repost)', 2022, 'ogvifjj.cn/2022/05/28/Chengdu-High-tech-Zone-GDP-will-increase-by-more-than-8-this-year/', 'news'),
  src('jiemian_rd_2020', 'R&D intensity ranking of Chinese cities, 2019 (Jiemian)', 'Jiemian via phsb, R&D ranking', 'phsb.com (Jiemian)', null, 'phsb.com/html/19/18392.html', 'news'),

  // Chips
  src('evertiq_ymtc', 'YMTC capacity', 'Evertiq, YMTC', 'Evertiq', null, 'evertiq.com/news/52065', 'news'),
  src('scmp_ymtc', 'YMTC Wuhan fab (South China Morning Post)', 'SCMP, YMTC', 'South China Morning Post', null, null, 'news', `${TRUNCATED}: scmp.com/tech/gear/article/3100974/…`),
  src('ecd_entity_list_2022', 'YMTC added to the US Entity List (Export Compliance Daily, 2022-12-16)', 'Export Compliance Daily (2022)', 'Export Compliance Daily', 2022, null, 'news',
    'Site: exportcompliancedaily.com (the research notes give no page address). The notes date it 2022-12-16.'),
  src('abachy_ymtc', 'YMTC reportedly stops Fab 2, lays off staff', 'Abachy, YMTC Fab 2', 'Abachy', null, 'abachy.com/news/ymtc-reportedly-stops-fab-2-lays-staff', 'news'),
  src('gokawiil_ymtc', 'YMTC Fab 3 plans', 'Gokawiil, YMTC Fab 3', 'gokawiil.com', null, 'gokawiil.com/article/216106', 'news'),
  src('digitimes_xmc_2017', 'XMC capacity', 'DigiTimes, XMC (2017)', 'DigiTimes', 2017, 'digitimes.com/news/a20170727PD210.html', 'news'),
  src('memoryguy_xmc', 'XMC breaks ground for 3D NAND fab', 'The Memory Guy, XMC', 'The Memory Guy', null, 'thememoryguy.com/xmc-breaks-ground-for-3d-nand-fab/', 'research'),
  src('scmp_hsmc', 'HSMC taken over by Dongxihu district (South China Morning Post)', 'SCMP, HSMC takeover', 'South China Morning Post', null, null, 'news', `${TRUNCATED}: scmp.com/economy/china-economy/article/3110368/…`),
  src('wuhan_gov_memory_2021', 'National Memory Base, Wuhan', 'Wuhan gov: memory base (2021)', 'Wuhan Municipal Government', 2021, null, 'official', `${TRUNCATED}: english.wuhan.gov.cn/…/t20211026_1819795.shtml`),
  src('hahacn_hubei_ic', 'Hubei IC industry (2020)', 'Hahacn (2020)', 'hahacn.com', 2020, 'hahacn.com/detail/1987204.html', 'news'),
  src('businesskorea_samsung_2022', "Samsung Xi'an NAND capacity", "BusinessKorea, Samsung Xi'an", 'BusinessKorea', null, 'businesskorea.co.kr/news/articleView.html?idxno=90095', 'news'),
  src('trendforce_samsung_2025', "Samsung cuts Xi'an NAND output", 'TrendForce (2025)', 'TrendForce', 2025, null, 'research', `${TRUNCATED}: trendforce.com/news/2025/01/13/…`),
  src('semimedia_micron', "Micron Xi'an investment", "SemiMedia, Micron Xi'an", 'SemiMedia', null, 'semimedia.cc/16468.html', 'news'),
  src('evertiq_micron', "Micron Xi'an plant", 'Evertiq, Micron', 'Evertiq', null, 'evertiq.com/news/19448', 'news'),
  src('eswin_news_71', "Eswin Xi'an silicon-wafer base", 'Eswin news', 'Eswin', null, 'eswin.com/en/news/newsinfo/71.html', 'company'),
  src('yicai_eswin', 'Eswin IPO (Yicai Global)', 'Yicai Global, Eswin IPO', 'Yicai Global', null, null, 'news', 'Only "yicaiglobal (Eswin IPO)" is recorded in the research notes.'),
  src('rockss_blog', "Xi'an IC ecosystem (blog)", 'Rockss Automation blog', 'rockssautomation.com', null, null, 'news',
    'Blog; low confidence. Site: rockssautomation.com (the research notes give no page address).'),
  src('prnewswire_2024', 'Shaanxi IC-wafer output (PR Newswire, 2024-11-25)', 'PR Newswire (2024)', 'PR Newswire', 2024, null, 'news',
    'Site: prnewswire.com (the research notes give no page address). The notes date it 2024-11-25.'),
  src('trendforce_intel', 'Intel Chengdu assembly and test', 'TrendForce, Intel Chengdu', 'TrendForce', null, 'trendforce.com/news/tag/server-chip', 'research'),
  src('fudzilla_intel', 'Intel expands Chengdu plant', 'Fudzilla, Intel Chengdu', 'Fudzilla', null, 'fudzilla.com/news/59975', 'news'),
  src('itproportal_ti_2010', 'TI opens Chengdu fab', 'ITProPortal (2010)', 'ITProPortal', 2010, null, 'news', `${TRUNCATED}: itproportal.com/2010/10/15/…`),
  src('gochengdu_ti', 'TI Chengdu investment', 'GoChengdu, TI', 'GoChengdu', null, null, 'news', `${TRUNCATED}: cn.gochengdu.cn/…a876.html`),
  src('eetasia_gf', 'GlobalFoundries to shut Chengdu wafer fab', 'EE Times Asia, GF Chengdu', 'EE Times Asia', null, 'eetasia.com/globalfoundries-to-shut-chengdu-wafer-fab/', 'news'),
  src('elinfor_unigroup', 'Tsinghua Unigroup Chengdu memory base', 'Elinfor, Unigroup Chengdu', 'Elinfor', null, null, 'news', `${TRUNCATED}: elinfor.com/news/…-p-10885`),
  src('tomshardware_unigroup', "Tsinghua Unigroup scraps 3D NAND and DRAM fabs", "Tom's Hardware, Unigroup", "Tom's Hardware", null, 'tomshardware.com/news/tsinghua-scraps-3d-nand-and-dram-fabs', 'news'),
  src('dinovaliano_ic', 'China IC output 2020', 'dinovaliano.com, China IC output 2020 (2021)', 'dinovaliano.com', 2021, 'dinovaliano.com/news/chanye/20210813/1610571552901_2.shtml', 'news'),
  src('xqhv_ic', 'China IC output 2021', 'xqhv.cn, China IC output 2021', 'xqhv.cn', null, 'xqhv.cn/document/detail/id/14672.html', 'news'),
];

export const sources: Source[] = [...curatedSources, ...officialSources];
