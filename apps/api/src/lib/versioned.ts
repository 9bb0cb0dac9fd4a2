import { notFound, preconditionFailed } from './errors.ts'

/** The slice of a Prisma model delegate that optimistic updates need. */
type TVersionedDelegate = {
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>
  count(args: { where: object }): Promise<number>
}

/**
 * Applies `data` only if the row is still at `version` (and visible through `where`), bumping the
 * version. Under concurrency exactly one writer of a version wins: PostgreSQL re-checks the
 * WHERE clause on the locked row, so the others update nothing and get 412.
 * A row that is not visible at all answers 404, exactly as if it did not exist.
 */
export const updateVersioned = async (
  delegate: TVersionedDelegate,
  where: { id: string } & object,
  version: number,
  data: object,
): Promise<void> => {
  const { count } = await delegate.updateMany({
    where: { ...where, version },
    data: { ...data, version: { increment: 1 } },
  })
  if (count === 1) return
  const exists = await delegate.count({ where })
  throw exists ? preconditionFailed() : notFound()
}
