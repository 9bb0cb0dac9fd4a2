import { Modal, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useDwellingForEdit } from '../api/get-dwelling'
import { CreateDwellingForm } from './create-dwelling-form'
import { EditDwellingForm } from './edit-dwelling-form'

export type TDwellingFormTarget =
  { mode: 'create'; buildingId?: string } | { mode: 'edit'; id: string; name: string }

const EditContent = ({ id, onClose }: { id: string; onClose: () => void }) => {
  const query = useDwellingForEdit(id)
  if (query.isPending) return <Skeleton active paragraph={{ rows: 6 }} />
  if (query.isError)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  return (
    <EditDwellingForm
      dwelling={query.data}
      onReload={() => void query.refetch()}
      onDone={onClose}
    />
  )
}

/** 新建房屋 / 编辑房屋 in a modal; Esc or 取消 closes it without saving. */
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
    <Modal
      open={target !== null}
      title={
        target?.mode === 'edit'
          ? t('editDwellingTitle', { name: target.name })
          : t('createDwellingTitle')
      }
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={640}
    >
      {target?.mode === 'create' && (
        <CreateDwellingForm buildingId={target.buildingId} onDone={onClose} onCreated={onCreated} />
      )}
      {target?.mode === 'edit' && <EditContent id={target.id} onClose={onClose} />}
    </Modal>
  )
}
