import { pickSurname } from './names.ts'
import { type TRandom, weights } from './random.ts'

/**
 * Household compositions (户的结构) with GB/T 4761 relationships to the head, and ages and sexes
 * that fit them: a spouse (10) of the other sex and a similar age, children (20 子 / 30 女)
 * born when their mother was 22–31 (mostly one child for births 1978–2010, as urban Shandong
 * had), the head's parents (51/52) or parents-in-law (53–56) a generation older, a married
 * child's spouse (28 女婿 / 38 儿媳) and grandchildren (41/42 through a son, 43/44 through a
 * daughter).
 * Tenants live alone, as couples, with small children, or share with a non-relative (99).
 */
export type TJoin =
  /** Moved in with the household. */
  | { kind: 'with_household' }
  /** Born into it: joined on the birth date when that is after the move-in. */
  | { kind: 'born' }
  /** Married in, this many years ago. */
  | { kind: 'married_in'; yearsAgo: number }
  /** Came later (elderly parents moving in with their child). */
  | { kind: 'later'; withinYears: number }

export type TMemberDraft = {
  relationship: string
  male: boolean
  age: number
  surname: string
  /** GB/T 2261.2. */
  maritalStatus: string
  join: TJoin
  /** Whose line the person belongs to, for ethnicity: the head's family or an in-law. */
  inLaw: boolean
}

export const ownerFamilyKinds = [
  'nuclear',
  'three_generations_up',
  'three_generations_down',
  'elderly_couple',
  'elderly_single',
  'young_couple',
  'single_adult',
  'single_parent',
] as const
export const tenantFamilyKinds = [
  'tenant_single',
  'tenant_couple',
  'tenant_family',
  'tenant_sharing',
] as const
export type TFamilyKind = (typeof ownerFamilyKinds)[number] | (typeof tenantFamilyKinds)[number]

export type TFamilyDraft = { kind: TFamilyKind; members: TMemberDraft[] }

const ownerKindWeights = weights(
  'nuclear:34 three_generations_up:10 three_generations_down:12 elderly_couple:15 ' +
    'elderly_single:9 young_couple:7 single_adult:8 single_parent:5',
) as readonly (readonly [TFamilyKind, number])[]
const tenantKindWeights = weights(
  'tenant_single:45 tenant_couple:28 tenant_family:20 tenant_sharing:7',
) as readonly (readonly [TFamilyKind, number])[]

/** Husband's age minus wife's. */
const ageGaps = weights('-2:1 -1:2 0:4 1:5 2:5 3:4 4:2 5:1 6:1')
const ageGap = (random: TRandom) => Number(random.weighted(ageGaps))

const withHousehold: TJoin = { kind: 'with_household' }

type TCouple = { husband: TMemberDraft; wife: TMemberDraft; head: TMemberDraft }

/** A married couple; the husband is the head in most ledgers, the wife in about one in five. */
const couple = (random: TRandom, husbandAge: number, headMale = random.chance(0.8)): TCouple => {
  const married = random.chance(0.93) ? '20' : '22'
  const husband: TMemberDraft = {
    relationship: headMale ? '02' : '10',
    male: true,
    age: husbandAge,
    surname: pickSurname(random),
    maritalStatus: married,
    join: withHousehold,
    inLaw: !headMale,
  }
  const wife: TMemberDraft = {
    relationship: headMale ? '10' : '02',
    male: false,
    age: Math.max(20, husbandAge - ageGap(random)),
    surname: pickSurname(random),
    maritalStatus: married,
    join: withHousehold,
    inLaw: headMale,
  }
  return { husband, wife, head: headMale ? husband : wife }
}

/**
 * Children per mother by the first child's birth year: often several before 1978, mostly one
 * under the one-child policy, often two again for mothers who could have a second after 2015.
 */
const childCount = (random: TRandom, firstBorn: number) => {
  if (firstBorn < 1978) return Number(random.weighted(weights('1:2 2:4 3:2')))
  if (firstBorn < 2011) return random.chance(0.1) ? 2 : 1
  return random.chance(0.45) ? 2 : 1
}

/**
 * Ages of a mother's children still at home (at most `maxAge`): the first born when she was
 * 22–31, the others two to six years apart.
 */
