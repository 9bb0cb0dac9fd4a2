import type pg from 'pg'
import { maskIdNumbersIn } from './mask-id-numbers.ts'
import type { TImportProblem } from './problems.ts'

const batchSize = 500

/**
 * Collects a job's row problems and writes them in batches through the pool — outside the run's
 * transaction, so a dry run's rollback keeps its report. Memory holds one batch at a time.
 * Values of ID-number columns come masked (the field's `display`); any other ID number in a
 * value or a message is masked here, so `import_problem` never keeps one in the clear.
 */
export const createProblemSink = (pool: pg.Pool, jobId: string) => {
  let pending: TImportProblem[] = []
  let total = 0
  let warnings = 0
  const flush = async () => {
    if (!pending.length) return
    const batch = pending
    pending = []
    const column = <K extends keyof TImportProblem>(key: K) => batch.map((p) => p[key])
    await pool.query(
      `INSERT INTO import_problem (job_id, row_number, column_letter, column_header, field, value,
         code, message, severity)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[],
         $7::text[], $8::text[], $9::text[])`,
      [
        jobId,
        column('rowNumber'),
        batch.map((p) => p.column?.letter ?? null),
        batch.map((p) => p.column?.header ?? null),
        column('field'),
        batch.map((p) => (p.value === null ? null : maskIdNumbersIn(p.value))),
        column('code'),
        batch.map((p) => maskIdNumbersIn(p.message)),
        batch.map((p) => p.severity ?? 'error'),
      ],
    )
  }
  return {
    clear: () => pool.query('DELETE FROM import_problem WHERE job_id = $1', [jobId]),
    add: async (problems: readonly TImportProblem[]) => {
      pending.push(...problems)
      total += problems.length
      for (const p of problems) if (p.severity === 'warning') warnings++
      if (pending.length >= batchSize) await flush()
    },
    flush,
    /** Problems of every kind, warnings included. */
    count: () => total,
    warnings: () => warnings,
  }
}
