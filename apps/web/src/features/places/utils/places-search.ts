import { z } from 'zod'
import { ZId } from '@cr/shared/common/record'

/**
 * The places page's URL search: the selected node of the tree (one of the three), so a link to
 * a building or a dwelling opens it again. Bad ids are dropped.
 */
export const ZPlacesSearch = z.object({
  committee: ZId.optional().catch(undefined),
  building: ZId.optional().catch(undefined),
  dwelling: ZId.optional().catch(undefined),
})
export type TPlacesSearch = z.infer<typeof ZPlacesSearch>

export type TPlaceSelection =
  | { kind: 'none' }
  | { kind: 'committee'; id: string }
  | { kind: 'building'; id: string }
  | { kind: 'dwelling'; id: string }

/** The most specific node named in the URL. */
export const selectionOf = (s: TPlacesSearch): TPlaceSelection =>
  s.dwelling
    ? { kind: 'dwelling', id: s.dwelling }
    : s.building
      ? { kind: 'building', id: s.building }
      : s.committee
        ? { kind: 'committee', id: s.committee }
        : { kind: 'none' }

export const searchOf = (selection: TPlaceSelection): TPlacesSearch =>
  selection.kind === 'none' ? {} : { [selection.kind]: selection.id }
