import { useTranslation } from 'react-i18next'
import { RecordFormModal } from '@/components/ui/record-form-modal'
import { useUser } from '../api/get-user'
import { CreateUserForm } from './create-user-form'
import { EditUserForm } from './edit-user-form'

export type TUserFormTarget = { mode: 'create' } | { mode: 'edit'; id: string; name: string }

/** Create or edit a user in a modal. */
export const UserFormModal = ({
  target,
  onClose,
}: {
  target: TUserFormTarget | null
  onClose: () => void
}) => {
  const { t } = useTranslation('users')
  return (
    <RecordFormModal
      target={target}
      onClose={onClose}
      title={target?.mode === 'edit' ? t('editTitle', { name: target.name }) : t('createTitle')}
      width={680}
      skeletonRows={8}
      create={() => <CreateUserForm onDone={onClose} />}
      useRecord={useUser}
      edit={(user, reload) => <EditUserForm user={user} onReload={reload} onDone={onClose} />}
    />
  )
}
