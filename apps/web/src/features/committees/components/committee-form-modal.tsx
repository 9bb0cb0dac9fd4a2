import { useTranslation } from 'react-i18next'
import { RecordFormModal } from '@/components/ui/record-form-modal'
import { useCommittee } from '../api/get-committee'
import { CreateCommitteeForm } from './create-committee-form'
import { EditCommitteeForm } from './edit-committee-form'

export type TCommitteeFormTarget = { mode: 'create' } | { mode: 'edit'; id: string }

/** Create or edit a committee in a modal. */
export const CommitteeFormModal = ({
  target,
  onClose,
}: {
  target: TCommitteeFormTarget | null
  onClose: () => void
}) => {
  const { t } = useTranslation('committees')
  return (
    <RecordFormModal
      target={target}
      onClose={onClose}
      title={target?.mode === 'edit' ? t('editTitle') : t('createTitle')}
      width={520}
      create={() => <CreateCommitteeForm onDone={onClose} />}
      useRecord={useCommittee}
      edit={(committee, reload) => (
        <EditCommitteeForm committee={committee} onReload={reload} onDone={onClose} />
      )}
    />
  )
}
