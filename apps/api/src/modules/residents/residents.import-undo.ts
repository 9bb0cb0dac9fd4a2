import { AppError } from '../../lib/errors.ts'
import { run } from '../../imports/staged-sql.ts'
import {
  deleteCreated,
  referencedIsConflict,
  undoPeople,
  type TUndoContext,
} from './people.import-undo.ts'

/**
 * Anything of the places and households that moved on since the job: a record it wrote with
 * another version now (edited, deleted, or updated by a later import), a member who left, or
 * rows others added to what the job created (members or history of its households — their
 * counts are kept on the household's record —, owners or households in its dwellings). The
 * people are checked by `undoPeople`.
 */
const changedSinceSql = `
  SELECT i.entity_type, i.entity_id FROM import_record i
  LEFT JOIN building b ON i.entity_type = 'building' AND b.id = i.entity_id
  LEFT JOIN dwelling d ON i.entity_type = 'dwelling' AND d.id = i.entity_id
  LEFT JOIN household h ON i.entity_type = 'household' AND h.id = i.entity_id
  LEFT JOIN household_member m ON i.entity_type = 'household_member' AND m.id = i.entity_id
  WHERE i.job_id = $1 AND CASE i.entity_type
    WHEN 'building' THEN b.id IS NULL OR b.version <> i.version_after OR b.deleted_at IS NOT NULL
    WHEN 'dwelling' THEN d.id IS NULL OR d.version <> i.version_after OR d.deleted_at IS NOT NULL
      OR EXISTS (SELECT 1 FROM resident o WHERE d.owner_resident_id = o.id)
    WHEN 'household' THEN h.id IS NULL OR h.version <> i.version_after OR h.deleted_at IS NOT NULL
      OR (SELECT count(*) FROM household_member x WHERE x.household_id = h.id)
        <> COALESCE((i.before->>'members')::int, 0)
      OR (SELECT count(*) FROM household_event e WHERE e.household_id = h.id)
        <> COALESCE((i.before->>'events')::int, 0)
      OR EXISTS (SELECT 1 FROM household_member x WHERE x.household_id = h.id
        AND x.left_on IS NOT NULL)
    WHEN 'household_member' THEN m.id IS NULL OR m.left_on IS NOT NULL
    ELSE false END
  LIMIT 1`

/**
 * Takes a committed residents import back as a whole, in the caller's transaction: history and
 * members it added, households; then its people (`undoPeople`: updated ones restored to the
 * snapshot the job kept, registered ones deleted); then dwellings and buildings. Refuses (409)
 * when anything changed since.
 */
export const undoResidentsImport = async (ctx: TUndoContext) => {
  const { client } = ctx
  const changed = await client.query(changedSinceSql, [ctx.jobId])
  if (changed.rowCount) throw new AppError('import_undo_conflict', 409)
  for (const [table, type] of [
    ['household_event', 'household_event'],
    ['household_member', 'household_member'],
  ] as const)
    await client.query(
      `DELETE FROM ${table} t USING import_record i
       WHERE i.job_id = $1 AND i.entity_type = '${type}' AND t.id = i.entity_id`,
      [ctx.jobId],
    )
  await run(
    ctx,
    deleteCreated('household', 'household', `jsonb_build_object('dwellingId', gone.dwelling_id)`),
  )
  await undoPeople(ctx)
  // Someone else refers to a place the job created (a household in its dwelling, a leader…).
  await referencedIsConflict(async () => {
    for (const table of ['dwelling', 'building'])
      await run(ctx, deleteCreated(table, table, `jsonb_build_object('address', gone.address)`))
  })
}
