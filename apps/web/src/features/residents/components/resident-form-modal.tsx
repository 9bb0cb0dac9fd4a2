import { useTranslation } from 'react-i18next'
import { RecordFormModal } from '@/components/ui/record-form-modal'
import { useResidentForEdit } from '../api/get-resident'
import { CreateResidentForm } from './create-resident-form'
import { EditResidentForm } from './edit-resident-form'

export type TResidentFormTarget = { mode: 'create' } | { mode: 'edit'; id: string; name: string }

/** Register or edit a resident in a modal. */
export const ResidentFormModal = ({
  target,
  onClose,
}: {
  target: TResidentFormTarget | null
  onClose: () => void
}) => {
  const { t } = useTranslation('residents')
  return (
    <RecordFormModal
      target={target}
      onClose={onClose}
      title={target?.mode === 'edit' ? t('editTitle', { name: target.name }) : t('createTitle')}
      width={820}
      style={{ top: 24 }}
      mask={{ closable: false }}
      skeletonRows={10}
      create={() => <CreateResidentForm onDone={onClose} />}
      useRecord={useResidentForEdit}
      edit={(resident, reload) => (
        <EditResidentForm resident={resident} onReload={reload} onDone={onClose} />
      )}
    />
  )
}
