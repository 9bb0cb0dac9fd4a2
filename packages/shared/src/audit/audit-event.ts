import { z } from 'zod'
import { ZListQuery, pageOf, sortParam } from '../common/pagination.ts'
import { ZDateInput, ZId, ZTimestamp } from '../common/record.ts'

export const auditActions = [
  'create',
  'update',
  'delete',
  'restore',
  'login',
  'login_failed',
  'logout',
  'password_change',
  'password_reset',
  'unlock',
  'revoke',
  'reveal',
  'export',
  'import',
] as const
export const ZAuditAction = z.enum(auditActions)
export type TAuditAction = z.infer<typeof ZAuditAction>

export const ZAuditEvent = z
  .object({
    id: ZId,
    occurredAt: ZTimestamp,
    actorType: z.enum(['user', 'token', 'system']),
    actorId: ZId.nullable(),
    actorName: z.string().nullable(),
    action: ZAuditAction,
    entityType: z.string(),
    entityId: z.string().nullable(),
    committeeId: ZId.nullable(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    reason: z.string().nullable(),
    requestId: z.string().nullable(),
    clientIp: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' })
export type TAuditEvent = z.infer<typeof ZAuditEvent>

export const ZAuditEventListQuery = ZListQuery.extend({
  actorId: ZId.optional(),
  action: ZAuditAction.optional(),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(64).optional(),
  committeeId: ZId.optional(),
  from: ZDateInput.optional().describe('First day, inclusive (China Standard Time)'),
  to: ZDateInput.optional().describe('Last day, inclusive (China Standard Time)'),
  sort: sortParam(['occurredAt'] as const, '-occurredAt'),
})
export type TAuditEventListQuery = z.input<typeof ZAuditEventListQuery>

export const ZAuditEventPage = pageOf(ZAuditEvent).meta({ id: 'AuditEventPage' })

export const entityTypeLabels: Record<string, { zh: string; en: string }> = {
  committee: { zh: '居委会', en: 'Committee' },
  user: { zh: '用户', en: 'User' },
  api_token: { zh: 'API 令牌', en: 'API token' },
  session: { zh: '登录会话', en: 'Session' },
  settings: { zh: '系统设置', en: 'Settings' },
  resident: { zh: '居民', en: 'Resident' },
  building: { zh: '楼栋', en: 'Building' },
  dwelling: { zh: '房屋', en: 'Dwelling' },
  household: { zh: '户', en: 'Household' },
  import_job: { zh: '导入任务', en: 'Import job' },
  import_file: { zh: '导入的原文件', en: 'Uploaded ledger' },
}
