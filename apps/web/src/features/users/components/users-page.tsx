import { PlusOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import type { TUser } from '@cr/shared/users/user'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ListEmpty } from '@/components/ui/list-empty'
import { RecordList } from '@/components/ui/record-list'
import { PageHeader } from '@/components/ui/page-header'
import { newIdempotencyKey } from '@/lib/api-client'
import { useCan, useMe } from '@/lib/auth'
import { searchPaging, sortParamFrom } from '@/lib/search-params'
import { useDeleteUser } from '../api/delete-user'
import { useUsers } from '../api/get-users'
import { useUnlockUser } from '../api/unlock-user'
import {
  defaultUserSort,
  isUserSearchFiltered,
  userSorts,
  type TUserSearch,
} from '../utils/user-search'
import { ResetPasswordModal } from './reset-password-modal'
import { buildUserColumns } from './user-columns'
import { UserFormModal, type TUserFormTarget } from './user-form-modal'
import { UsersToolbar } from './users-toolbar'
import { feedback } from '@/lib/feedback'

type TProps = { search: TUserSearch; onSearchChange: (next: TUserSearch) => void }

export const UsersPage = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation(['users', 'common'])
  const canWrite = useCan('user:write')
  const me = useMe()
  const [target, setTarget] = useState<TUserFormTarget | null>(null)
  const [resetting, setResetting] = useState<TUser | null>(null)
  const query = useUsers(search)
  const remove = useDeleteUser()
  const unlock = useUnlockUser()
  const caption = t('tableCaption')
  const filtered = isUserSearchFiltered(search)
  const items = query.data?.items ?? []
  const actionError = remove.error ?? unlock.error
  const columns = buildUserColumns({
    t,
    language: i18n.language,
    sort: search.sort,
    canWrite,
    selfId: me.user.id,
    onEdit: (u) => setTarget({ mode: 'edit', id: u.id, name: u.displayName }),
    onResetPassword: setResetting,
    onUnlock: (u) =>
      unlock.mutate(
        { id: u.id, idempotencyKey: newIdempotencyKey() },
        { onSuccess: () => feedback.success(t('actions.unlocked')) },
      ),
    onDelete: (u) =>
      remove.mutate(
        { id: u.id, version: u.version },
        { onSuccess: () => feedback.success(t('common:messages.deleted')) },
      ),
  })
  // The empty state's button has its own name, so 新建… stays unique on the page.
  const createButton = (label: string) =>
    canWrite && (
      <Button
        type="primary"
        icon={<PlusOutlined aria-hidden />}
        onClick={() => setTarget({ mode: 'create' })}
      >
        {label}
      </Button>
    )

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={createButton(t('create'))}
      />
      <UsersToolbar search={search} onSearchChange={onSearchChange} filtered={filtered} />
      {actionError && (
        <ProblemAlert
          error={actionError}
          onReload={() => (remove.reset(), unlock.reset(), void query.refetch())}
        />
      )}
      <RecordList<TUser>
        caption={caption}
        query={query}
        items={items}
        paging={searchPaging(search, query.data?.total, onSearchChange)}
        columns={columns}
        onSort={(key, order) =>
          onSearchChange({ ...search, sort: sortParamFrom(key, order, userSorts, defaultUserSort) })
        }
        skeletonRows={8}
        empty={
          <ListEmpty
            filtered={filtered}
            onClearFilters={() => onSearchChange({ sort: search.sort })}
            emptyTitle={t('emptyTitle')}
            emptyHint={t('emptyHint')}
            action={createButton(t('createFirst'))}
          />
        }
      />
      <UserFormModal target={target} onClose={() => setTarget(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  )
}
