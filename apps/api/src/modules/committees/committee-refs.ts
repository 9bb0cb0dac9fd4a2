import type { TTransaction } from '../../lib/db-types.ts'
import { AppError } from '../../lib/errors.ts'

/** Other records (users, tokens, later residents) point at committees: they must exist and be live. */
export const assertCommitteesExist = async (
  db: TTransaction,
  ids: string[],
  path = 'committeeIds',
) => {
  if (ids.length === 0) return
  const unique = [...new Set(ids)]
  const found = await db.committee.findMany({
    where: { id: { in: unique }, deletedAt: null },
    select: { id: true },
  })
  const known = new Set(found.map((c) => c.id))
  const fields = ids.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `${path}.${i}`, code: 'committee_unknown' }],
  )
  if (fields.length > 0) throw new AppError('validation_failed', 400, { fields })
}

/**
 * A record is being filed under a committee: it must exist and be in the actor's scope. Outside
 * the scope it is reported exactly like an unknown committee.
 */
export const assertCommitteeInScope = async (
  db: TTransaction,
  actor: { allCommittees: boolean; committeeIds: string[] },
  committeeId: string,
  path = 'committeeId',
) => {
  const inScope = actor.allCommittees || actor.committeeIds.includes(committeeId)
  const exists =
    inScope && (await db.committee.count({ where: { id: committeeId, deletedAt: null } })) > 0
  if (!exists)
    throw new AppError('validation_failed', 400, { fields: [{ path, code: 'committee_unknown' }] })
}
