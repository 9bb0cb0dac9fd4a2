import { Skeleton, Table } from 'antd'
import type { TAuditEvent } from '@cr/shared/audit/audit-event'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useTableCaption } from '@/components/ui/captioned-table'
import { ListEmpty } from '@/components/ui/list-empty'
import { ListFooter } from '@/components/ui/list-footer'
import { PageHeader } from '@/components/ui/page-header'
import { useMe } from '@/lib/auth'
import { useAuditEvents } from '../api/get-audit-events'
import { isAuditSearchFiltered, type TAuditSearch } from '../utils/audit-search'
import { buildAuditColumns } from './audit-columns'
import { AuditDiff } from './audit-diff'
import { AuditFilters } from './audit-filters'

type TProps = { search: TAuditSearch; onSearchChange: (next: TAuditSearch) => void }

/** 审计日志: newest first, filtered in the URL; a row opens into its before → after table. */
export const AuditPage = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation(['audit', 'common'])
  const me = useMe()
  const query = useAuditEvents(search)
  const components = useTableCaption(t('tableCaption'))
  const filtered = isAuditSearchFiltered(search)
  const items = query.data?.pages.flatMap((page) => page.items) ?? []
  // Names of committees come from `me` (all active ones for those who may read the log).
  const names = new Map(me.committees.map((c) => [c.id, c.name]))
  const columns = buildAuditColumns({
    t,
    language: i18n.language,
    committeeName: (id) => names.get(id) ?? id.slice(0, 8),
  })

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <AuditFilters search={search} onSearchChange={onSearchChange} filtered={filtered} />
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : query.isError && items.length === 0 ? (
        <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Table<TAuditEvent>
            rowKey="id"
            size="small"
            components={components}
            columns={columns}
            dataSource={items}
            pagination={false}
            loading={query.isFetching && !query.isFetchingNextPage}
            expandable={{
              expandedRowRender: (event) => <AuditDiff event={event} />,
              rowExpandable: (event) => Boolean(event.before || event.after || event.reason),
            }}
            locale={{
              emptyText: (
                <ListEmpty
                  filtered={filtered}
                  onClearFilters={() => onSearchChange({})}
                  emptyTitle={t('emptyTitle')}
                />
              ),
            }}
          />
          <ListFooter
            shown={items.length}
            total={query.data?.pages[0]?.total}
            hasMore={query.hasNextPage}
            loadingMore={query.isFetchingNextPage}
            onLoadMore={() => void query.fetchNextPage()}
          />
        </>
      )}
    </>
  )
}
