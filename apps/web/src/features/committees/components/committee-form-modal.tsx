import { Modal, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useCommittee } from '../api/get-committee'
import { CreateCommitteeForm } from './create-committee-form'
import { EditCommitteeForm } from './edit-committee-form'

export type TCommitteeFormTarget = { mode: 'create' } | { mode: 'edit'; id: string }

const EditContent = ({ id, onClose }: { id: string; onClose: () => void }) => {
  const query = useCommittee(id)
  if (query.isPending) return <Skeleton active paragraph={{ rows: 6 }} />
  if (query.isError)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  return (
    <EditCommitteeForm
      committee={query.data}
      onReload={() => void query.refetch()}
      onDone={onClose}
    />
  )
}

/** Create or edit a committee in a modal; Esc or 取消 closes it without saving. */
export const CommitteeFormModal = ({
  target,
  onClose,
}: {
  target: TCommitteeFormTarget | null
  onClose: () => void
}) => {
  const { t } = useTranslation('committees')
  return (
    <Modal
      open={target !== null}
      title={target?.mode === 'edit' ? t('editTitle') : t('createTitle')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={520}
    >
      {target?.mode === 'create' && <CreateCommitteeForm onDone={onClose} />}
      {target?.mode === 'edit' && <EditContent id={target.id} onClose={onClose} />}
    </Modal>
  )
}
