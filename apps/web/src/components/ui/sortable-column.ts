import type { TableColumnType } from 'antd'
import { sortOrderFor } from '@/lib/search-params'

const directions: NonNullable<TableColumnType<unknown>['sortDirections']> = ['ascend', 'descend']

/**
 * A column sorted by the server: the order shown comes from the URL's `sort`, clicking it
 * changes the URL (Table `onChange`), and antd never sorts the loaded rows itself.
 */
export const sortableColumn = (sort: string, field: string) => ({
  sorter: true,
  sortOrder: sortOrderFor(sort, field),
  sortDirections: directions,
})
