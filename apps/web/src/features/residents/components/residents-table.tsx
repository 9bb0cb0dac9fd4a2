import { lazyOnIdle } from '@/lib/lazy-on-idle'
import { Empty, Table } from 'antd'
import type { TResident } from '@cr/shared/residents/resident'
import { messageFor } from '@cr/shared/common/issue'
import { parseIdNumber } from '@cr/shared/validators/id-number'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useTableCaption } from '@/components/ui/captioned-table'
import { ListEmpty } from '@/components/ui/list-empty'
import { ListFooter } from '@/components/ui/list-footer'
import { toLabelLanguage } from '@/lib/language'
import { useResidents } from '../api/get-residents'
import { useResidentIdSearch } from '../api/search-residents-by-id'
import { residentSortFrom, type TResidentsSearch } from '../utils/resident-list-search'
import { buildResidentColumns } from './resident-columns'
import { OutlineSkeleton } from '@/components/ui/outline-skeleton'

/** antd's Alert only for a search by ID number: not on the list's first paint. */
const IdSearchNotice = lazyOnIdle(() => import('./id-search-notice').then((m) => m.IdSearchNotice))

type TProps = {
  search: TResidentsSearch
  onSearchChange: (next: TResidentsSearch) => void
  /** An ID number (whole, or being typed): the exact lookup replaces the list. */
  idNumber: string | null
  filtered: boolean
  onReset: () => void
  /** The create button with a label of its own (新建居民 stays unique on the page). */
  createButton: (label: string) => ReactNode
  onOpen: (id: string) => void
  /** Rows chosen for a batch action (kept while more pages load); absent: no selection. */
  selection?: { selected: string[]; onChange: (ids: string[]) => void }
}

/** 居民列表: the keyset-paged list, or the one person a whole ID number belongs to. */
export const ResidentsTable = (props: TProps) => {
  const { search, onSearchChange, idNumber, filtered, onReset, createButton, onOpen, selection } =
    props
  const { t, i18n } = useTranslation(['residents', 'common'])
  const parsed = idNumber ? parseIdNumber(idNumber) : null
  const validId = parsed?.ok ? parsed.id.value : null
  const list = useResidents(search, idNumber === null)
  const byId = useResidentIdSearch(validId)
  const components = useTableCaption(t('tableCaption'))
  const query = idNumber ? byId : list
  const items = idNumber
    ? (byId.data?.items ?? [])
    : (list.data?.pages.flatMap((page) => page.items) ?? [])
  const columns = buildResidentColumns({
    t,
    sort: search.sort,
    sortable: !idNumber,
    showStatus: Boolean(search.status || idNumber),
  })

  if (parsed && !parsed.ok) {
    // Still being typed: say what is missing rather than call it wrong.
    const typing = parsed.error === 'id_number_length'
    return (
      <IdSearchNotice
        state={typing ? 'typing' : 'invalid'}
        text={
          typing ? t('idSearch.partial') : messageFor(parsed.error, toLabelLanguage(i18n.language))
        }
      />
    )
  }
  if (query.isPending) return <OutlineSkeleton rows={8} />
  if (query.isError && items.length === 0)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  return (
    <>
      {idNumber && <IdSearchNotice state="active" text={t('idSearch.active')} />}
      <Table<TResident>
        rowKey="id"
        size="middle"
        components={components}
        columns={columns}
        dataSource={items}
        pagination={false}
        loading={query.isFetching && !list.isFetchingNextPage}
        scroll={{ x: 1000 }}
        rowSelection={
          selection && {
            selectedRowKeys: selection.selected,
            preserveSelectedRowKeys: true,
            onChange: (keys) => selection.onChange(keys.map(String)),
            getCheckboxProps: (r) => ({ 'aria-label': t('batch.selectRow', { name: r.name }) }),
          }
        }
        onRow={(r) => ({
          // A click on the row opens the profile, but not one on its selection box.
          onClick: (event) => {
            if ((event.target as HTMLElement).closest('.ant-table-selection-column')) return
            onOpen(r.id)
          },
          style: { cursor: 'pointer' },
        })}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter
          onSearchChange({ ...search, sort: residentSortFrom(s?.columnKey, s?.order) })
        }}
        locale={{
          emptyText: idNumber ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('idSearch.notFound')}>
              {createButton(t('idSearch.register'))}
            </Empty>
          ) : (
            <ListEmpty
              filtered={filtered}
              onClearFilters={onReset}
              emptyTitle={t('emptyTitle')}
              emptyHint={t('emptyHint')}
              action={createButton(t('createFirst'))}
            />
          ),
        }}
      />
      {!idNumber && (
        <ListFooter
          shown={items.length}
          total={list.data?.pages[0]?.total}
          hasMore={list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      )}
    </>
  )
}
