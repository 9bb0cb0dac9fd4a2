import { Modal, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useUser } from '../api/get-user'
import { CreateUserForm } from './create-user-form'
import { EditUserForm } from './edit-user-form'

export type TUserFormTarget = { mode: 'create' } | { mode: 'edit'; id: string; name: string }

const EditContent = ({ id, onClose }: { id: string; onClose: () => void }) => {
  const query = useUser(id)
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />
  if (query.isError)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  return <EditUserForm user={query.data} onReload={() => void query.refetch()} onDone={onClose} />
}

/** Create or edit a user; Esc or 取消 closes without saving. */
export const UserFormModal = ({
  target,
  onClose,
}: {
  target: TUserFormTarget | null
  onClose: () => void
}) => {
  const { t } = useTranslation('users')
  return (
    <Modal
      open={target !== null}
      title={target?.mode === 'edit' ? t('editTitle', { name: target.name }) : t('createTitle')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={680}
    >
      {target?.mode === 'create' && <CreateUserForm onDone={onClose} />}
      {target?.mode === 'edit' && <EditContent id={target.id} onClose={onClose} />}
    </Modal>
  )
}
