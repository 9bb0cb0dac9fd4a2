import type { TResidentTag } from '@cr/shared/residents/resident-codes'
import type { TFamilyKind } from './families.ts'
import type { TPlannedResident } from './people.ts'
import type { TRandom } from './random.ts'

/**
 * The care tags clerks filter by, given to a household's people: 老年 from 60; 独居 for an elderly
 * person living alone; 留守 for some elderly couples whose children work away; 残疾 (more often
 * with age, with the certificate noted); 下岗失业 for some of the unemployed of working age;
 * 退役军人 and 优抚 for some older men; 低保 for about one registered household in eighty, more
 * often where someone is disabled, unemployed or alone (the seed document: 112 households).
 */
const disabilityKinds = ['肢体', '视力', '听力', '言语', '智力', '精神'] as const
const grades = ['一', '二', '三', '四'] as const

const add = (resident: TPlannedResident, tag: TResidentTag) => {
  if (!resident.tags.includes(tag)) resident.tags.push(tag)
}

const tagPerson = (random: TRandom, r: TPlannedResident) => {
  if (r.age >= 60) add(r, 'elderly')
  if (random.chance(r.age < 60 ? 0.01 : r.age < 80 ? 0.03 : 0.06)) {
    add(r, 'disabled')
    r.notes = `残疾证：${random.pick(disabilityKinds)}${random.pick(grades)}级`
  }
  if (r.employmentStatus === '70' && r.age >= 30 && r.age < 60 && random.chance(0.6))
    add(r, 'unemployed')
  if (r.male && r.age >= 35 && r.age <= 85 && random.chance(0.03)) {
    add(r, 'veteran')
    if (random.chance(0.3)) add(r, 'youfu')
  }
  if (!r.male && r.age >= 70 && random.chance(0.005)) add(r, 'youfu')
}

export const tagHousehold = (random: TRandom, kind: TFamilyKind, people: TPlannedResident[]) => {
  for (const person of people) tagPerson(random, person)
  const [head] = people
  if (people.length === 1 && head && head.age >= 60) add(head, 'living_alone')
  if (kind === 'elderly_couple' && random.chance(0.1))
    for (const person of people) add(person, 'left_behind')
  if (head?.category !== 'registered') return
  const needy =
    kind === 'elderly_single' ||
    kind === 'single_parent' ||
    people.some((p) => p.tags.includes('disabled') || p.tags.includes('unemployed'))
  if (random.chance(needy ? 0.06 : 0.008)) for (const person of people) add(person, 'dibao')
}
