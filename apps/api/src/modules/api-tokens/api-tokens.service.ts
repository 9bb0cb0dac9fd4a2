import type { TTransaction } from '../../lib/db-types.ts'
import type { ZApiTokenCreate, ZApiTokenListQuery } from '@cr/shared/api-tokens/api-token'
import type { z } from 'zod'
import { roleSeesAllCommittees } from '@cr/shared/auth/roles'
import { fieldError, notFound } from '../../lib/errors.ts'
import { newId, randomSecret, sha256 } from '../../lib/ids.ts'
import { numbering, pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { assertCommitteesExist } from '../committees/committee-refs.ts'
import { fromDbDate, toDbDate } from '../../lib/dates.ts'
import { tokenPrefix } from './token-auth.ts'
import { apiTokenInclude, toApiTokenDto } from './api-token-dto.ts'

const statusWhere = (status: z.output<typeof ZApiTokenListQuery>['status'], on: string) => {
  const today = toDbDate(on)
  if (status === 'active') return { revokedAt: null, expiresOn: { gte: today } }
  if (status === 'revoked') return { revokedAt: { not: null } }
  if (status === 'expired') return { revokedAt: null, expiresOn: { lt: today } }
  return {}
}

export const listApiTokens = async (
  db: TTransaction,
  query: z.output<typeof ZApiTokenListQuery>,
  today: string,
) => {
  const sort = parseSort(query.sort)
  const where = statusWhere(query.status, today)
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const rows = await db.apiToken.findMany({
    where: after ? { AND: [where, after] } : where,
    orderBy,
    skip,
    take,
    include: apiTokenInclude,
  })
  return {
    ...toPage(rows, query.limit, sort, toApiTokenDto),
    ...(await numbering(query, () => db.apiToken.count({ where: where }))),
  }
}

/** Creates a token; the secret is in this one answer only, the database keeps its SHA-256. */
export const createApiToken = async (
  ctx: TWriteContext,
  input: z.output<typeof ZApiTokenCreate>,
) => {
  const today = ctx.today
  const limit = toDbDate(today)
  limit.setUTCFullYear(limit.getUTCFullYear() + 1)
  if (input.expiresOn < today) throw fieldError('expiresOn', 'date_in_past')
  if (input.expiresOn > fromDbDate(limit)) throw fieldError('expiresOn', 'token_expiry_too_far')
  if (!roleSeesAllCommittees(input.role) && input.committeeIds.length === 0) {
    throw fieldError('committeeIds', 'committees_required')
  }
  await assertCommitteesExist(ctx.tx, input.committeeIds)
  const token = `${tokenPrefix}${randomSecret()}`
  const row = await ctx.tx.apiToken.create({
    data: {
      id: newId(),
      name: input.name,
      prefix: token.slice(0, 10),
      tokenHash: sha256(token),
      role: input.role,
      expiresOn: toDbDate(input.expiresOn),
      createdById: ctx.actor.userId,
      committees: { create: input.committeeIds.map((committeeId) => ({ committeeId })) },
    },
    include: apiTokenInclude,
  })
  const after = toApiTokenDto(row)
  await ctx.audit({ action: 'create', entityType: 'api_token', entityId: row.id, after })
  return { ...after, token }
}

export const revokeApiToken = async (ctx: TWriteContext, id: string) => {
  const row = await ctx.tx.apiToken.findUnique({ where: { id }, include: apiTokenInclude })
  if (!row) throw notFound()
  if (row.revokedAt) return toApiTokenDto(row)
  const revoked = await ctx.tx.apiToken.update({
    where: { id },
    data: { revokedAt: new Date() },
    include: apiTokenInclude,
  })
  const after = toApiTokenDto(revoked)
  await ctx.audit({
    action: 'revoke',
    entityType: 'api_token',
    entityId: id,
    before: toApiTokenDto(row),
    after,
  })
  return after
}
