import type { TCommittee } from '@cr/shared/committees/committee'
import type { TExportColumn } from '../../exports/export-columns.ts'

/** The residents' committees as a sheet. */
export const committeeExportColumns: readonly TExportColumn<TCommittee>[] = [
  { header: '编码', value: (c) => c.code },
  { header: '名称', width: 24, value: (c) => c.name },
  { header: '地址', width: 30, value: (c) => c.address },
  { header: '电话', width: 16, value: (c) => c.phone },
  { header: '状态', value: (c) => (c.active ? '启用' : '停用') },
]
