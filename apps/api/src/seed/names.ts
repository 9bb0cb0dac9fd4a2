import type { TRandom } from './random.ts'

/**
 * Chinese names as a Shandong county town has them: surnames weighted towards the province's
 * most common (王, 张, 李, 刘 lead; 薄 and 綦 are local), given names by the decade of birth
 * (建国/秀英 for the 1940s, 伟/静 for the 1980s, 子轩/梓涵 for the 2010s).
 * Surnames are written `王100 张80 …`: each with its weight.
 */
const surnames =
  '王100 张80 李80 刘70 陈28 杨28 孙36 赵30 徐22 马20 高25 于20 孟10 崔15 宋15 郭15 董15 韩15 曹10 姜15 周10 吴10 黄8 朱10 田10 薄5 綦3 商3 胡8 林6 何5 梁6 郑6 谢4 唐4 冯6 程5 袁4 邓3 许5 魏7 薛5 丁7 贾6 任6 石6 范5 毛3 邱3 秦4 史4 侯5 邵4 尹4 常4 武5 乔4 牛4 左3 房3'
    .split(' ')
    .map((entry) => [entry[0]!, Number(entry.slice(1))] as const)

const words = (list: string) => list.split(' ')

type TGeneration = { until: number; male: readonly string[]; female: readonly string[] }

const generations: readonly TGeneration[] = [
  {
    until: 1955,
    male: words(
      '建国 国庆 振华 德明 志强 保国 长林 玉山 学文 宝山 永才 德胜 树林 福生 连成 庆丰 广田 秀峰 洪亮 殿臣 金贵 明 山 成',
    ),
    female: words(
      '秀英 桂英 秀兰 玉兰 桂兰 凤英 淑珍 玉珍 秀珍 素芳 翠兰 桂芝 淑英 玉梅 秀云 凤兰 兰英 玉英 春花 金凤 荣 芳',
    ),
  },
  {
    until: 1975,
    male: words(
      '卫东 红军 建军 建华 建平 志刚 国强 立新 卫国 文斌 海涛 永刚 春生 东升 新民 学军 立军 爱国 军 勇 刚 伟 平 斌 峰',
    ),
    female: words(
      '红 丽 艳 霞 敏 燕 萍 红梅 丽华 秀梅 海燕 爱华 红霞 春梅 卫红 建红 玉玲 桂香 美玲 晓红 丽萍 凤霞',
    ),
  },
  {
    until: 1990,
    male: words(
      '伟 磊 涛 鹏 超 勇 杰 强 军 斌 波 亮 辉 海波 志勇 建伟 晓东 海峰 文博 俊杰 鹏飞 晓明 国栋 建龙 东',
    ),
    female: words(
      '丽 静 敏 燕 艳 娟 霞 婷 芳 颖 晓燕 丽娜 海燕 晓丽 文静 雪梅 春燕 丽丽 娜 倩 玲玲 晓红 莉',
    ),
  },
  {
    until: 2005,
    male: words(
      '浩 宇 鑫 帅 凯 磊 洋 博 晨 昊 浩然 宇航 子豪 家豪 俊豪 文浩 鹏宇 天宇 振宇 明轩 志豪 一鸣 嘉豪 晨阳',
    ),
    female: words(
      '婷婷 雪 琪 欣 悦 佳 慧 蕾 丹丹 梦瑶 欣怡 佳怡 雨欣 思雨 心怡 梦琪 晓雪 玉洁 静怡 雅琪 晨曦 璐',
    ),
  },
  {
    until: 9999,
    male: words(
      '子轩 浩宇 宇轩 梓豪 俊熙 一诺 沐阳 梓睿 子墨 奕辰 宇泽 俊宇 铭泽 睿泽 皓轩 锦程 思远 承泽 博文 逸飞 煜祺 诺',
    ),
    female: words(
      '梓涵 欣怡 子涵 一诺 诗涵 雨桐 可欣 梓萱 若汐 语桐 思涵 雨涵 依诺 梦瑶 沐晨 芷若 安琪 子萱 欣妍 语嫣 佳琪 钰',
    ),
  },
]

export const pickSurname = (random: TRandom) => random.weighted(surnames)

/** A given name of the person's generation; `male` picks from the boys' names. */
export const pickGivenName = (random: TRandom, birthYear: number, male: boolean) => {
  const generation = generations.find((g) => birthYear <= g.until) ?? generations.at(-1)!
  return random.pick(male ? generation.male : generation.female)
}
