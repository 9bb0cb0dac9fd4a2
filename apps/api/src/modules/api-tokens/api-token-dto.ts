import type { TApiToken } from '@cr/shared/api-tokens/api-token'
import { fromDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'

/** What a token's DTO needs besides its row (never its hash): committees and who created it. */
export const apiTokenInclude = {
  committees: { include: { committee: { select: { id: true, name: true } } } },
  createdBy: { select: { id: true, displayName: true } },
} as const

type TRow = Awaited<ReturnType<TTransaction['apiToken']['findFirstOrThrow']>> & {
  committees: Array<{ committee: { id: string; name: string } }>
  createdBy: { id: string; displayName: string } | null
}

export const toApiTokenDto = (row: TRow): TApiToken => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  role: row.role,
  committees: row.committees.map((c) => c.committee),
  expiresOn: fromDbDate(row.expiresOn),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  createdBy: row.createdBy ? { id: row.createdBy.id, name: row.createdBy.displayName } : null,
})
