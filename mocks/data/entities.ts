import type { Entity } from '../../src/api/schemas';

export const entities: Entity[] = [
  // Countries and provinces
  { id: 'china', nameEn: 'China', nameZh: '中国', kind: 'country', parentId: null },
  { id: 'us', nameEn: 'United States', nameZh: '美国', kind: 'country', parentId: null },
  { id: 'hubei', nameEn: 'Hubei', nameZh: '湖北', kind: 'province', parentId: 'china' },
  { id: 'shaanxi', nameEn: 'Shaanxi', nameZh: '陕西', kind: 'province', parentId: 'china' },
  { id: 'sichuan', nameEn: 'Sichuan', nameZh: '四川', kind: 'province', parentId: 'china' },

  // The three hubs
  { id: 'wuhan', nameEn: 'Wuhan', nameZh: '武汉', kind: 'city', parentId: 'hubei' },
  { id: 'xian', nameEn: "Xi'an", nameZh: '西安', kind: 'city', parentId: 'shaanxi' },
  { id: 'chengdu', nameEn: 'Chengdu', nameZh: '成都', kind: 'city', parentId: 'sichuan' },

  // Zones (figures attached to these are zone-level, never city totals)
  {
    id: 'east_lake',
    nameEn: 'East Lake High-tech Zone (Optics Valley)',
    nameZh: '东湖新技术开发区',
    kind: 'zone',
    parentId: 'wuhan',
    note: 'Donghu New Technology Development Zone, known as Optics Valley of China (中国光谷). Founded 1988.',
  },
  {
    id: 'wuhan_biolake',
    nameEn: 'Optics Valley Biolake',
    nameZh: '光谷生物城',
    kind: 'zone',
    parentId: 'wuhan',
    note: 'Biomedicine park inside the East Lake High-tech Zone.',
  },
  { id: 'chengdu_hitech', nameEn: 'Chengdu Hi-tech Zone', nameZh: '成都高新区', kind: 'zone', parentId: 'chengdu', note: 'Chengdu High-tech Industrial Development Zone (成都高新技术产业开发区).' },
  {
    id: 'chengdu_etdz',
    nameEn: 'Chengdu Economic and Technological Development Zone',
    nameZh: '成都经济技术开发区',
    kind: 'zone',
    parentId: 'chengdu',
    note: 'Also known as Longquanyi auto city; the main car-making zone of Chengdu.',
  },
  { id: 'xian_software_city', nameEn: "Xi'an Silk Road Software City", nameZh: '丝路软件城', kind: 'zone', parentId: 'xian', note: "Software park in the Xi'an High-tech Zone." },
  {
    id: 'xian_yanliang',
    nameEn: "Xi'an Yanliang aviation base",
    nameZh: '西安航空基地',
    kind: 'zone',
    parentId: 'xian',
    note: 'National aviation high-tech industrial base in Yanliang district (阎良).',
  },

  // Companies (parent: the hub where headquartered, else the home country, else none)
  { id: 'yofc', nameEn: 'Yangtze Optical Fibre and Cable (YOFC)', nameZh: '长飞光纤光缆', kind: 'company', parentId: 'wuhan' },
  { id: 'fiberhome', nameEn: 'FiberHome Telecommunication Technologies', nameZh: '烽火通信', kind: 'company', parentId: 'wuhan' },
  { id: 'ymtc', nameEn: 'Yangtze Memory Technologies (YMTC)', nameZh: '长江存储', kind: 'company', parentId: 'wuhan' },
  { id: 'xmc', nameEn: 'Wuhan Xinxin Semiconductor Manufacturing (XMC)', nameZh: '武汉新芯', kind: 'company', parentId: 'wuhan' },
  { id: 'hsmc', nameEn: 'Wuhan Hongxin Semiconductor Manufacturing (HSMC)', nameZh: '武汉弘芯', kind: 'company', parentId: 'wuhan' },
  { id: 'dongfeng_honda', nameEn: 'Dongfeng Honda', nameZh: '东风本田', kind: 'company', parentId: 'wuhan' },
  { id: 'longi', nameEn: 'LONGi Green Energy', nameZh: '隆基绿能', kind: 'company', parentId: 'xian' },
  { id: 'avic_xac', nameEn: "AVIC Xi'an Aircraft Industry", nameZh: '中航西飞', kind: 'company', parentId: 'xian' },
  { id: 'avic_cac', nameEn: 'AVIC Chengdu Aircraft Industry', nameZh: '航空工业成飞', kind: 'company', parentId: 'chengdu' },
  { id: 'samsung', nameEn: 'Samsung Electronics', nameZh: '三星', kind: 'company', parentId: null },
  { id: 'micron', nameEn: 'Micron Technology', nameZh: '美光', kind: 'company', parentId: 'us' },
  { id: 'intel', nameEn: 'Intel', nameZh: '英特尔', kind: 'company', parentId: 'us' },
  { id: 'ti', nameEn: 'Texas Instruments', nameZh: '德州仪器', kind: 'company', parentId: 'us' },
  { id: 'globalfoundries', nameEn: 'GlobalFoundries', nameZh: '格芯', kind: 'company', parentId: 'us' },
  { id: 'asml', nameEn: 'ASML', nameZh: '阿斯麦', kind: 'company', parentId: null },
  { id: 'eswin', nameEn: 'Eswin', nameZh: '奕斯伟', kind: 'company', parentId: 'china' },
  { id: 'unigroup', nameEn: 'Tsinghua Unigroup', nameZh: '紫光集团', kind: 'company', parentId: 'china' },
  { id: 'smic', nameEn: 'Semiconductor Manufacturing International Corp. (SMIC)', nameZh: '中芯国际', kind: 'company', parentId: 'china' },
  { id: 'huawei', nameEn: 'Huawei', nameZh: '华为', kind: 'company', parentId: 'china' },
  { id: 'byd', nameEn: 'BYD', nameZh: '比亚迪', kind: 'company', parentId: 'china' },
  { id: 'byd_xian', nameEn: "BYD Xi'an plant", nameZh: '比亚迪西安基地', kind: 'company', parentId: 'xian', note: "BYD's vehicle plant in Xi'an; figures attached here cover this plant only, not BYD as a whole." },
  { id: 'boe', nameEn: 'BOE Technology', nameZh: '京东方', kind: 'company', parentId: 'china' },
  { id: 'csot', nameEn: 'TCL China Star Optoelectronics (CSOT)', nameZh: '华星光电', kind: 'company', parentId: 'china' },
  { id: 'tianma', nameEn: 'Tianma Microelectronics', nameZh: '天马微电子', kind: 'company', parentId: 'china' },

  // Universities
  { id: 'whu', nameEn: 'Wuhan University', nameZh: '武汉大学', kind: 'university', parentId: 'wuhan' },
  { id: 'hust', nameEn: 'Huazhong University of Science and Technology (HUST)', nameZh: '华中科技大学', kind: 'university', parentId: 'wuhan' },
  { id: 'xjtu', nameEn: "Xi'an Jiaotong University (XJTU)", nameZh: '西安交通大学', kind: 'university', parentId: 'xian' },
  { id: 'nwpu', nameEn: 'Northwestern Polytechnical University', nameZh: '西北工业大学', kind: 'university', parentId: 'xian' },
  { id: 'xidian', nameEn: 'Xidian University', nameZh: '西安电子科技大学', kind: 'university', parentId: 'xian' },
  { id: 'uestc', nameEn: 'University of Electronic Science and Technology of China (UESTC)', nameZh: '电子科技大学', kind: 'university', parentId: 'chengdu' },
  { id: 'scu', nameEn: 'Sichuan University', nameZh: '四川大学', kind: 'university', parentId: 'chengdu' },
];
