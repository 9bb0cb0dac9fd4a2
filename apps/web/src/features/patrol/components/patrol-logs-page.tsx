import { FileAddOutlined } from '@ant-design/icons'
import { Space } from 'antd'
import type { TPatrolLog } from '@cr/shared/patrol/patrol-log'
import { useTranslation } from 'react-i18next'
import { ButtonLink } from '@/components/ui/button-link'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import { ListEmpty } from '@/components/ui/list-empty'
import { PageHeader } from '@/components/ui/page-header'
import { RecordList } from '@/components/ui/record-list'
import { sortableColumn } from '@/components/ui/sortable-column'
import { paths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { searchPaging, sortParamFrom } from '@/lib/search-params'
import { usePatrolLogs } from '../api/patrol-logs'
import { patrolLogsFiltered, toPatrolLogListQuery } from '../utils/patrol-log-query'
import {
  defaultPatrolLogSort,
  patrolLogSorts,
  type TPatrolLogsSearch,
} from '../utils/patrol-log-search'
import { buildPatrolLogColumns } from './patrol-log-columns'
import { PatrolLogsToolbar } from './patrol-logs-toolbar'

type TProps = { search: TPatrolLogsSearch; onSearchChange: (next: TPatrolLogsSearch) => void }

/**
 * 巡逻登记: the register as a list — every patrol with its time, team, people, route, how much of
 * the route was walked and what was found; filters in the URL, 导出 the filtered register.
 */
export const PatrolLogsPage = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation('patrol')
  const canWrite = useCan('patrol:write')
  const query = usePatrolLogs(search)
  const reset = () => onSearchChange({ sort: search.sort, size: search.size })
  const createButton = canWrite && (
    <ButtonLink to={paths.patrolLogNew} kind="primary" icon={<FileAddOutlined aria-hidden />}>
      {t('logs.create')}
    </ButtonLink>
  )
  const columns = buildPatrolLogColumns({ t, lang: i18n.language }).map((c) =>
    c.key === 'date' ? { ...c, ...sortableColumn(search.sort, 'date') } : c,
  )
  return (
    <>
      <PageHeader
        title={t('logs.title')}
        description={t('logs.description')}
        actions={
          <Space wrap>
            <ExportButton
              files={[
                {
                  key: 'patrol-logs',
                  href: listExportHref('patrol-logs', toPatrolLogListQuery(search)),
                },
              ]}
              menuLabel={t('logs.exportMenu')}
            />
            {createButton}
          </Space>
        }
      />
      <PatrolLogsToolbar search={search} onSearchChange={onSearchChange} />
      <RecordList<TPatrolLog>
        caption={t('logs.caption')}
        query={query}
        items={query.data?.items ?? []}
        paging={searchPaging(search, query.data?.total, onSearchChange)}
        columns={columns}
        onSort={(key, order) =>
          onSearchChange({
            ...search,
            sort: sortParamFrom(key, order, patrolLogSorts, defaultPatrolLogSort),
          })
        }
        empty={
          <ListEmpty
            filtered={patrolLogsFiltered(search)}
            onClearFilters={reset}
            emptyTitle={t('logs.empty')}
            emptyHint={t('logs.emptyHint')}
            action={createButton}
          />
        }
      />
    </>
  )
}
