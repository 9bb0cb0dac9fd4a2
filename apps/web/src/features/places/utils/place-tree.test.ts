import type { TBuilding } from '@cr/shared/places/building'
import type { TDwelling } from '@cr/shared/places/dwelling'
import { describe, expect, it } from 'vitest'
import { buildPlaceTree } from './place-tree'

const building = { id: 'b1', address: '胜利路3号楼', dwellingCount: 3 } as TBuilding
const empty = { id: 'b2', address: '胜利路5号楼', dwellingCount: 0 } as TBuilding
const dwellings = [
  { id: 'd1', unit: '1', room: '101' },
  { id: 'd2', unit: '1', room: '102' },
  { id: 'd3', unit: null, room: '门面1' },
] as TDwelling[]

const build = (loaded: boolean) =>
  buildPlaceTree({
    committees: [
      { id: 'c1', name: '胜利社区' },
      { id: 'c2', name: '东关社区' },
    ],
    buildings: new Map([['c1', [building, empty]]]),
    dwellings: loaded ? new Map([['b1', dwellings]]) : new Map(),
    unitLabel: (u) => `${u}单元`,
    roomLabel: (r) => `${r}室`,
  })

describe('buildPlaceTree', () => {
  it('leaves unloaded levels without children so the tree loads them on expand', () => {
    const tree = build(false)
    expect(tree[1]).toEqual({ key: 'c:c2', title: '东关社区', children: undefined })
    expect(tree[0]?.children?.[0]).toMatchObject({
      key: 'b:b1',
      isLeaf: false,
      children: undefined,
    })
    expect(tree[0]?.children?.[1]).toMatchObject({ key: 'b:b2', isLeaf: true })
  })

  it('puts dwellings under their units, unit-less ones under the building', () => {
    const b1 = build(true)[0]?.children?.[0]
    expect(b1?.children?.map((n) => n.title)).toEqual(['1单元', '门面1室'])
    expect(b1?.children?.[0]?.children?.map((n) => n.key)).toEqual(['d:d1', 'd:d2'])
  })
})
