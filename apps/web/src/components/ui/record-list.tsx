import { Grid, Skeleton, Table, type TableProps } from 'antd'
import type { Key, ReactNode } from 'react'
import { ProblemResult } from '@/components/errors/problem-result'
import { useTableCaption } from './captioned-table'
import { ListFooter } from './list-footer'

/** The parts of a TanStack infinite query a keyset-paged list needs. */
export type TRecordListQuery = {
  isPending: boolean
  isError: boolean
  error: Error | null
  isFetching: boolean
  isFetchingNextPage: boolean
  hasNextPage: boolean
  data?: { pages: Array<{ total?: number }> }
  refetch: () => unknown
  fetchNextPage: () => unknown
}

type TProps<T> = Omit<
  TableProps<T>,
  'dataSource' | 'pagination' | 'loading' | 'locale' | 'onChange' | 'components'
> & {
  /** Accessible name of the table (a hidden caption). */
  caption: string
  query: TRecordListQuery
  items: T[]
  /** What an empty list says (and offers) — usually a ListEmpty. */
  empty: ReactNode
  onSort?: (columnKey: Key | undefined, order: 'ascend' | 'descend' | null | undefined) => void
  skeletonRows?: number
}

/**
 * Every record list page's body, declared once: a skeleton while the first page loads, the
 * problem (with retry) when it fails, otherwise the table with its empty state and the keyset
 * "load more" footer.
 */
export const RecordList = <T extends object>({
  caption,
  query,
  items,
  empty,
  onSort,
  skeletonRows = 8,
  ...table
}: TProps<T>) => {
  const components = useTableCaption(caption)
  // On a phone the columns keep their width and the table scrolls sideways inside the page,
  // instead of squeezing a name to one character per line.
  const wide = Grid.useBreakpoint().md !== false
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
        pagination={false}
        loading={query.isFetching && !query.isFetchingNextPage}
        onChange={(_pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter
          onSort?.(s?.columnKey, s?.order)
        }}
        locale={{ emptyText: empty }}
      />
      <ListFooter
        shown={items.length}
        total={query.data?.pages[0]?.total}
        hasMore={query.hasNextPage}
        loadingMore={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </>
  )
}
