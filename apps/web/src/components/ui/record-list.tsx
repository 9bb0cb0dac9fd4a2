import { Skeleton, Table, type TableProps } from 'antd'
// antd's breakpoint hook by its module (see components/layout/app-shell.tsx).
import useBreakpoint from 'antd/es/grid/hooks/useBreakpoint'
import type { Key, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { pageSizes, type TListPaging } from '@/lib/search-params'
import { useTableCaption } from './captioned-table'
import { ListFooter } from './list-footer'

/** The parts of a TanStack query any list needs. */
type TListQuery = {
  isPending: boolean
  isError: boolean
  error: Error | null
  isFetching: boolean
  refetch: () => unknown
}

/** The parts of a TanStack infinite query a keyset-paged list ("load more") needs. */
export type TRecordListQuery = TListQuery & {
  isFetchingNextPage: boolean
  hasNextPage: boolean
  data?: { pages: Array<{ total?: number }> }
  fetchNextPage: () => unknown
}

type TProps<T> = Omit<
  TableProps<T>,
  'dataSource' | 'pagination' | 'loading' | 'locale' | 'onChange' | 'components'
> & {
  /** Accessible name of the table (a hidden caption). */
  caption: string
  items: T[]
  /** What an empty list says (and offers) — usually a ListEmpty. */
  empty: ReactNode
  onSort?: (columnKey: Key | undefined, order: 'ascend' | 'descend' | null | undefined) => void
  skeletonRows?: number
} & ({ query: TRecordListQuery; paging?: undefined } | { query: TListQuery; paging: TListPaging })

/**
 * Every record list page's body, declared once: a skeleton while the first page loads, the
 * problem (with retry) when it fails, otherwise the table with its empty state and either page
 * numbers (`paging`: 共 N 条, page size, jump to a page) or, on the keyset-only lists that grow
 * without bound, the "load more" footer.
 */
export const RecordList = <T extends object>({
  caption,
  query,
  items,
  empty,
  onSort,
  skeletonRows = 8,
  paging,
  ...table
}: TProps<T>) => {
  const { t } = useTranslation()
  const components = useTableCaption(caption)
  // On a phone the columns keep their width and the table scrolls sideways inside the page,
  // instead of squeezing a name to one character per line.
  const wide = useBreakpoint().md !== false
  if (query.isPending) return <Skeleton active paragraph={{ rows: skeletonRows }} />
  if (query.isError && items.length === 0) {
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  }
  return (
    <>
      <Table<T>
        rowKey="id"
        size="middle"
        scroll={wide ? undefined : { x: 'max-content' }}
        {...table}
        components={components}
        dataSource={items}
        pagination={
          paging && {
            current: paging.page,
            pageSize: paging.pageSize,
            total: paging.total,
            pageSizeOptions: [...pageSizes],
            showSizeChanger: true,
            showQuickJumper: true,
            showTotal: (total) => t('list.total', { total }),
            // A phone has room for "‹ 3 / 12 ›" and the jump box, not for ten page buttons.
            simple: !wide,
            hideOnSinglePage: false,
          }
        }
        loading={query.isFetching && !('isFetchingNextPage' in query && query.isFetchingNextPage)}
        onChange={(pagination, _filters, sorter, { action }) => {
          if (action === 'paginate' && paging) {
            paging.onChange(pagination.current ?? 1, pagination.pageSize ?? paging.pageSize)
            return
          }
          const s = Array.isArray(sorter) ? sorter[0] : sorter
          onSort?.(s?.columnKey, s?.order)
        }}
        locale={{ emptyText: empty }}
      />
      {!paging && 'fetchNextPage' in query && (
        <ListFooter
          shown={items.length}
          total={query.data?.pages[0]?.total}
          hasMore={query.hasNextPage}
          loadingMore={query.isFetchingNextPage}
          onLoadMore={() => void query.fetchNextPage()}
        />
      )}
    </>
  )
}
