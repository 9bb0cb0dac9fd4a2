import { addDays, addYears, dayBetween, laterOf } from './calendar.ts'
import type { TPlannedHousehold } from './household-plan.ts'
import type { TPlannedResident } from './people.ts'
import type { TPlannedBuilding, TPlannedDwelling } from './places.ts'
import type { TRandom } from './random.ts'

export type TPlannedLeader = { buildingId: string; residentId: string; since: string }

/**
 * 楼长 for most buildings: one or two registered residents of the building aged 40–72, party
 * members more often (the seed document's 楼长 patrol in twos and threes), appointed some time
 * in the last twelve years after they moved in.
 */
export const planLeaders = (
  random: TRandom,
  committee: {
    buildings: TPlannedBuilding[]
    dwellings: TPlannedDwelling[]
    households: TPlannedHousehold[]
    residents: TPlannedResident[]
  },
  today: string,
): TPlannedLeader[] => {
  const buildingOf = new Map(committee.dwellings.map((d) => [d.id, d.buildingId]))
  const residentById = new Map(committee.residents.map((r) => [r.id, r]))
  const candidates = new Map<string, { resident: TPlannedResident; joinedOn: string }[]>()
  for (const household of committee.households) {
    const buildingId = buildingOf.get(household.dwellingId)!
    for (const member of household.members) {
      const resident = residentById.get(member.residentId)!
      if (resident.category !== 'registered' || resident.age < 40 || resident.age > 72) continue
      const list = candidates.get(buildingId) ?? []
      list.push({ resident, joinedOn: member.joinedOn })
      candidates.set(buildingId, list)
    }
  }
  const leaders: TPlannedLeader[] = []
  for (const building of committee.buildings) {
    const pool = candidates.get(building.id) ?? []
    if (pool.length === 0 || !random.chance(0.85)) continue
    const count = Math.min(pool.length, random.chance(0.7) ? 1 : 2)
    for (let i = 0; i < count; i++) {
      const chosen = random.weighted(
        pool.map((c) => [c, c.resident.politicalStatus === '01' ? 3 : 1] as const),
      )
      pool.splice(pool.indexOf(chosen), 1)
      const since = dayBetween(
        random,
        laterOf(chosen.joinedOn, addYears(today, -12)),
        addDays(today, -30),
      )
      leaders.push({ buildingId: building.id, residentId: chosen.resident.id, since })
    }
  }
  return leaders
}
