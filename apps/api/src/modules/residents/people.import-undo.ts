import { AppError } from '../../lib/errors.ts'
import type { TWriteStageContext } from '../../imports/ledger-type.ts'
import { auditFrom, run } from '../../imports/staged-sql.ts'
import { residentAuditSnapshot } from './people.import-sql.ts'

export type TUndoContext = Omit<TWriteStageContext, 'onConflict' | 'mappedFields'>

/**
 * The people half of undo, for every ledger that brings people in: the people a job updated
 * are restored to the snapshot it kept, those it registered are deleted. The type undoes its
 * own records first (what refers to the people); all of it runs in the caller's transaction,
 * so a refusal here (409) takes back what the type already did.
 */

const restorable = [
  ['name', 'name'],
  ['ethnicity', 'ethnicity'],
  ['education', 'education'],
  ['political_status', 'politicalStatus'],
  ['marital_status', 'maritalStatus'],
  ['employment_status', 'employmentStatus'],
  ['phone_hash', 'phoneHash'],
  ['phone_masked', 'phoneMasked'],
  ['phone_last4', 'phoneLast4'],
  ['notes', 'notes'],
] as const

/** A person the job wrote has another version now: edited, deleted or updated by a later import. */
const changedSinceSql = `
  SELECT 1 FROM import_record i LEFT JOIN resident r ON r.id = i.entity_id
  WHERE i.job_id = $1 AND i.entity_type = 'resident'
    AND (r.id IS NULL OR r.version <> i.version_after OR r.deleted_at IS NOT NULL)
  LIMIT 1`

/** Deletes the rows of one entity type the job created, with an audit row each. */
export const deleteCreated = (table: string, entityType: string, before: string) =>
  `WITH gone AS (
     DELETE FROM ${table} t USING import_record i
     WHERE i.job_id = $7 AND i.entity_type = '${entityType}' AND i.action = 'create'
       AND t.id = i.entity_id
     RETURNING t.*)
   ${auditFrom('gone', { action: 'delete', entityType, before })}`

/** Refuses (409) when a foreign key still holds what is deleted: someone else refers to it. */
export const referencedIsConflict = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work()
  } catch (error) {
    if ((error as { code?: string }).code === '23503')
      throw new AppError('import_undo_conflict', 409)
    throw error
  }
}

/**
 * Restores the people the job updated and deletes those it registered, with audit rows; 409
 * when any of them changed since, or is referred to by a record the job did not write (a
 * household, a party membership, a dwelling's owner).
 */
export const undoPeople = async (ctx: TUndoContext) => {
  const { client } = ctx
  // Lock what the job touched, so nothing changes between the check and the undo.
  await client.query(
    `SELECT 1 FROM resident r JOIN import_record i ON i.entity_id = r.id
     WHERE i.job_id = $1 AND i.entity_type = 'resident' FOR UPDATE OF r`,
    [ctx.jobId],
  )
  if ((await client.query(changedSinceSql, [ctx.jobId])).rowCount)
    throw new AppError('import_undo_conflict', 409)
  await run(
    ctx,
    `WITH restored AS (
      UPDATE resident r SET ${restorable.map(([c, k]) => `${c} = i.before->>'${k}'`).join(', ')},
        phone_cipher = decode(i.before->>'phoneCipher', 'base64'),
        category = (i.before->>'category')::"PopulationCategory",
        tags = ARRAY(SELECT jsonb_array_elements_text(i.before->'tags')),
        residence = COALESCE((i.before->>'residence')::"Residence", r.residence),
        version = r.version + 1, updated_at = now()
      FROM import_record i
      WHERE i.job_id = $7 AND i.entity_type = 'resident' AND i.action = 'update' AND r.id = i.entity_id
      RETURNING r.*)
    ${auditFrom('restored', { action: 'update', entityType: 'resident', after: residentAuditSnapshot('restored') })}`,
  )
  await referencedIsConflict(() =>
    run(ctx, deleteCreated('resident', 'resident', residentAuditSnapshot('gone'))),
  )
}
