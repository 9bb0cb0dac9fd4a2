// Who the benchmark's resident ledger lists: the people of bench/residents/population.ts (names,
// valid distinct ID numbers, codes by age), grouped into households of 2–4 people, each in a
// dwelling of its own, with one 户主 per dwelling — so every row is valid and a commit creates
// residents, buildings, dwellings, households, members and history.
//
// Deterministic: the ledger files (ledger-files.ts) and the COPY baseline (copy-baseline.ts)
// both walk this sequence, so the baseline writes exactly the people the ledger holds.
import { relationshipTable } from '@cr/shared/code-tables/relationship'
import { createRandom } from '../../src/seed/random.ts'
import { createPopulation, populationToday, type TPerson } from '../residents/population.ts'

const seed = 'cr-bench-import-ledger-1'

/** The committee the whole ledger belongs to (its 居委会 column), created by each side. */
export const ledgerCommitteeName = '胜利社区居委会'

/** 12 streets × 50 buildings × 3 units × 6 floors × 4 rooms: 43,200 dwellings (~130k rows)… */
const streets = ['胜利路', '西城路', '东营路', '黄河路', '济南路', '德州路']
  .flatMap((s) => [s, s.replace('路', '街')])
  .slice(0, 12)
const buildingsPerStreet = 50
const units = 3
const floors = 6
const roomsPerFloor = 4
const dwellingsPerStreet = buildingsPerStreet * units * floors * roomsPerFloor

export type TLedgerAddress = { street: string; building: string; unit: string; room: string }

export type TLedgerPerson = {
  person: TPerson
  male: boolean
  /** 与户主关系 as a clerk writes it: 户主, 配偶, 子, 女. */
  relationship: string
  address: TLedgerAddress
}

/** …and beyond that the street names repeat with a number (胜利路2), still one household each. */
const addressOf = (household: number): TLedgerAddress => {
  const street = Math.floor(household / dwellingsPerStreet)
  let rest = household % dwellingsPerStreet
  const room = rest % roomsPerFloor
  rest = Math.floor(rest / roomsPerFloor)
  const floor = rest % floors
  rest = Math.floor(rest / floors)
  const unit = rest % units
  const building = Math.floor(rest / units)
  const lap = Math.floor(street / streets.length)
  return {
    street: `${streets[street % streets.length]!}${lap ? lap + 1 : ''}`,
    building: `${building + 1}号楼`,
    unit: String(unit + 1),
    room: String((floor + 1) * 100 + room + 1),
  }
}

const named = (name: string) => {
  if (relationshipTable.codeOf(name) === undefined) throw new Error(`not a relationship: ${name}`)
  return name
}
const head = named('户主')
const spouse = named('配偶')
const son = named('子')
const daughter = named('女')

/** The first `count` people of the ledger, household by household, in sheet order. */
export function* ledgerPeople(count: number, committeeId: string): Generator<TLedgerPerson> {
  const random = createRandom(seed)
  const population = createPopulation(
    random.fork('people'),
    new Date(`${populationToday}T00:00:00Z`),
  )
  const sizes = random.fork('households')
  let emitted = 0
  for (let household = 0; emitted < count; household++) {
    const address = addressOf(household)
    const size = Math.min(sizes.int(2, 4), count - emitted)
    // Only the live people of the population (it soft-deletes 1%): a ledger lists the living.
    // The oldest two head the household and the younger ones are their children.
    const members = Array.from({ length: size }, () => ({
      ...population.next(committeeId),
      deletedAt: null,
    })).sort((a, b) => a.idNumber.slice(6, 14).localeCompare(b.idNumber.slice(6, 14)))
    for (const [member, person] of members.entries()) {
      // The 17th digit of the ID number is odd for men (GB 11643).
      const male = Number(person.idNumber[16]) % 2 === 1
      const relationship = member === 0 ? head : member === 1 ? spouse : male ? son : daughter
      yield { person, male, relationship, address }
    }
    emitted += size
  }
}
