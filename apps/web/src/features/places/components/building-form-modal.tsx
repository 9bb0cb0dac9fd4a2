import { useTranslation } from 'react-i18next'
import { RecordFormModal } from '@/components/ui/record-form-modal'
import { useBuildingForEdit } from '../api/get-building'
import { CreateBuildingForm } from './create-building-form'
import { EditBuildingForm } from './edit-building-form'

export type TBuildingFormTarget =
  { mode: 'create'; committeeId?: string } | { mode: 'edit'; id: string; name: string }

/** 新建楼栋 / 编辑楼栋 in a modal. */
export const BuildingFormModal = ({
  target,
  onClose,
  onCreated,
}: {
  target: TBuildingFormTarget | null
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
          ? t('editBuildingTitle', { name: target.name })
          : t('createBuildingTitle')
      }
      width={600}
      create={() => (
        <CreateBuildingForm
          committeeId={target?.mode === 'create' ? target.committeeId : undefined}
          onDone={onClose}
          onCreated={onCreated}
        />
      )}
      useRecord={useBuildingForEdit}
      edit={(building, reload) => (
        <EditBuildingForm building={building} onReload={reload} onDone={onClose} />
      )}
    />
  )
}
