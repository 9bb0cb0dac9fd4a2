import type { TAuditEvent } from '@cr/shared/audit/audit-event'
import { useTranslation } from 'react-i18next'
import { ListEmpty } from '@/components/ui/list-empty'
import { RecordList } from '@/components/ui/record-list'
import { PageHeader } from '@/components/ui/page-header'
import { useMe } from '@/lib/auth'
import { useAuditEvents } from '../api/get-audit-events'
import { isAuditSearchFiltered, type TAuditSearch } from '../utils/audit-search'
import { buildAuditColumns } from './audit-columns'
import { AuditDiff } from './audit-diff'
import { AuditExportButton } from './audit-export-button'
import { AuditFilters } from './audit-filters'

type TProps = { search: TAuditSearch; onSearchChange: (next: TAuditSearch) => void }

/**
 * 审计日志: newest first, filtered in the URL (类别, 操作人, 对象, 操作, 日期, 居委会), with the total
 * where it is cheap; each row says what changed in words and opens into its before → after table.
 */
export const AuditPage = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation(['audit', 'common'])
  const me = useMe()
  const query = useAuditEvents(search)
  const caption = t('tableCaption')
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
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={<AuditExportButton search={search} />}
      />
      <AuditFilters search={search} onSearchChange={onSearchChange} filtered={filtered} />
      <RecordList<TAuditEvent>
        caption={caption}
        query={query}
        items={items}
        size="small"
        columns={columns}
        expandable={{
          expandedRowRender: (event) => <AuditDiff event={event} />,
          rowExpandable: (event) => Boolean(event.before || event.after || event.reason),
        }}
        skeletonRows={10}
        empty={
          <ListEmpty
            filtered={filtered}
            onClearFilters={() => onSearchChange({})}
            emptyTitle={t('emptyTitle')}
          />
        }
      />
    </>
  )
}
