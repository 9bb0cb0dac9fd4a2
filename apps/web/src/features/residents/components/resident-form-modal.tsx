import { Modal, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useResidentForEdit } from '../api/get-resident'
import { CreateResidentForm } from './create-resident-form'
import { EditResidentForm } from './edit-resident-form'

export type TResidentFormTarget = { mode: 'create' } | { mode: 'edit'; id: string; name: string }

const EditContent = ({ id, onClose }: { id: string; onClose: () => void }) => {
  const query = useResidentForEdit(id)
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />
  if (query.isError)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  return (
    <EditResidentForm
      resident={query.data}
      onReload={() => void query.refetch()}
      onDone={onClose}
    />
  )
}

/** Register or edit a resident; Esc or 取消 closes without saving. */
export const ResidentFormModal = ({
  target,
  onClose,
}: {
  target: TResidentFormTarget | null
  onClose: () => void
}) => {
  const { t } = useTranslation('residents')
  return (
    <Modal
      open={target !== null}
      title={target?.mode === 'edit' ? t('editTitle', { name: target.name }) : t('createTitle')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={820}
      style={{ top: 24 }}
      mask={{ closable: false }}
    >
      {target?.mode === 'create' && <CreateResidentForm onDone={onClose} />}
      {target?.mode === 'edit' && <EditContent id={target.id} onClose={onClose} />}
    </Modal>
  )
}
