import { relationshipTable } from '@cr/shared/code-tables/relationship'
import type { THousehold } from '@cr/shared/households/household'
import type { TExportColumn } from '../../exports/export-columns.ts'

/** 户籍台账: one row per household, its head and its current members with their relationship. */
export const householdExportColumns: readonly TExportColumn<THousehold>[] = [
  { header: '住址', width: 34, value: (h) => h.dwelling.address },
  { header: '户主', value: (h) => h.head.name },
  { header: '人数', value: (h) => h.members.length },
  {
    header: '家庭成员',
    width: 40,
    value: (h) =>
      h.members
        .map(
          (m) =>
            `${m.resident.name}（${relationshipTable.nameOf(m.relationship) ?? m.relationship}）`,
        )
        .join('、'),
  },
  { header: '居委会', width: 18, value: (h) => h.committee.name },
]
