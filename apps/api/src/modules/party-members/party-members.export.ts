import { educationTable } from '@cr/shared/code-tables/education'
import { ethnicityTable } from '@cr/shared/code-tables/ethnicity'
import { sexTable } from '@cr/shared/code-tables/sex'
import type { TPartyMember } from '@cr/shared/party/party-member'
import { memberCategoryLabels, memberStatusLabels } from '@cr/shared/party/party-codes'
import type { ZPartyMemberListQuery } from '@cr/shared/party/party-member'
import type { z } from 'zod'
import type { TExportColumn } from '../../exports/export-columns.ts'
import type { TActor } from '../../lib/actor.ts'
import { toDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { allPages } from '../../exports/all-pages.ts'
import { listMembers } from './party-members.service.ts'

const nameIn =
  (table: { nameOf: (code: string) => string | undefined }) => (code: string | null) =>
    code === null ? null : (table.nameOf(code) ?? code)
const day = (date: string | null) => (date ? toDbDate(date) : null)

/**
 * The roster (党员花名册) as offices keep it, headed as the roster import reads it, so an
 * exported roster imports back. Identifiers masked, as in every export.
 */
export const memberExportColumns: readonly TExportColumn<TPartyMember>[] = [
  { header: '姓名', value: (m) => m.resident.name },
  { header: '性别', value: (m) => nameIn(sexTable)(m.resident.sex) },
  { header: '民族', value: (m) => nameIn(ethnicityTable)(m.resident.ethnicity) },
  { header: '公民身份号码', width: 22, value: (m) => m.resident.idNumberMasked },
  { header: '出生年月', value: (m) => day(m.resident.birthDate) },
  { header: '文化程度', value: (m) => nameIn(educationTable)(m.resident.education) },
  { header: '所在党支部', width: 20, value: (m) => m.organization.name },
  { header: '党员状态', value: (m) => memberStatusLabels[m.status].zh },
  { header: '入党时间', value: (m) => day(m.joinedOn) },
  { header: '转正时间', value: (m) => day(m.fullMembershipOn) },
  { header: '党员类别', width: 18, value: (m) => memberCategoryLabels[m.category].zh },
  { header: '党龄', value: (m) => m.partyStanding },
  { header: '联系电话', width: 14, value: (m) => m.resident.phoneMasked },
  { header: '居委会', width: 18, value: (m) => m.resident.committee.name },
  { header: '党费交至', value: (m) => m.dues.paidThrough },
  { header: '备注', width: 30, value: (m) => m.notes },
]

/** Every member the list's filters match, page by page (keyset): one page in memory. */
export const exportMembers = (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZPartyMemberListQuery>,
  today: string,
) => allPages((cursor) => listMembers(db, actor, { ...query, limit: 100, cursor }, today))
