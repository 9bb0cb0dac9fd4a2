import type { TPopulationCategory } from '@cr/shared/residents/resident-codes'
import { pickEthnicity } from './attributes.ts'
import { addDays, addYears, dayBetween, earlierOf, laterOf } from './calendar.ts'
import { draftFamily, type TFamilyKind, type TMemberDraft } from './families.ts'
import { kenliRegion, otherProvinceRegions, shandongRegions } from './kenli.ts'
import type { TPeopleMaker, TPlannedResident } from './people.ts'
import type { TPlannedDwelling } from './places.ts'
import { type TRandom, weights } from './random.ts'
import { tagHousehold } from './tags.ts'

export type TPlannedMember = {
  residentId: string
  relationship: string
  joinedOn: string
  /** Why they joined after the household was set up (出生, 婚入, 随子女居住). */
  reason: string | null
}

export type TPlannedHousehold = {
  id: string
  committeeId: string
  dwellingId: string
  headResidentId: string
  kind: TFamilyKind
  movedInOn: string
  /** The head first, relationship 02. */
  members: TPlannedMember[]
}

const ownerCategories = weights('registered:92 separated:5 permanent:3') as readonly (readonly [
  TPopulationCategory,
  number,
])[]

/**
 * Where a person's ID number was issued: 垦利 for most people registered here (some were born in
 * other Shandong counties); for 人户分离/常住 households and tenants one place for the family,
 * another Shandong county or, for many 流动 workers, another province.
 */
const regionPicker = (random: TRandom, category: TPopulationCategory) => {
  if (category === 'registered')
    return (draft: TMemberDraft) =>
      draft.join.kind === 'born' || random.chance(0.85) ? kenliRegion : random.pick(shandongRegions)
  const tenant = category === 'temporary' || category === 'floating'
  const pickRegion = () =>
    tenant && random.chance(0.4) ? random.pick(otherProvinceRegions) : random.pick(shandongRegions)
  const family = pickRegion()
  // People sharing a flat come from different places; families from one.
  return (draft: TMemberDraft) => (draft.relationship === '99' ? pickRegion() : family)
}

/**
 * The household living in one dwelling: its people (owners are mostly registered here, tenants
 * are 暂住 or 流动), the move-in date (after the building was built and the adults were grown,
 * within the last four years for tenants) and each member's joining date and reason.
 */
export const planHousehold = (
  random: TRandom,
  makePeople: TPeopleMaker,
  dwelling: TPlannedDwelling,
  today: string,
  newId: () => string,
): { household: TPlannedHousehold; residents: TPlannedResident[] } => {
  const tenant = dwelling.use === 'rented'
  const family = draftFamily(random, Number(today.slice(0, 4)), tenant)
  const category: TPopulationCategory = tenant
    ? random.chance(0.65)
      ? 'temporary'
      : 'floating'
    : random.weighted(ownerCategories)
  const regionOf = regionPicker(random, category)
  const ethnicity = pickEthnicity(random)
  const names = new Set<string>()
  const residents = family.members.map((draft) =>
    makePeople.resident(draft, {
      committeeId: dwelling.committeeId,
      region: regionOf(draft),
      category,
      ethnicity: draft.inLaw && random.chance(0.03) ? pickEthnicity(random) : ethnicity,
      tenant,
      names,
    }),
  )
  tagHousehold(random, family.kind, residents)

  const latest = addDays(today, -20)
  const youngestFounder = family.members
    .map((draft, i) => ({ draft, birthDate: residents[i]!.birthDate }))
    .filter(({ draft }) => draft.join.kind === 'with_household')
    .reduce((a, b) => (a.birthDate > b.birthDate ? a : b)).birthDate
  const earliest = [
    `${dwelling.builtYear}-06-01`,
    addYears(youngestFounder, 18),
    tenant ? addYears(today, -4) : '1980-01-01',
  ].reduce(laterOf)
  const movedInOn = dayBetween(random, earlierOf(earliest, latest), latest)

  const members = family.members.map((draft, i): TPlannedMember => {
    const person = residents[i]!
    const base = { residentId: person.id, relationship: draft.relationship }
    const { join } = draft
    if (join.kind === 'born' && person.birthDate > movedInOn)
      return { ...base, joinedOn: person.birthDate, reason: '出生' }
    if (join.kind === 'married_in') {
      const married = dayBetween(
        random,
        addYears(today, -join.yearsAgo - 1),
        addYears(today, -join.yearsAgo),
      )
      if (married > movedInOn)
        return { ...base, joinedOn: earlierOf(married, addDays(today, -1)), reason: '婚入' }
    }
    if (join.kind === 'later') {
      const came = dayBetween(random, movedInOn, addYears(movedInOn, join.withinYears))
      if (came > movedInOn)
        return { ...base, joinedOn: earlierOf(came, addDays(today, -1)), reason: '随子女居住' }
    }
    return { ...base, joinedOn: movedInOn, reason: null }
  })

  return {
    household: {
      id: newId(),
      committeeId: dwelling.committeeId,
      dwellingId: dwelling.id,
      headResidentId: residents[0]!.id,
      kind: family.kind,
      movedInOn,
      members,
    },
    residents,
  }
}
