import { PassThrough, Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { TImportCounts } from '@cr/shared/imports/import-job'
import { from as copyFrom } from 'pg-copy-streams'
import type { TActor, TRequestMeta } from '../lib/actor.ts'
import { writeAuditSql } from '../lib/audit.ts'
import type { TFieldCipher } from '../lib/crypto/field-cipher.ts'
import type { TDb } from '../lib/db-types.ts'
import { columnMissing } from './column-missing.ts'
import { ImportFileError } from './import-error.ts'
import { problemMessage } from './import-messages.ts'
import type { TLedgerRegistry } from './ledger-registry.ts'
import type { TWriteStageContext } from './ledger-type.ts'
import { jobColumns } from './job-columns.ts'
import { allowLongStatements } from './long-statements.ts'
import { createProblemSink } from './problem-sink.ts'
import { createProgress } from './progress.ts'
import { openLedger } from './read-ledger.ts'
import { readStoredFile } from './stored-file.ts'
import { waitForReindex } from './wait-for-reindex.ts'
import { importJobOptions } from './job-options.ts'

export type TRunStage = 'validate' | 'commit'

/** Valid rows per staged batch (see `TLedgerWriter.stageBatch`). */
const defaultBatchRows = 20_000
/** COPY text per stream write (see `lines` in runJob). */
const chunkChars = 16 * 1024
/** How much of the next batch Node may read into memory while a batch is being written. */
const readAheadBytes = 16 * 1024 * 1024

export type TRunDeps = {
  db: TDb
  cipher: TFieldCipher
  /** Today by the app's clock (lib/clock.ts). */
  today: () => string
  /** The ledger types, by key: given by the app (`src/ledger-types.ts`). */
  ledgers: TLedgerRegistry
  /** Valid rows per staged batch; tests set a few to run many batches. Default 20,000. */
  batchRows?: number
}

export type TRunRequest = {
  jobId: string
  stage: TRunStage
  actor: TActor
  meta: TRequestMeta
}

export const emptyCounts = (): TImportCounts => ({
  rows: 0,
  valid: 0,
  invalid: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
})

/**
 * One run of a job, validate or commit — the same steps both times: read the stored file
 * (streaming), validate each row, COPY the valid ones into the type's staging table, check them
 * together, write them. A validation rolls the transaction back, so its counts say exactly what
 * a commit would do and nothing is written. A commit keeps it, with the job's new state in the
 * same transaction. Problems and progress go through other connections, so they are visible
 * while the run goes on and stay after a rollback.
 */
export const runJob = async (deps: TRunDeps, request: TRunRequest): Promise<void> => {
  const { prisma, pool } = deps.db
  const { jobId, stage, actor, meta } = request
  // People are matched by blind index below: not while a key rotation re-indexes them.
  await waitForReindex(deps.db, deps.cipher)
  const job = await prisma.importJob.findUniqueOrThrow({ where: { id: jobId } })
  // A job is claimed only while its file is kept (imports.service.ts), so this is a safeguard.
  if (job.filePurgedAt)
    return endFailed(deps, jobId, 'import_file_purged', problemMessage('import_file_purged'))
  const registered = deps.ledgers[job.type as keyof TLedgerRegistry]
  const options = importJobOptions(job.options)
  const progress = createProgress(
    prisma,
    jobId,
    job.fileBytes,
    stage === 'commit' ? job.total : null,
  )
  const problems = createProblemSink(pool, jobId)
  await prisma.importJob.update({
    where: { id: jobId },
    data: {
      status: stage === 'commit' ? 'committing' : 'validating',
      processed: 0,
      errorCode: null,
      errorMessage: null,
      version: { increment: 1 },
    },
  })
  await problems.clear()

  const context = await registered.context(prisma, actor, options)
  let ledger
  try {
    const content = await readStoredFile(pool, deps.cipher, jobId)
    if (!content) throw new Error(`import job ${jobId} has no stored file`)
    ledger = await openLedger(content, registered.ledger, context, {
      ...options,
      onBytesRead: progress.bytesRead,
    })
  } catch (error) {
    if (error instanceof ImportFileError) return failJob(deps, jobId, error)
    throw error
  }
  await prisma.importJob.update({
    where: { id: jobId },
    data: {
      headerRowNumber: ledger.mapping.headerRowNumber,
      columns: jobColumns(ledger.mapping),
      missingRequired: ledger.mapping.missingRequired,
    },
  })
  if (ledger.mapping.missingRequired.length)
    return failJob(deps, jobId, columnMissing(registered.ledger, ledger.mapping))

  const writer = registered.writer(deps.cipher)
  const client = await pool.connect()
  // Set when ROLLBACK fails: the connection may still be inside the transaction (see below).
  let broken: Error | undefined
  const counts = emptyCounts()
  const invalidRows = new Set<number>()
  try {
    await client.query('BEGIN')
    // COPY stays open while the whole file is read and checked: the run sets its own limits.
    await allowLongStatements(client)
    await client.query(writer.stageTableSql)
    const rows = ledger.rows
    let rowsLeft = true
    // The valid rows go to the staging table by COPY in batches. After each batch the type may
    // start on it (`writer.stageBatch`) while Node reads the next batch into memory (up to
    // `readAheadBytes`); that batch's COPY starts once the connection is free again. So
    // PostgreSQL writes one batch while Node reads the next, one statement at a time.
    let batchWork: Promise<unknown> = Promise.resolve()
    while (rowsLeft) {
      const batch = { fromRow: Infinity, toRow: 0, staged: 0 }
      // COPY lines in chunks of ~16K characters: one stream write per row would cost more than
      // the row, and a larger chunk of Chinese text (two bytes a character) passes V8's 128 KB
      // limit for ordinary objects — such strings live in the large-object space, where a chunk
      // waiting for its COPY outlived the young generation and stayed until a full collection.
      const lines = async function* () {
        let chunk = ''
        while (batch.staged < (deps.batchRows ?? defaultBatchRows)) {
          const next = await rows.next()
          if (next.done) {
            rowsLeft = false
            break
          }
          const row = next.value
          counts.rows++
          if (row.ok) {
            if (row.warnings) await problems.add(row.warnings)
            chunk += writer.copyLine(row.rowNumber, row.record)
            batch.staged++
            batch.fromRow = Math.min(batch.fromRow, row.rowNumber)
            batch.toRow = row.rowNumber
            if (chunk.length > chunkChars) {
              yield chunk
              chunk = ''
            }
          } else {
            invalidRows.add(row.rowNumber)
            await problems.add(row.problems)
          }
          await progress.rows(counts.rows)
        }
        if (chunk) yield chunk
      }
      const readAhead = new PassThrough({ highWaterMark: readAheadBytes })
      const reading = pipeline(Readable.from(lines()), readAhead)
      // Awaited below; marked now so a failure while the batch work runs is not "unhandled".
      reading.catch(() => undefined)
      try {
        await batchWork
      } catch (error) {
        readAhead.destroy()
        throw error
      }
      await Promise.all([reading, pipeline(readAhead, client.query(copyFrom(writer.copySql)))])
      if (batch.staged && writer.stageBatch) {
        batchWork = writer.stageBatch(client, batch)
        batchWork.catch(() => undefined)
      }
    }
    await batchWork
    await problems.add(ledger.totalsWarnings())

    const ctx: TWriteStageContext = {
      client,
      jobId,
      actor,
      meta,
      onConflict: options.onConflict,
      mappedFields: new Set(ledger.mapping.mapped.map((c) => c.field)),
      today: deps.today(),
    }
    const staged = await writer.check(ctx)
    for (const p of staged) {
      invalidRows.add(p.rowNumber)
      const column = ledger.mapping.mapped.find((c) => c.field === p.field)
      await problems.add([
        {
          rowNumber: p.rowNumber,
          column: column ? { letter: column.letter, header: column.header } : null,
          field: p.field,
          value: null,
          code: p.code,
          message: p.message ?? problemMessage(p.code),
        },
      ])
    }
    await problems.flush()
    counts.invalid = invalidRows.size
    counts.valid = counts.rows - counts.invalid

    const refused = stage === 'commit' && options.mode === 'all_or_nothing' && counts.invalid > 0
    if (!refused) Object.assign(counts, await writer.write(ctx))
    const done = {
      processed: counts.rows,
      total: counts.rows,
      counts,
      problemCount: problems.count(),
      warningCount: problems.warnings(),
      version: { increment: 1 },
    }
    if (stage === 'commit' && !refused) {
      await client.query(
        `UPDATE import_job SET status = 'committed', committed_at = now(), processed = $2,
           total = $2, counts = $3, problem_count = $4, warning_count = $5, version = version + 1,
           updated_at = now()
         WHERE id = $1`,
        [jobId, counts.rows, JSON.stringify(counts), problems.count(), problems.warnings()],
      )
      await writeAuditSql(client, actor, meta, {
        action: 'import',
        entityType: 'import_job',
        entityId: jobId,
        committeeId: job.committeeId,
        after: { fileName: job.fileName, type: job.type, counts },
      })
      await client.query('COMMIT')
    } else {
      await client.query('ROLLBACK')
      await prisma.importJob.update({
        where: { id: jobId },
        data: {
          ...done,
          status: 'validated',
          validatedAt: new Date(),
          ...(refused
            ? {
                errorCode: 'import_rows_invalid',
                errorMessage: problemMessage('import_rows_invalid'),
              }
            : {}),
        },
      })
    }
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError))
    if (error instanceof ImportFileError) return failJob(deps, jobId, error)
    throw error
  } finally {
    // Released with the error, pg-pool discards the connection instead of reusing it.
    client.release(broken)
  }
}

/** A file-level failure: the job ends with the reason; rows are not reported. */
const failJob = (deps: TRunDeps, jobId: string, error: ImportFileError) => {
  const labels = (error.details.labels as string[] | undefined) ?? []
  const explanation = (error.details.explanation as string | undefined) ?? ''
  const message = labels.length
    ? `${error.message}：${labels.join('、')}。${explanation}`
    : error.message
  return endFailed(deps, jobId, error.code, message)
}

const endFailed = async (deps: TRunDeps, jobId: string, code: string, message: string) => {
  await deps.db.prisma.importJob.update({
    where: { id: jobId },
    data: { status: 'failed', errorCode: code, errorMessage: message, version: { increment: 1 } },
  })
}
