import type { TRef } from '@cr/shared/common/record'
import type { TBuilding } from '@cr/shared/places/building'
import type { TDwelling } from '@cr/shared/places/dwelling'
import { groupByUnit } from './group-units'
import { treeKey } from './tree-keys'

export type TPlaceNode = {
  key: string
  title: string
  isLeaf?: boolean
  children?: TPlaceNode[]
}

type TInput = {
  committees: readonly TRef[]
  /** Loaded buildings per committee id; a committee not in the map is not loaded yet. */
  buildings: ReadonlyMap<string, readonly TBuilding[]>
  dwellings: ReadonlyMap<string, readonly TDwelling[]>
  unitLabel: (unit: string) => string
  roomLabel: (room: string) => string
}

const dwellingNode = (d: TDwelling, roomLabel: TInput['roomLabel']): TPlaceNode => ({
  key: treeKey.dwelling(d.id),
  title: roomLabel(d.room),
  isLeaf: true,
})

/**
 * The tree committee → building → unit → dwelling from what has been loaded so far. A node
 * without `children` is loaded when it is expanded; a building without dwellings is a leaf.
 */
export const buildPlaceTree = (input: TInput): TPlaceNode[] =>
  input.committees.map((c) => {
    const buildings = input.buildings.get(c.id)
    return {
      key: treeKey.committee(c.id),
      title: c.name,
      children: buildings?.map((b) => {
        const dwellings = input.dwellings.get(b.id)
        const grouped = dwellings ? groupByUnit(dwellings) : null
        return {
          key: treeKey.building(b.id),
          title: b.address,
          isLeaf: b.dwellingCount === 0 && !dwellings?.length,
          children: grouped
            ? [
                ...grouped.units.map((u) => ({
                  key: treeKey.unit(b.id, u.unit),
                  title: input.unitLabel(u.unit),
                  children: u.dwellings.map((d) => dwellingNode(d, input.roomLabel)),
                })),
                ...grouped.loose.map((d) => dwellingNode(d, input.roomLabel)),
              ]
            : undefined,
        }
      }),
    }
  })
