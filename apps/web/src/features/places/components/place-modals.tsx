import type { TBuilding } from '@cr/shared/places/building'
import type { TDwelling } from '@cr/shared/places/dwelling'
import type { TPlaceSelection } from '../utils/places-search'
import { BuildingFormModal } from './building-form-modal'
import { DwellingFormModal } from './dwelling-form-modal'
import { LeadersModal } from './leaders-modal'
import { RegisterHouseholdModal } from './register-household-modal'

/** Which form is open on the places page. */
export type TPlaceModal =
  | { kind: 'building'; committeeId?: string }
  | { kind: 'editBuilding'; id: string; name: string }
  | { kind: 'dwelling'; buildingId?: string }
  | { kind: 'editDwelling'; id: string; name: string }
  | { kind: 'leaders'; building: TBuilding }
  | { kind: 'household'; dwelling: TDwelling }

type TProps = {
  modal: TPlaceModal | null
  onClose: () => void
  /** A created building or dwelling is selected in the tree. */
  onSelect: (selection: TPlaceSelection) => void
}

export const PlaceModals = ({ modal, onClose, onSelect }: TProps) => (
  <>
    <BuildingFormModal
      target={
        modal?.kind === 'building'
          ? { mode: 'create', committeeId: modal.committeeId }
          : modal?.kind === 'editBuilding'
            ? { mode: 'edit', id: modal.id, name: modal.name }
            : null
      }
      onClose={onClose}
      onCreated={(id) => onSelect({ kind: 'building', id })}
    />
    <DwellingFormModal
      target={
        modal?.kind === 'dwelling'
          ? { mode: 'create', buildingId: modal.buildingId }
          : modal?.kind === 'editDwelling'
            ? { mode: 'edit', id: modal.id, name: modal.name }
            : null
      }
      onClose={onClose}
      onCreated={(id) => onSelect({ kind: 'dwelling', id })}
    />
    <LeadersModal building={modal?.kind === 'leaders' ? modal.building : null} onClose={onClose} />
    <RegisterHouseholdModal
      dwelling={modal?.kind === 'household' ? modal.dwelling : null}
      onClose={onClose}
    />
  </>
)
