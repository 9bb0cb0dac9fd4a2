import { Modal } from 'antd'
import type { THousehold } from '@cr/shared/households/household'
import { useTranslation } from 'react-i18next'
import { ChangeHeadForm } from './change-head-form'
import { CorrectRelationshipForm } from './correct-relationship-form'
import { MoveInForm } from './move-in-form'
import { MoveOutForm } from './move-out-form'
import { TransferForm } from './transfer-form'

type TMember = THousehold['members'][number]

/** Which household step is open. */
export type THouseholdModal =
  | { kind: 'moveIn' }
  | { kind: 'moveOut'; member: TMember }
  | { kind: 'transfer'; member: TMember }
  | { kind: 'correct'; member: TMember }
  | { kind: 'changeHead' }

type TProps = {
  household: THousehold
  modal: THouseholdModal | null
  onClose: () => void
  /** Reloads the household (after someone else changed it: a 412). */
  onReload: () => void
}

/** The steps, each a small form in a modal; Esc or 取消 closes without saving. */
export const HouseholdModals = ({ household, modal, onClose, onReload }: TProps) => {
  const { t } = useTranslation('households')
  const address = household.dwelling.address
  const title =
    modal?.kind === 'moveIn'
      ? t('titles.moveIn', { address })
      : modal?.kind === 'changeHead'
        ? t('titles.changeHead', { address })
        : modal
          ? t(`titles.${modal.kind}`, { name: modal.member.resident.name })
          : ''
  return (
    <Modal
      open={modal !== null}
      title={title}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={modal?.kind === 'changeHead' ? 620 : 520}
      mask={{ closable: false }}
    >
      {modal?.kind === 'moveIn' && (
        <MoveInForm household={household} title={title} onDone={onClose} />
      )}
      {modal?.kind === 'moveOut' && (
        <MoveOutForm household={household} member={modal.member} title={title} onDone={onClose} />
      )}
      {modal?.kind === 'transfer' && (
        <TransferForm household={household} member={modal.member} title={title} onDone={onClose} />
      )}
      {modal?.kind === 'correct' && (
        <CorrectRelationshipForm
          household={household}
          member={modal.member}
          title={title}
          onDone={onClose}
          onReload={onReload}
        />
      )}
      {modal?.kind === 'changeHead' && (
        <ChangeHeadForm household={household} title={title} onDone={onClose} />
      )}
    </Modal>
  )
}
