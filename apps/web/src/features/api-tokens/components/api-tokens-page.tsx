import { PlusOutlined } from '@ant-design/icons'
import { Button, Modal, Segmented } from 'antd'
import type { TApiToken, TApiTokenCreated } from '@cr/shared/api-tokens/api-token'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ListEmpty } from '@/components/ui/list-empty'
import { RecordList } from '@/components/ui/record-list'
import { PageHeader } from '@/components/ui/page-header'
import { newIdempotencyKey } from '@/lib/api-client'
import { searchPaging, sortParamFrom } from '@/lib/search-params'
import { useApiTokens } from '../api/get-api-tokens'
import { useRevokeApiToken } from '../api/revoke-api-token'
import {
  defaultTokenSort,
  defaultTokenStatus,
  tokenSorts,
  type TTokenSearch,
  type TTokenStatus,
} from '../utils/token-search'
import { CreateTokenForm } from './create-token-form'
import { buildTokenColumns } from './token-columns'
import { TokenSecretModal } from './token-secret-modal'
import { feedback } from '@/lib/feedback'

type TProps = { search: TTokenSearch; onSearchChange: (next: TTokenSearch) => void }
const statuses: TTokenStatus[] = ['active', 'expired', 'revoked', 'all']

export const ApiTokensPage = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation(['apiTokens', 'common'])
  const [creating, setCreating] = useState(false)
  const [created, setCreated] = useState<TApiTokenCreated | null>(null)
  const query = useApiTokens(search)
  const revoke = useRevokeApiToken()
  const caption = t('tableCaption')
  const items = query.data?.items ?? []
  const onRevoke = (tk: TApiToken) =>
    revoke.mutate(
      { id: tk.id, idempotencyKey: newIdempotencyKey() },
      { onSuccess: () => feedback.success(t('revoked')) },
    )
  const columns = buildTokenColumns({ t, language: i18n.language, sort: search.sort, onRevoke })
  // The empty state's button has its own name, so 新建… stays unique on the page.
  const createButton = (label: string) => (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
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
      <div style={{ marginBottom: 12 }}>
        <Segmented<TTokenStatus>
          aria-label={t('statusFilter')}
          value={search.status}
          onChange={(status) => onSearchChange({ ...search, status })}
          options={statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </div>
      {revoke.error && (
        <ProblemAlert
          error={revoke.error}
          onReload={() => (revoke.reset(), void query.refetch())}
        />
      )}
      <RecordList<TApiToken>
        caption={caption}
        query={query}
        items={items}
        paging={searchPaging(search, query.data?.total, onSearchChange)}
        columns={columns}
        onSort={(key, order) =>
          onSearchChange({
            ...search,
            sort: sortParamFrom(key, order, tokenSorts, defaultTokenSort),
          })
        }
        skeletonRows={6}
        empty={
          <ListEmpty
            filtered={search.status !== defaultTokenStatus}
            onClearFilters={() => onSearchChange({ status: defaultTokenStatus, sort: search.sort })}
            emptyTitle={t('emptyTitle')}
            emptyHint={t('emptyHint')}
            action={createButton(t('createFirst'))}
          />
        }
      />
      <Modal
        open={creating}
        title={t('createTitle')}
        onCancel={() => setCreating(false)}
        footer={null}
        destroyOnHidden
        width={560}
      >
        <CreateTokenForm
          onCancel={() => setCreating(false)}
          onCreated={(token) => (setCreating(false), setCreated(token))}
        />
      </Modal>
      <TokenSecretModal token={created} onClose={() => setCreated(null)} />
    </>
  )
}
