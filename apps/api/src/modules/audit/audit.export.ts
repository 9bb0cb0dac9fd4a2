import { auditChangeLines } from '@cr/shared/audit/audit-diff'
import type { TAuditEvent } from '@cr/shared/audit/audit-event'
import {
  auditActionLabels,
  auditActorTypeLabels,
  auditCategoryLabels,
  auditCategoryOf,
  entityTypeLabel,
  loginFailureLabels,
} from '@cr/shared/audit/audit-labels'
import type { TExportColumn } from '../../exports/export-columns.ts'

/** The instant as CST wall time, `2026-11-30 12:00:05` (China has no daylight saving). */
const cstTime = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')

/** An audit row with the name of its committee. */
export type TAuditExportRow = TAuditEvent & { committeeName: string | null }

/** A sign-in failure's reason is a code; every other reason is what the clerk typed. */
const reasonText = (event: TAuditEvent) =>
  event.reason
    ? event.action === 'login_failed'
      ? (loginFailureLabels[event.reason]?.zh ?? event.reason)
      : event.reason
    : null

/** 审计日志: the filtered log as a sheet, every change written out as `字段：旧 → 新`. */
export const auditExportColumns: readonly TExportColumn<TAuditExportRow>[] = [
  { header: '时间', width: 20, value: (e) => cstTime(e.occurredAt) },
  {
    header: '操作人',
    width: 16,
    value: (e) => e.actorName ?? auditActorTypeLabels[e.actorType].zh,
  },
  { header: '操作人类型', value: (e) => auditActorTypeLabels[e.actorType].zh },
  { header: '类别', width: 14, value: (e) => auditCategoryLabels[auditCategoryOf(e)].zh },
  { header: '操作', value: (e) => auditActionLabels[e.action].zh },
  { header: '对象类型', width: 14, value: (e) => entityTypeLabel(e.entityType, 'zh') },
  { header: '对象编号', width: 38, value: (e) => e.entityId },
  {
    header: '居委会',
    width: 18,
    value: (e) => e.committeeName ?? e.committeeId,
  },
  { header: '内容', width: 60, value: (e) => auditChangeLines(e, 'zh').join('\n') || null },
  { header: '原因', width: 24, value: reasonText },
  { header: 'IP 地址', width: 16, value: (e) => e.clientIp },
  { header: '请求编号', width: 20, value: (e) => e.requestId },
]
