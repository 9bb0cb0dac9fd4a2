import { PlusOutlined } from '@ant-design/icons'
import { Button, Space } from 'antd'
import type { TCommittee } from '@cr/shared/committees/committee'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ListEmpty } from '@/components/ui/list-empty'
import { RecordList } from '@/components/ui/record-list'
import { PageHeader } from '@/components/ui/page-header'
import { useCan } from '@/lib/auth'
import { searchPaging, sortParamFrom } from '@/lib/search-params'
import { useDeleteCommittee } from '../api/delete-committee'
import { useCommittees } from '../api/get-committees'
import {
  committeeSorts,
  defaultCommitteeSort,
  type TCommitteeSearch,
} from '../utils/committee-search'
import { CommitteesExportButton } from './committees-export-button'
import { buildCommitteeColumns } from './committee-columns'
import { CommitteeFormModal, type TCommitteeFormTarget } from './committee-form-modal'
import { CommitteesToolbar } from './committees-toolbar'
import { feedback } from '@/lib/feedback'

type TProps = { search: TCommitteeSearch; onSearchChange: (next: TCommitteeSearch) => void }

/** 居委会: search, filter, sort, load more; create/edit in a modal, delete with a confirmation. */
export const CommitteesPage = ({ search, onSearchChange }: TProps) => {
  const { t } = useTranslation(['committees', 'common'])
  const canWrite = useCan('committee:write')
  const [target, setTarget] = useState<TCommitteeFormTarget | null>(null)
  const query = useCommittees(search)
  const remove = useDeleteCommittee()
  const caption = t('tableCaption')
  const filtered = Boolean(search.q) || search.active !== undefined
  const items = query.data?.items ?? []

  const onDelete = (c: TCommittee) =>
    remove.mutate(
      { id: c.id, version: c.version },
      { onSuccess: () => feedback.success(t('common:messages.deleted')) },
    )
  const columns = buildCommitteeColumns({
    t,
    sort: search.sort,
    canWrite,
    onEdit: (c) => setTarget({ mode: 'edit', id: c.id }),
    onDelete,
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
        actions={
          <Space>
            <CommitteesExportButton search={search} />
            {createButton(t('create'))}
          </Space>
        }
      />
      <CommitteesToolbar search={search} onSearchChange={onSearchChange} filtered={filtered} />
      {remove.error && (
        <ProblemAlert
          error={remove.error}
          onReload={() => (remove.reset(), void query.refetch())}
        />
      )}
      <RecordList<TCommittee>
        caption={caption}
        query={query}
        items={items}
        paging={searchPaging(search, query.data?.total, onSearchChange)}
        columns={columns}
        onSort={(key, order) =>
          onSearchChange({
            ...search,
            sort: sortParamFrom(key, order, committeeSorts, defaultCommitteeSort),
          })
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
      <CommitteeFormModal target={target} onClose={() => setTarget(null)} />
    </>
  )
}
