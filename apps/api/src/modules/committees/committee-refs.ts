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
