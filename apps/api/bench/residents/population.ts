// Who the generated residents are: a district of Shandong with ~1M people over 200 committees
// (~5,000 each, as QUALITY.md §3 measured). Names, so that a 2-character fragment matches as
// many people as it would in a real registry: surnames and generation-typical given names from
// the demo seed (src/seed/names.ts: 建国/秀英 for the 1940s, 子轩/梓涵 for the 2010s), and as
// many again composed from common given-name characters (the long tail real registries have:
// the demo's 60 surnames × 215 given names allow at most ~13,000 distinct full names; with the
// composed half a million residents have ~175,000).
// ID numbers are valid (composeIdNumber), unique, and agree with sex and birth date.
import { composeIdNumber } from '@cr/shared/validators/id-number'
import { birthDateForAge, yearOf } from '../../src/seed/calendar.ts'
import { pickGivenName, pickSurname } from '../../src/seed/names.ts'
import type { TRandom } from '../../src/seed/random.ts'
import type { TResidentRowInput } from '../../src/modules/residents/resident-row.ts'

/** "Today" of the generated data: fixed, so a seed gives the same people on any day. */
export const populationToday = '2026-01-01'

const chars = (list: string) => [...list.replaceAll(' ', '')]

// Given-name characters, most common first (weights fall off as 1/rank^0.7).
const maleChars = chars(
  '伟 强 磊 军 勇 杰 涛 明 超 刚 平 辉 鹏 华 飞 鑫 波 斌 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 阳 峰 建 国 志 文 海 东 晓 永 立 兵 春 成 新 庆 德 光 亮 家 子 振 天 金 玉 学 忠 良 安 荣 彬 毅 坤 洪 江 瑞 博 森 锋 剑',
)
const femaleChars = chars(
  '芳 娜 敏 静 丽 艳 秀 英 霞 燕 玲 桂 娟 婷 红 梅 兰 琳 莉 慧 洁 萍 雪 颖 倩 琴 云 凤 珍 玉 佳 欣 怡 晶 月 悦 淑 华 美 春 丹 璐 蓉 琪 菲 薇 翠 荣 晓 小 雅 彩 青 岚 宁 爱 素 香 琦 瑶 茜 婉 妍',
)

/** Picks by precomputed cumulative weights (binary search): millions of picks stay cheap. */
const zipfPicker = <T>(items: readonly T[], exponent: number) => {
  const cumulative: number[] = []
  let total = 0
  items.forEach((_, rank) => cumulative.push((total += 1 / (rank + 1) ** exponent)))
  return (random: TRandom): T => {
    const roll = random.next() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! > roll) hi = mid
      else lo = mid + 1
    }
    return items[lo]!
  }
}

const pickMaleChar = zipfPicker(maleChars, 0.7)
const pickFemaleChar = zipfPicker(femaleChars, 0.7)

const givenName = (random: TRandom, birthYear: number, male: boolean) => {
  // Half from the generation lists of the demo seed, half composed from common characters.
  if (random.chance(0.5)) return pickGivenName(random, birthYear, male)
  const pick = male ? pickMaleChar : pickFemaleChar
  const first = pick(random)
  if (random.chance(0.2)) return first
  let second = pick(random)
  while (second === first) second = pick(random)
  return first + second
}

// Where ID numbers come from: most people were registered in the county itself (垦利), the rest
// elsewhere in Dongying, Shandong and a few other provinces (floating population).
const regions: readonly (readonly [string, number])[] = [
  ['370521', 70], // 垦利, the demo's county (src/seed/kenli.ts)
  ['370502', 8], // 东营区
  ['370503', 3], // 河口区
  ['370522', 3], // 利津县
  ['370523', 3], // 广饶县
  ['370102', 2], // 济南 历下区
  ['370202', 2], // 青岛 市南区
  ['371302', 2], // 临沂 兰山区
  ['410102', 2], // 郑州 中原区
  ['130102', 2], // 石家庄 长安区
  ['230102', 1], // 哈尔滨 道里区
  ['340102', 1], // 合肥 瑶海区
  ['510104', 1], // 成都 锦江区
]

const regionIndexes = regions.map(([, weight], index) => [index, weight] as const)

const codes = <T extends string>(entries: readonly (readonly [T | null, number])[]) => entries

const educationByAge = (age: number) =>
  age < 7
    ? codes([[null, 1]])
    : age < 16
      ? codes([
          ['80', 5],
          ['70', 4],
        ])
      : codes([
          ['80', 12],
          ['70', 30],
          ['60', 18],
          ['40', 10],
          ['30', 13],
          ['20', 13],
          ['14', 3],
          ['11', 1],
        ])

