import type { TDb } from '../lib/db-types.ts'

/**
 * The bytes of a job's stored upload, read through the raw pool: pg hands a bytea back as one
 * Buffer (decoded from its hex text form); through Prisma the value was converted again on the
 * way, several copies of a 50 MB ledger in flight at once.
 */
export const readStoredFile = async (pool: TDb['pool'], jobId: string): Promise<Buffer> => {
  const { rows } = await pool.query<{ content: Buffer }>(
    'SELECT content FROM import_file WHERE job_id = $1',
    [jobId],
  )
  const content = rows[0]?.content
  if (!content) throw new Error(`import job ${jobId} has no stored file`)
  return content
}
