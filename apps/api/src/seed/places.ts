import { buildingAddress } from '@cr/shared/places/building'
import { dwellingAddress, type dwellingUses } from '@cr/shared/places/dwelling'
import type { TCommitteeSpec } from './kenli.ts'
import { type TRandom, weights } from './random.ts'

export type TDwellingUse = (typeof dwellingUses)[number]

export type TPlannedBuilding = {
  id: string
  committeeId: string
  street: string
  estateName: string | null
  buildingNumber: string
  gridCode: string | null
  address: string
  builtYear: number
}

export type TPlannedDwelling = {
  id: string
  committeeId: string
  buildingId: string
  unit: string | null
  room: string
  address: string
  area: string
  use: TDwellingUse
  builtYear: number
  /** The owner: a resident of the demo, or a name and ID number (filled in by the plan). */
  owner: { residentId: string } | { name: string; idNumber: string } | null
}

type TBuildingKind = 'walk_up' | 'high_rise' | 'street'

/** Six-storey walk-ups in estates, a few newer high-rises, and older buildings on the streets. */
const buildingKinds = weights('walk_up:45 street:50 high_rise:5') as readonly (readonly [
  TBuildingKind,
  number,
])[]

const uses = weights('owner_occupied:79 rented:13 vacant:7 other:1') as readonly (readonly [
  TDwellingUse,
  number,
])[]
const newBuildingUses = weights('owner_occupied:72 rented:13 vacant:15') as typeof uses

type TEstate = { name: string; street: string; builtYear: number; grid: number | null }

const pad = (n: number, width: number) => String(n).padStart(width, '0')

const area = (random: TRandom, min: number, max: number) =>
  `${random.int(min, max)}.${pad(random.int(0, 9) * 10, 2)}`

/**
 * The buildings and dwellings of one committee, until there are at least `dwellingTarget`
 * dwellings: estates (小区) built from the 1990s, the first two divided into grids (CJ/T 349
 * codes: the committee's code and a three-digit grid number), and street buildings with door
 * numbers whose ground floors are often shops (经营). Uses: mostly 自住, about one in eight
 * 出租, some 空置 (more in new high-rises).
 */
export const layoutCommittee = (
  random: TRandom,
  spec: TCommitteeSpec,
  committee: { id: string; code: string },
  dwellingTarget: number,
  newId: () => string,
) => {
  const estates: TEstate[] = spec.estates.map((name, i) => ({
    name,
    street: spec.streets[i % spec.streets.length]!,
    builtYear: 1990 + i * 9 + random.int(0, 5),
    grid: i < 2 ? i + 1 : null,
  }))
  const estateBuildings = estates.map(() => 0)
  const doorNumbers = spec.streets.map(() => random.int(1, 15))
  const buildings: TPlannedBuilding[] = []
  const dwellings: TPlannedDwelling[] = []

  const addBuilding = (kind: TBuildingKind): void => {
    // High-rises only in estates built after 2005.
    const estateChoices = estates
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => kind === 'walk_up' || e.builtYear > 2005)
    if (kind === 'high_rise' && estateChoices.length === 0) return addBuilding('walk_up')
    const id = newId()
    let building: TPlannedBuilding
    if (kind === 'street') {
      const s = random.int(0, spec.streets.length - 1)
      doorNumbers[s]! += random.int(1, 3) * 2
      building = {
        id,
        committeeId: committee.id,
        street: spec.streets[s]!,
        estateName: null,
        buildingNumber: `${doorNumbers[s]}号`,
        gridCode: null,
        address: '',
        builtYear: random.int(1985, 2008),
      }
    } else {
      const { e, i } = random.pick(estateChoices)
      estateBuildings[i]! += 1
      building = {
        id,
        committeeId: committee.id,
        street: e.street,
        estateName: e.name,
        buildingNumber: `${estateBuildings[i]}号楼`,
        gridCode: e.grid === null ? null : `${committee.code}${pad(e.grid, 3)}`,
        address: '',
        builtYear: e.builtYear + random.int(0, 3),
      }
    }
    building.address = buildingAddress(building)
    buildings.push(building)

    const [units, floors, perFloor] =
      kind === 'street'
        ? [0, random.int(2, 4), random.int(2, 3)]
        : kind === 'high_rise'
          ? [random.int(1, 2), random.int(11, 12), 2]
          : [random.int(1, 3), random.int(4, 6), 2]
    for (let u = units === 0 ? 0 : 1; u <= units; u++) {
      for (let floor = 1; floor <= floors; floor++) {
        for (let n = 1; n <= perFloor; n++) {
          const unit = units === 0 ? null : String(u)
          const room = `${floor}${pad(n, 2)}`
          const shop = kind === 'street' && floor === 1 && random.chance(0.4)
          const use = shop
            ? 'business'
            : random.weighted(kind === 'high_rise' ? newBuildingUses : uses)
          dwellings.push({
            id: newId(),
            committeeId: committee.id,
            buildingId: id,
            unit,
            room,
            address: dwellingAddress(building.address, { unit, room }),
            area: shop
              ? area(random, 20, 90)
              : kind === 'street'
                ? area(random, 40, 95)
                : kind === 'high_rise'
                  ? area(random, 85, 145)
                  : area(random, 55, 125),
            use,
            builtYear: building.builtYear,
            owner: null,
          })
        }
      }
    }
  }

  while (dwellings.length < dwellingTarget) addBuilding(random.weighted(buildingKinds))
  return { buildings, dwellings }
}
