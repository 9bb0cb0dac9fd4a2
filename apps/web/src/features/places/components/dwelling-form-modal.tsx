import { useTranslation } from 'react-i18next'
import { RecordFormModal } from '@/components/ui/record-form-modal'
import { useDwellingForEdit } from '../api/get-dwelling'
import { CreateDwellingForm } from './create-dwelling-form'
import { EditDwellingForm } from './edit-dwelling-form'

export type TDwellingFormTarget =
  { mode: 'create'; buildingId?: string } | { mode: 'edit'; id: string; name: string }

/** 新建房屋 / 编辑房屋 in a modal. */
export const DwellingFormModal = ({
  target,
  onClose,
  onCreated,
}: {
  target: TDwellingFormTarget | null
  onClose: () => void
  onCreated: (id: string) => void
}) => {
  const { t } = useTranslation('places')
  return (
    <RecordFormModal
      target={target}
      onClose={onClose}
      title={
        target?.mode === 'edit'
          ? t('editDwellingTitle', { name: target.name })
          : t('createDwellingTitle')
      }
      width={640}
      create={() => (
        <CreateDwellingForm
          buildingId={target?.mode === 'create' ? target.buildingId : undefined}
          onDone={onClose}
          onCreated={onCreated}
        />
      )}
      useRecord={useDwellingForEdit}
      edit={(dwelling, reload) => (
        <EditDwellingForm dwelling={dwelling} onReload={reload} onDone={onClose} />
      )}
    />
  )
}
