import { todayCst } from '../lib/dates.ts'
import { newId as defaultNewId } from '../lib/ids.ts'
import { planHousehold, type TPlannedHousehold } from './household-plan.ts'
import { committeeSpecs, kenliRegion, landlinePrefix, shandongRegions, townCode } from './kenli.ts'
import { planLeaders, type TPlannedLeader } from './leaders.ts'
import { createPeopleMaker, type TPlannedResident } from './people.ts'
import { layoutCommittee, type TPlannedBuilding, type TPlannedDwelling } from './places.ts'
import { createRandom, type TRandom } from './random.ts'
import { planStaff, type TPlannedStaff } from './staff.ts'

export type TDemoPlanOptions = {
  /** Same seed (and `now`), same community. Default 2002, the year the office was set up. */
  seed?: number
  /** The demo's clock: ages, move-in dates and ID birth dates are counted back from it. */
  now?: Date
  /** Multiplies the population (default about 3,000 residents). */
  scale?: number
  /** Row ids; default time-ordered UUIDs. */
  newId?: () => string
}

export type TPlannedCommittee = {
  id: string
  key: string
  name: string
  code: string
  address: string
  phone: string
}

export type TDemoPlan = {
  seed: number
  today: string
  committees: TPlannedCommittee[]
  buildings: TPlannedBuilding[]
  dwellings: TPlannedDwelling[]
  residents: TPlannedResident[]
  households: TPlannedHousehold[]
  leaders: TPlannedLeader[]
  staff: TPlannedStaff[]
}

export const defaultDemoSeed = 2002
export const baseResidentCount = 3000
/** Expected people per dwelling (households in 自住 and 出租 dwellings, none in the rest). */
const peoplePerDwelling = 2.45

/** The owner of a dwelling nobody in it owns: a landlord of the committee, or someone elsewhere. */
const assignOwners = (
  random: TRandom,
  dwellings: TPlannedDwelling[],
  households: TPlannedHousehold[],
  outsider: (region: string) => { name: string; idNumber: string },
) => {
  const headOf = new Map(households.map((h) => [h.dwellingId, h.headResidentId]))
  const ownerHeads = dwellings
    .filter((d) => d.use === 'owner_occupied' && headOf.has(d.id))
    .map((d) => headOf.get(d.id)!)
  const someoneElsewhere = () =>
    outsider(random.chance(0.85) ? kenliRegion : random.pick(shandongRegions))
  for (const d of dwellings) {
    const head = headOf.get(d.id)
    if (d.use === 'owner_occupied' && head)
      d.owner = random.chance(0.9) ? { residentId: head } : someoneElsewhere()
    else if ((d.use === 'rented' || d.use === 'business') && ownerHeads.length > 0)
      d.owner = random.chance(0.4) ? { residentId: random.pick(ownerHeads) } : someoneElsewhere()
    else if (d.use === 'vacant' && random.chance(0.75)) d.owner = someoneElsewhere()
  }
}

/**
 * The whole demo community in memory, deterministic for a seed and a clock: committees of the
 * 垦利 county town, their buildings and dwellings, the households living there with their
 * people, building leaders and staff accounts. Nothing is written and nothing is encrypted here.
 */
export const planDemoData = (options: TDemoPlanOptions = {}): TDemoPlan => {
  const seed = options.seed ?? defaultDemoSeed
  const scale = options.scale ?? 1
  if (!(scale > 0 && scale <= 100)) throw new Error('demo data: scale must be in (0, 100]')
  const newId = options.newId ?? defaultNewId
  const today = todayCst(options.now ?? new Date())
  const random = createRandom(seed)
  const people = createPeopleMaker(random.fork('people'), today, newId)
  const plan: TDemoPlan = {
    seed,
    today,
    committees: [],
    buildings: [],
    dwellings: [],
    residents: [],
    households: [],
    leaders: [],
    staff: [],
  }
  const totalWeight = committeeSpecs.reduce((sum, c) => sum + c.weight, 0)

  committeeSpecs.forEach((spec, index) => {
    const r = random.fork(spec.key)
    const committee: TPlannedCommittee = {
      id: newId(),
      key: spec.key,
      name: spec.name,
      code: `${townCode}${String(index + 1).padStart(3, '0')}`,
      address: `垦利县${spec.streets[0]}${r.int(10, 90)}号`,
      phone: `${landlinePrefix}${r.int(10_000, 99_999)}`,
    }
    plan.committees.push(committee)
    const target = Math.max(1, Math.round((baseResidentCount * scale * spec.weight) / totalWeight))
    const { buildings, dwellings } = layoutCommittee(
      r,
      spec,
      committee,
      Math.ceil(target / peoplePerDwelling),
      newId,
    )
    const households: TPlannedHousehold[] = []
    const residents: TPlannedResident[] = []
    for (const dwelling of dwellings) {
      if (dwelling.use !== 'owner_occupied' && dwelling.use !== 'rented') continue
      const planned = planHousehold(r, people, dwelling, today, newId)
      households.push(planned.household)
      residents.push(...planned.residents)
    }
    assignOwners(r, dwellings, households, people.outsider)
    plan.leaders.push(...planLeaders(r, { buildings, dwellings, households, residents }, today))
    plan.buildings.push(...buildings)
    plan.dwellings.push(...dwellings)
    plan.households.push(...households)
    plan.residents.push(...residents)
  })
  plan.staff = planStaff(random.fork('staff'), plan.committees, today)
  return plan
}
