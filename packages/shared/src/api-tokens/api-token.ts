import { z } from 'zod'
import { ZNumberedListQuery, pageOf, sortParam } from '../common/pagination.ts'
import { ZDate, ZDateInput, ZId, ZRef, ZTimestamp } from '../common/record.ts'
import { ZRole } from '../auth/roles.ts'

/** An integration's credential. The secret is shown once at creation and stored only as a hash. */
export const ZApiToken = z
  .object({
    id: ZId,
    name: z.string(),
    prefix: z.string().describe('First characters of the token, to recognise it'),
    role: ZRole,
    committees: z.array(ZRef),
    expiresOn: ZDate,
    lastUsedAt: ZTimestamp.nullable(),
    revokedAt: ZTimestamp.nullable(),
    createdAt: ZTimestamp,
    createdBy: ZRef.nullable(),
  })
  .meta({ id: 'ApiToken' })
export type TApiToken = z.infer<typeof ZApiToken>

export const ZApiTokenCreate = z
  .object({
    name: z.string().trim().min(2).max(80),
    role: ZRole,
    committeeIds: z.array(ZId).max(200).default([]),
    expiresOn: ZDateInput,
  })
  .meta({ id: 'ApiTokenCreate' })
export type TApiTokenCreate = z.input<typeof ZApiTokenCreate>

export const ZApiTokenCreated = ZApiToken.extend({
  token: z
    .string()
    .describe('The secret. Shown only in this response; send as `Authorization: Bearer …`'),
}).meta({ id: 'ApiTokenCreated' })
export type TApiTokenCreated = z.infer<typeof ZApiTokenCreated>

export const ZApiTokenListQuery = ZNumberedListQuery.extend({
  status: z.enum(['active', 'revoked', 'expired', 'all']).default('active'),
  sort: sortParam(['createdAt', 'name', 'expiresOn'] as const, '-createdAt'),
})
export type TApiTokenListQuery = z.input<typeof ZApiTokenListQuery>

export const ZApiTokenPage = pageOf(ZApiToken).meta({ id: 'ApiTokenPage' })
