import type { TDwelling } from '@cr/shared/places/dwelling'

export type TUnitGroup = { unit: string; dwellings: TDwelling[] }

const natural = new Intl.Collator('zh-CN', { numeric: true })

/**
 * A building's dwellings as the tree shows them: grouped by unit (1单元, 2单元, … in number
 * order), rooms in number order; dwellings without a unit stay directly under the building.
 */
export const groupByUnit = (
  dwellings: readonly TDwelling[],
): { units: TUnitGroup[]; loose: TDwelling[] } => {
  const byRoom = (a: TDwelling, b: TDwelling) => natural.compare(a.room, b.room)
  const units = new Map<string, TDwelling[]>()
  const loose: TDwelling[] = []
  for (const d of dwellings) {
    if (!d.unit) loose.push(d)
    else units.set(d.unit, [...(units.get(d.unit) ?? []), d])
  }
  return {
    units: [...units]
      .sort(([a], [b]) => natural.compare(a, b))
      .map(([unit, list]) => ({ unit, dwellings: list.sort(byRoom) })),
    loose: loose.sort(byRoom),
  }
}
