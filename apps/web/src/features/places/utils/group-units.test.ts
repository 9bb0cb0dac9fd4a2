import type { TDwelling } from '@cr/shared/places/dwelling'
import { describe, expect, it } from 'vitest'
import { groupByUnit } from './group-units'
import { parseTreeKey, treeKey } from './tree-keys'

const dwelling = (id: string, unit: string | null, room: string) =>
  ({ id, unit, room }) as TDwelling

describe('groupByUnit', () => {
  it('groups by unit in number order, rooms in number order, unit-less ones apart', () => {
    const result = groupByUnit([
      dwelling('a', '10', '101'),
      dwelling('b', '2', '1002'),
      dwelling('c', '2', '502'),
      dwelling('d', null, '门面2'),
      dwelling('e', null, '门面10'),
    ])
    expect(result.units.map((u) => u.unit)).toEqual(['2', '10'])
    expect(result.units[0]?.dwellings.map((d) => d.room)).toEqual(['502', '1002'])
    expect(result.loose.map((d) => d.room)).toEqual(['门面2', '门面10'])
  })
})

describe('tree keys', () => {
  it('round-trips every kind, including units with a colon', () => {
    expect(parseTreeKey(treeKey.committee('x'))).toEqual({ kind: 'committee', id: 'x' })
    expect(parseTreeKey(treeKey.dwelling('y'))).toEqual({ kind: 'dwelling', id: 'y' })
    expect(parseTreeKey(treeKey.unit('b', '2:东'))).toEqual({
      kind: 'unit',
      buildingId: 'b',
      unit: '2:东',
    })
    expect(parseTreeKey('zz')).toBeNull()
  })
})
