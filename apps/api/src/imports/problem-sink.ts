import type pg from 'pg'
import type { TImportProblem } from './problems.ts'

const batchSize = 500

/**
 * Collects a job's row problems and writes them in batches through the pool — outside the run's
 * transaction, so a dry run's rollback keeps its report. Memory holds one batch at a time.
 */
export const createProblemSink = (pool: pg.Pool, jobId: string) => {
  let pending: TImportProblem[] = []
  let total = 0
  const flush = async () => {
    if (!pending.length) return
    const batch = pending
    pending = []
    const column = <K extends keyof TImportProblem>(key: K) => batch.map((p) => p[key])
    await pool.query(
      `INSERT INTO import_problem (job_id, row_number, column_letter, column_header, field, value,
         code, message)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[],
         $7::text[], $8::text[])`,
      [
        jobId,
        column('rowNumber'),
        batch.map((p) => p.column?.letter ?? null),
        batch.map((p) => p.column?.header ?? null),
        column('field'),
        column('value'),
        column('code'),
        column('message'),
      ],
    )
  }
  return {
    clear: () => pool.query('DELETE FROM import_problem WHERE job_id = $1', [jobId]),
    add: async (problems: readonly TImportProblem[]) => {
      pending.push(...problems)
      total += problems.length
      if (pending.length >= batchSize) await flush()
    },
    flush,
    count: () => total,
  }
}
