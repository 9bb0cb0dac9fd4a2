import { useState, type Dispatch, type Key, type SetStateAction } from 'react'
import { useBuilding } from '../api/get-building'
import { useDwelling } from '../api/get-dwelling'
import type { TPlaceSelection } from '../utils/places-search'
import { treeKey } from '../utils/tree-keys'

export type TSelectionPath = { committeeId?: string; buildingId?: string; unit?: string | null }

/** Where the selected node sits: its committee and building (from the details' queries). */
export const useSelectionPath = (selection: TPlaceSelection): TSelectionPath => {
  const building = useBuilding(selection.kind === 'building' ? selection.id : undefined)
  const dwelling = useDwelling(selection.kind === 'dwelling' ? selection.id : undefined)
  switch (selection.kind) {
    case 'committee':
      return { committeeId: selection.id }
    case 'building':
      return { committeeId: building.data?.committee.id, buildingId: selection.id }
    case 'dwelling':
      return {
        committeeId: dwelling.data?.committee.id,
        buildingId: dwelling.data?.building.id,
        unit: dwelling.data?.unit,
      }
    default:
      return {}
  }
}

/**
 * Opens the tree down to the selected node once its place is known (a bookmarked dwelling, a
 * dwelling picked from a building's table). Adjusted while rendering, not in an effect.
 */
export const useExpandToSelection = (
  selection: TPlaceSelection,
  path: TSelectionPath,
  setExpandedKeys: Dispatch<SetStateAction<Key[]>>,
) => {
  const ancestors = [
    path.committeeId && treeKey.committee(path.committeeId),
    selection.kind === 'dwelling' && path.buildingId && treeKey.building(path.buildingId),
    selection.kind === 'dwelling' && path.buildingId && path.unit
      ? treeKey.unit(path.buildingId, path.unit)
      : null,
  ].filter((k): k is string => Boolean(k))
  const signature = ancestors.join('|')
  const [seen, setSeen] = useState('')
  if (signature !== seen) {
    setSeen(signature)
    setExpandedKeys((keys) => [...keys, ...ancestors.filter((k) => !keys.includes(k))])
  }
}
