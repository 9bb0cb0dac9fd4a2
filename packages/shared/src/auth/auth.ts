import { z } from 'zod'
import { ZId, ZRef } from '../common/record.ts'
import { ZPermission, ZRole } from './roles.ts'

export const ZLoginRequest = z
  .object({
    username: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(128),
  })
  .meta({ id: 'LoginRequest' })
export type TLoginRequest = z.infer<typeof ZLoginRequest>

export const ZChangePasswordRequest = z
  .object({
    currentPassword: z.string().min(1).max(128),
    newPassword: z.string().min(1).max(128),
  })
  .meta({ id: 'ChangePasswordRequest' })
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>

/** Who is signed in, what they may do, and which committees they see. */
export const ZMe = z
  .object({
    user: z.object({
      id: ZId,
      username: z.string(),
      displayName: z.string(),
      role: ZRole,
    }),
    authMethod: z.enum(['session', 'token']),
    permissions: z.array(ZPermission),
    allCommittees: z.boolean().describe('True when the data scope is every committee'),
    committees: z
      .array(ZRef)
      .describe('Committees in scope (all active ones for admins and supervisors)'),
    mustChangePassword: z.boolean(),
    passwordPolicy: z.enum(['dengbao', 'asvs']),
    officeName: z.string().describe('The office’s name for printed forms; empty until set'),
  })
  .meta({ id: 'Me' })
export type TMe = z.infer<typeof ZMe>