const childAges = (random: TRandom, year: number, motherAge: number, maxAge: number) => {
  const first = motherAge - random.int(22, 31)
  if (first < 0) return []
  const count = childCount(random, year - first)
  const ages = [first]
  for (let i = 1; i < count; i++) {
    const next = ages[i - 1]! - random.int(2, 6)
    if (next < 0) break
    ages.push(next)
  }
  return ages.filter((a) => a <= maxAge)
}

type TChildOptions = { codes: { son: string; daughter: string }; surname: string }

const children = (random: TRandom, ages: number[], options: TChildOptions): TMemberDraft[] =>
  ages.map((age) => {
    const male = random.chance(0.52)
    return {
      relationship: male ? options.codes.son : options.codes.daughter,
      male,
      age,
      surname: options.surname,
      maritalStatus: age >= 28 && random.chance(0.08) ? '40' : '10',
      join: { kind: 'born' },
      inLaw: false,
    }
  })

const ownChildren = { son: '20', daughter: '30' }

const nuclear = (random: TRandom, year: number, maxChildAge = 30): TMemberDraft[] => {
  const c = couple(random, random.int(27, 58))
  const kids = children(random, childAges(random, year, c.wife.age, maxChildAge), {
    codes: ownChildren,
    surname: random.chance(0.95) ? c.husband.surname : c.wife.surname,
  })
  return [c.head, c.head === c.husband ? c.wife : c.husband, ...kids]
}

/** A couple with children and the parents of one of them (51/52, or 53–56 for in-laws). */
const threeGenerationsUp = (random: TRandom, year: number): TMemberDraft[] => {
  const c = couple(random, random.int(32, 52))
  const spouse = c.head === c.husband ? c.wife : c.husband
  const kids = children(random, childAges(random, year, c.wife.age, 25), {
    codes: ownChildren,
    surname: c.husband.surname,
  })
  const headsParents = random.chance(0.78)
  const child = headsParents ? c.head : spouse
  const [fatherCode, motherCode] = headsParents
    ? ['51', '52']
    : child.male
      ? ['53', '54']
      : ['55', '56']
  const fatherAge = child.age + random.int(23, 33)
  const alive = random.weighted(weights('both:55 mother:35 father:10'))
  const elders: TMemberDraft[] = []
  const join: TJoin = { kind: 'later', withinYears: 8 }
  if (alive !== 'mother' && fatherAge <= 95)
    elders.push({
      relationship: fatherCode,
      male: true,
      age: fatherAge,
      surname: child.surname,
      maritalStatus: alive === 'both' ? '20' : '30',
      join,
      inLaw: !headsParents,
    })
  const motherAge = Math.max(child.age + 20, fatherAge - ageGap(random))
  if (alive !== 'father' && motherAge <= 96)
    elders.push({
      relationship: motherCode,
      male: false,
      age: motherAge,
      surname: pickSurname(random),
      maritalStatus: alive === 'both' ? '20' : '30',
      join,
      inLaw: !headsParents,
    })
  return [c.head, spouse, ...kids, ...elders]
}

/** An older couple (or widowed head) with a married child, the child's spouse and grandchildren. */
const threeGenerationsDown = (random: TRandom, year: number): TMemberDraft[] | null => {
  const c = couple(random, random.int(55, 78), random.chance(0.85))
  const widowed = random.chance(0.2)
  const head = c.head
  const spouse = head === c.husband ? c.wife : c.husband
  if (widowed) head.maritalStatus = '30'
  const sonLives = random.chance(0.7)
  const childAge = c.wife.age - random.int(22, 30)
  if (childAge < 24) return null
  const childSurname = random.chance(0.95) ? c.husband.surname : c.wife.surname
  const childSpouseAge = Math.max(
    21,
    sonLives ? childAge - ageGap(random) : childAge + ageGap(random),
  )
  // Married when the younger of the two was 22–29 (never under the legal age).
  const marriedYearsAgo = Math.max(0, Math.min(childAge, childSpouseAge) - random.int(22, 29))
  const child: TMemberDraft = {
    relationship: sonLives ? '20' : '30',
    male: sonLives,
    age: childAge,
    surname: childSurname,
    maritalStatus: '20',
    join: { kind: 'born' },
    inLaw: false,
  }
  const childSpouse: TMemberDraft = {
    relationship: sonLives ? '38' : '28',
    male: !sonLives,
    age: childSpouseAge,
    surname: pickSurname(random),
    maritalStatus: '20',
    join: { kind: 'married_in', yearsAgo: marriedYearsAgo },
    inLaw: true,
  }
  const mother = sonLives ? childSpouse : child
  const grandchildren = children(random, childAges(random, year, mother.age, 25), {
    codes: sonLives ? { son: '41', daughter: '42' } : { son: '43', daughter: '44' },
    surname: sonLives ? child.surname : childSpouse.surname,
  })
  return [head, ...(widowed ? [] : [spouse]), child, childSpouse, ...grandchildren]
}

