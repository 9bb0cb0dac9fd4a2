import { Modal, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useBuildingForEdit } from '../api/get-building'
import { CreateBuildingForm } from './create-building-form'
import { EditBuildingForm } from './edit-building-form'

export type TBuildingFormTarget =
  { mode: 'create'; committeeId?: string } | { mode: 'edit'; id: string; name: string }

const EditContent = ({ id, onClose }: { id: string; onClose: () => void }) => {
  const query = useBuildingForEdit(id)
  if (query.isPending) return <Skeleton active paragraph={{ rows: 6 }} />
  if (query.isError)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  return (
    <EditBuildingForm
      building={query.data}
      onReload={() => void query.refetch()}
      onDone={onClose}
    />
  )
}

/** 新建楼栋 / 编辑楼栋 in a modal; Esc or 取消 closes it without saving. */
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
    <Modal
      open={target !== null}
      title={
        target?.mode === 'edit'
          ? t('editBuildingTitle', { name: target.name })
          : t('createBuildingTitle')
      }
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={600}
    >
      {target?.mode === 'create' && (
        <CreateBuildingForm
          committeeId={target.committeeId}
          onDone={onClose}
          onCreated={onCreated}
        />
      )}
      {target?.mode === 'edit' && <EditContent id={target.id} onClose={onClose} />}
    </Modal>
  )
}
