/**
 * The place this demo models: the county town of 垦利县 (Dongying, Shandong; ID region code
 * 370521), run by the 垦利县社区管委会 (2.7万 people in the seed document). 永兴 and 和平 are the
 * committees the document names; the others, the streets and the estates are plausible inventions.
 */
export const kenliRegion = '370521'

/** Code of the 街道 the committees belong to: committee codes are this plus three digits. */
export const townCode = `${kenliRegion}001`

export type TCommitteeSpec = {
  /** Pinyin, for the clerk's username (`clerk_<key>`). */
  key: string
  name: string
  /** Share of the population relative to the others. */
  weight: number
  streets: readonly string[]
  /** Estates (小区) in this committee, the first ones divided into grids. */
  estates: readonly string[]
}

export const committeeSpecs: readonly TCommitteeSpec[] = [
  {
    key: 'yongxing',
    name: '永兴社区居委会',
    weight: 1.2,
    streets: ['永兴路', '育才路', '光明街'],
    estates: ['永兴小区', '育才小区', '金城花苑'],
  },
  {
    key: 'heping',
    name: '和平社区居委会',
    weight: 1.0,
    streets: ['和平路', '文化路', '新兴路'],
    estates: ['和平小区', '文苑小区', '馨苑小区'],
  },
  {
    key: 'shengli',
    name: '胜利社区居委会',
    weight: 1.1,
    streets: ['胜利大街', '黄河路', '利河路'],
    estates: ['胜利小区', '油田小区', '黄河花园'],
  },
  {
    key: 'xinglong',
    name: '兴隆社区居委会',
    weight: 0.9,
    streets: ['兴隆街', '商业街', '振兴路'],
    estates: ['兴隆家园', '振兴小区'],
  },
  {
    key: 'minfeng',
    name: '民丰社区居委会',
    weight: 0.8,
    streets: ['民丰路', '康平路', '团结路'],
    estates: ['民丰小区', '康居小区', '福苑小区'],
  },
  {
    key: 'xinhua',
    name: '新华社区居委会',
    weight: 1.0,
    streets: ['新华路', '府前街', '行政路'],
    estates: ['新华小区', '怡景苑', '翠园小区'],
  },
]

/** Dongying's area code; county-town numbers start with 25. */
export const landlinePrefix = '0546-25'

/** Other Shandong counties: where some people registered here were born; where tenants come from. */
export const shandongRegions = [
  '370502', // 东营区
  '370503', // 河口区
  '370522', // 利津县
  '370523', // 广饶县
  '371621', // 惠民县
  '371622', // 阳信县
  '371623', // 无棣县
  '371625', // 博兴县
  '370724', // 临朐县
  '371122', // 莒县
  '371321', // 沂南县
  '372926', // 巨野县
] as const

/** Other provinces: 流动 workers and their families. */
export const otherProvinceRegions = [
  '130926', // 河北 肃宁县
  '410523', // 河南 汤阴县
  '411323', // 河南 淅川县
  '340822', // 安徽 怀宁县
  '320721', // 江苏 赣榆
  '140105', // 山西 太原小店区
  '230102', // 黑龙江 哈尔滨道里区
  '510921', // 四川 蓬溪县
] as const