const single = (random: TRandom, age: number, male: boolean, maritalStatus: string) => ({
  relationship: '02',
  male,
  age,
  surname: pickSurname(random),
  maritalStatus,
  join: withHousehold,
  inLaw: false,
})

const ownerFamily = (random: TRandom, year: number, kind: TFamilyKind): TMemberDraft[] | null => {
  switch (kind) {
    case 'nuclear': {
      const family = nuclear(random, year)
      return family.length > 2 ? family : null
    }
    case 'three_generations_up':
      return threeGenerationsUp(random, year)
    case 'three_generations_down':
      return threeGenerationsDown(random, year)
    case 'elderly_couple': {
      const c = couple(random, random.int(62, 88), random.chance(0.9))
      return [c.head, c.head === c.husband ? c.wife : c.husband]
    }
    case 'elderly_single': {
      const male = random.chance(0.32)
      const marital = random.weighted(weights('30:82 40:10 10:3 20:5'))
      return [single(random, random.int(62, 93), male, marital)]
    }
    case 'young_couple': {
      const c = couple(random, random.int(23, 34))
      return [c.head, c.head === c.husband ? c.wife : c.husband]
    }
    case 'single_adult': {
      const age = random.int(24, 58)
      const marital = random.weighted(weights(age < 35 ? '10:80 40:20' : '40:50 10:30 30:20'))
      return [single(random, age, random.chance(0.55), marital)]
    }
    case 'single_parent': {
      const male = random.chance(0.25)
      const parent = single(random, random.int(30, 52), male, random.chance(0.75) ? '40' : '30')
      const motherAge = male ? parent.age - ageGap(random) : parent.age
      const kids = children(random, childAges(random, year, motherAge, 22), {
        codes: ownChildren,
        surname: male || random.chance(0.3) ? parent.surname : pickSurname(random),
      })
      return kids.length > 0 ? [parent, ...kids] : null
    }
    default:
      return null
  }
}

const tenantFamily = (random: TRandom, year: number, kind: TFamilyKind): TMemberDraft[] => {
  switch (kind) {
    case 'tenant_couple': {
      const c = couple(random, random.int(21, 40))
      return [c.head, c.head === c.husband ? c.wife : c.husband]
    }
    case 'tenant_family': {
      const c = couple(random, random.int(26, 42))
      const kids = children(random, childAges(random, year, c.wife.age, 14), {
        codes: ownChildren,
        surname: c.husband.surname,
      })
      return [c.head, c.head === c.husband ? c.wife : c.husband, ...kids]
    }
    case 'tenant_sharing': {
      const male = random.chance(0.6)
      const first = single(random, random.int(19, 32), male, '10')
      return [first, { ...single(random, random.int(19, 32), male, '10'), relationship: '99' }]
    }
    default: {
      const age = random.int(19, 50)
      const marital = age < 28 ? '10' : random.weighted(weights('20:60 10:30 40:10'))
      return [single(random, age, random.chance(0.62), marital)]
    }
  }
}

/** A household's people, the head first; `tenant` picks from the renting households. */
export const draftFamily = (random: TRandom, year: number, tenant: boolean): TFamilyDraft => {
  for (;;) {
    if (tenant) {
      const kind = random.weighted(tenantKindWeights)
      return { kind, members: tenantFamily(random, year, kind) }
    }
    const kind = random.weighted(ownerKindWeights)
    const members = ownerFamily(random, year, kind)
    if (members) return { kind, members }
  }
}
