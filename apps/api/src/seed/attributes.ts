import { type TRandom, weights } from './random.ts'

/**
 * A person's coded attributes as a county town's ledger would have them, by age and sex:
 * education (GB/T 4658) by the decade of birth, political status (GB/T 4762: about 7% of adults
 * are party members, many young people league members) and occupation (GB/T 2261.4: students,
 * the retired from 60 for men and 55 for women, workers and traders in between). Tenants (暂住,
 * 流动) have less schooling and more trade and labouring jobs than the registered population.
 */
export type TPersonFacts = { age: number; male: boolean; birthYear: number; tenant: boolean }

const educationByCohort = [
  { until: 1950, weights: weights('90:25 80:40 70:25 60:8 40:2') },
  { until: 1965, weights: weights('80:20 70:40 60:25 40:10 30:5') },
  { until: 1980, weights: weights('70:30 60:25 40:18 30:17 20:10') },
  { until: 1995, weights: weights('70:12 60:18 40:18 30:27 20:22 14:3') },
  { until: 9999, weights: weights('60:10 40:15 30:35 20:33 14:7') },
]

export const pickEducation = (random: TRandom, p: TPersonFacts): string | null => {
  if (p.age < 7) return null
  if (p.age <= 15) return '80'
  if (p.age <= 18) return '70'
  if (p.age <= 21) return '60'
  // Tenants draw from the cohort before theirs: less schooling than the town's own.
  const index = educationByCohort.findIndex((c) => p.birthYear <= c.until)
  return random.weighted(educationByCohort[Math.max(0, index - (p.tenant ? 1 : 0))]!.weights)
}

export const pickPoliticalStatus = (random: TRandom, p: TPersonFacts): string | null => {
  if (p.age < 14) return null
  if (p.age <= 28) {
    if (p.age >= 22 && random.chance(0.03)) return random.chance(0.7) ? '01' : '02'
    return random.chance(p.tenant ? 0.2 : 0.35) ? '03' : '13'
  }
  if (random.chance(p.tenant ? 0.03 : p.male ? 0.09 : 0.05)) return '01'
  if (random.chance(0.004)) return random.pick(['05', '07', '10', '12'])
  return '13'
}

const workingTown = weights('24:22 17:15 13:12 54:12 21:5 11:4 51:8 70:10 27:4 90:3')
const workingTenant = weights('24:35 54:25 51:15 17:10 13:5 70:5 90:5')
const retiredTown = weights('80:80 70:12 27:8')
const retiredTenant = weights('70:5 24:3 54:2')

export const isRetirementAge = (p: Pick<TPersonFacts, 'age' | 'male'>) =>
  p.male ? p.age >= 60 : p.age >= 55

export const pickEmployment = (random: TRandom, p: TPersonFacts): string | null => {
  if (p.age < 6) return null
  if (p.age <= 18) return '31'
  if (p.age <= 22 && random.chance(p.tenant ? 0.2 : 0.7)) return '31'
  // Women in urban enterprises often retired at 50.
  if (isRetirementAge(p) || (!p.male && p.age >= 50 && random.chance(0.5)))
    return random.weighted(p.tenant ? retiredTenant : retiredTown)
  return random.weighted(p.tenant ? workingTenant : workingTown)
}

/** 汉族 almost everyone; a few 回族 and 满族 households, as in Dongying. */
const ethnicities = weights('01:985 03:9 11:4 02:1 10:1')
export const pickEthnicity = (random: TRandom) => random.weighted(ethnicities)

const mobilePrefixes = (
  '130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 ' +
  '166 176 177 178 180 181 182 183 185 186 187 188 189 198 199'
).split(' ')

/** An 11-digit mobile number (1[3-9]…), unique among those `used`. */
export const pickMobile = (random: TRandom, used: Set<string>) => {
  for (;;) {
    const suffix = String(random.int(0, 99_999_999)).padStart(8, '0')
    const phone = `${random.pick(mobilePrefixes)}${suffix}`
    if (!used.has(phone)) {
      used.add(phone)
      return phone
    }
  }
}

/** Most people past school age have a phone; few of the very old and of children do. */
export const hasPhone = (random: TRandom, age: number) =>
  random.chance(age < 12 ? 0 : age < 16 ? 0.3 : age < 80 ? 0.92 : 0.45)
