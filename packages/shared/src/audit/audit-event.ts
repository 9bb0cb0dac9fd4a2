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

/** 数据变更 / 登录与账号 / 导入 / 查看敏感信息 / 导出: see `auditCategoryOf`. */
export const ZAuditCategory = z.enum(['change', 'account', 'import', 'reveal', 'export'])

export const ZAuditEventListQuery = ZListQuery.extend({
  category: ZAuditCategory.optional().describe(
    'change: data changes; account: sign-ins and accounts; import; reveal; export',
  ),
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