const employmentByAge = (age: number) =>
  age < 6
    ? codes([[null, 1]])
    : age < 22
      ? codes([['31', 1]])
      : age >= 60
        ? codes([
            ['80', 8],
            ['27', 1],
            ['70', 1],
          ])
        : codes([
            ['24', 20],
            ['17', 15],
            ['27', 10],
            ['54', 10],
            ['13', 10],
            ['21', 5],
            ['51', 8],
            ['11', 3],
            ['70', 9],
            ['90', 10],
          ])

const maritalByAge = (age: number) =>
  age < 20
    ? codes([[null, 1]])
    : age < 30
      ? codes([
          ['10', 5],
          ['20', 5],
        ])
      : age < 70
        ? codes([
            ['20', 80],
            ['10', 6],
            ['40', 7],
            ['22', 4],
            ['30', 3],
          ])
        : codes([
            ['20', 60],
            ['30', 38],
            ['40', 2],
          ])

const politicalByAge = (age: number) =>
  age < 14
    ? codes([[null, 1]])
    : age < 28
      ? codes([
          ['03', 50],
          ['13', 45],
          ['01', 4],
          ['02', 1],
        ])
      : codes([
          ['13', 86],
          ['01', 12],
          ['02', 1],
          ['12', 1],
        ])

const ethnicities = codes([
  ['01', 985],
  ['03', 6], // 回族
  ['11', 4], // 满族
  ['02', 2], // 蒙古族
  ['10', 1], // 朝鲜族
  ['15', 1], // 土家族
  ['08', 1], // 壮族
])

const categories = [
  ['registered', 72],
  ['permanent', 10],
  ['temporary', 6],
  ['floating', 7],
  ['separated', 5],
] as const

/** A person before encryption: what a clerk would type in, as the row builder takes it. */
export type TPerson = TResidentRowInput

export type TPopulation = {
  /** The next person, in committee `committeeId`. */
  next(committeeId: string): TPerson
}

/**
 * Deterministic for a given random source. ID numbers are unique across the whole population
 * (region, birth date and sequence are drawn again on a collision, as a registry would refuse
 * a duplicate): ~1M numbers over ~13 regions × 33k days × 500 sequences per sex.
 */
export const createPopulation = (random: TRandom, loadedAt: Date): TPopulation => {
  const taken = new Set<number>()
  const dayMs = 86_400_000
  const idFor = (male: boolean, birthDate: string) => {
    const days = Math.round(Date.parse(`${birthDate}T00:00:00Z`) / dayMs) + 40_000
    for (;;) {
      const regionIndex = random.weighted(regionIndexes)
      const sequence = random.int(0, 499)
      const key = ((regionIndex * 80_000 + days) * 500 + sequence) * 2 + (male ? 1 : 0)
      if (taken.has(key)) continue
      taken.add(key)
      return composeIdNumber(regions[regionIndex]![0], birthDate, sequence * 2 + (male ? 1 : 0))
    }
  }
  return {
    next: (committeeId) => {
      // Ages: flat to 60, thinning out to 100 (a town's pyramid, roughly).
      const age = random.chance(0.8)
        ? random.int(0, 59)
        : 60 + Math.floor(random.next() ** 1.6 * 40)
      const birthDate = birthDateForAge(random, populationToday, age)
      const male = random.chance(0.5)
      const idNumber = idFor(male, birthDate)
      const phone = random.chance(age < 12 ? 0.05 : 0.85)
        ? `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`
        : null
      const tags: string[] = []
      if (age >= 60 && random.chance(0.6)) tags.push('elderly')
      if (age >= 70 && random.chance(0.15)) tags.push('living_alone')
      if (random.chance(0.02)) tags.push('disabled')
      if (random.chance(0.015)) tags.push('dibao')
      if (age >= 22 && random.chance(0.02)) tags.push('veteran')
      // About 1% were removed (moved away, deceased): soft-deleted rows the lists must skip.
      const deleted = random.chance(0.01)
      return {
        committeeId,
        name: pickSurname(random) + givenName(random, yearOf(birthDate), male),
        idNumber,
        ethnicity: random.weighted(ethnicities),
        education: random.weighted(educationByAge(age)),
        politicalStatus: random.weighted(politicalByAge(age)),
        maritalStatus: random.weighted(maritalByAge(age)),
        employmentStatus: random.weighted(employmentByAge(age)),
        phone,
        category: random.weighted(categories),
        tags,
        notes: null,
        createdAt: loadedAt,
        updatedAt: loadedAt,
        deletedAt: deleted ? loadedAt : null,
      }
    },
  }
}
