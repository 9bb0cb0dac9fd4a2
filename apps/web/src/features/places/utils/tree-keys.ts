import type { TPlaceSelection } from './places-search'

/**
 * Keys of the places tree: `c:<committee>`, `b:<building>`, `u:<building>:<unit>`,
 * `d:<dwelling>`. Units are not records: they are grouped from the dwellings' `unit`.
 */
export type TTreeNodeRef =
  | { kind: 'committee'; id: string }
  | { kind: 'building'; id: string }
  | { kind: 'unit'; buildingId: string; unit: string }
  | { kind: 'dwelling'; id: string }

export const treeKey = {
  committee: (id: string) => `c:${id}`,
  building: (id: string) => `b:${id}`,
  unit: (buildingId: string, unit: string) => `u:${buildingId}:${unit}`,
  dwelling: (id: string) => `d:${id}`,
}

export const parseTreeKey = (key: string): TTreeNodeRef | null => {
  const [kind, id, ...rest] = key.split(':')
  if (!id) return null
  if (kind === 'c') return { kind: 'committee', id }
  if (kind === 'b') return { kind: 'building', id }
  if (kind === 'd') return { kind: 'dwelling', id }
  if (kind === 'u' && rest.length > 0) return { kind: 'unit', buildingId: id, unit: rest.join(':') }
  return null
}

/** The tree key of what the URL selects. */
export const selectionKey = (selection: TPlaceSelection): string | null =>
  selection.kind === 'none' ? null : treeKey[selection.kind](selection.id)
