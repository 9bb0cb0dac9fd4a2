import { createHash } from 'node:crypto'
import type {
  TImportJob,
  ZImportCommit,
  ZImportCreateOptions,
  ZImportListQuery,
  ZImportReportQuery,
  ZImportValidate,
} from '@cr/shared/imports/import-job'
import type { z } from 'zod'
import type { TActor, TRequestMeta } from '../../lib/actor.ts'
import type { TFieldCipher } from '../../lib/crypto/field-cipher.ts'
import { writeAudit, writeAuditSql } from '../../lib/audit.ts'
import type { TDb, TTransaction } from '../../lib/db-types.ts'
import { AppError, notFound } from '../../lib/errors.ts'
import {
  claimIdempotencyKey,
  storeIdempotentAnswer,
  type TIdempotency,
} from '../../lib/idempotent-sql.ts'
import { newId } from '../../lib/ids.ts'
import { sqlTransaction } from '../../lib/sql-transaction.ts'
import { numbering, pageArgs, parseSort, toPage } from '../../lib/keyset.ts'
import { errorReport, rowErrors } from '../../imports/error-report.ts'
import type { TImportQueue } from '../../imports/job-queue.ts'
import { allowLongStatements } from '../../imports/long-statements.ts'
import { emptyCounts, type TRunStage } from '../../imports/run-job.ts'
import type { TLedgerRegistry } from '../../imports/ledger-registry.ts'
import { reportCells } from '../../imports/report-cells.ts'
import { readStoredFile, storeFile } from '../../imports/stored-file.ts'
import { assertCommitteeInScope } from '../committees/committee-refs.ts'
import { problemsShown, toImportJobDto, toProblemDto } from './import-jobs.repo.ts'

/** What the service works with: the queue runs jobs of the ledger types the app registered. */
type TImports = {
  db: TDb
  queue: TImportQueue
  cipher: TFieldCipher
  ledgers: TLedgerRegistry
  /** Today by the app's clock (lib/clock.ts). */
  today: () => string
}

/** Jobs an actor sees: their own; every job for those who see every committee. */
const visibleJobs = (actor: TActor) => (actor.allCommittees ? {} : { createdById: actor.id })

const assertMayImport = (ledgers: TLedgerRegistry, actor: TActor, type: keyof TLedgerRegistry) => {
  if (!actor.permissions.has(ledgers[type].permission)) throw new AppError('forbidden', 403)
}

export const getJob = async (
  db: TTransaction,
  actor: TActor,
  id: string,
  ledgers: TLedgerRegistry,
): Promise<TImportJob> => {
  const row = await db.importJob.findFirst({
    where: { AND: [{ id }, visibleJobs(actor)] },
    include: { problems: { orderBy: [{ rowNumber: 'asc' }, { id: 'asc' }], take: problemsShown } },
  })
  if (!row) throw notFound()
  const committee = row.committeeId
    ? await db.committee.findUnique({ where: { id: row.committeeId }, select: { name: true } })
    : null
  return toImportJobDto(
    { ...row, committeeName: committee?.name ?? null },
    ledgers[row.type as TImportJob['type']].ledger,
  )
}

export const listJobs = async (
  db: TTransaction,
  actor: TActor,
  query: z.output<typeof ZImportListQuery>,
) => {
  const sort = parseSort('-createdAt')
  const filters = [
    visibleJobs(actor),
    query.type ? { type: query.type } : {},
    query.status ? { status: query.status } : {},
  ]
  const { after, orderBy, skip, take } = pageArgs(sort, query)
  const rows = await db.importJob.findMany({
    where: { AND: after ? [...filters, after] : filters },
    orderBy,
    skip,
    take,
  })
  const names = new Map(
    (
      await db.committee.findMany({
        where: { id: { in: rows.flatMap((r) => (r.committeeId ? [r.committeeId] : [])) } },
        select: { id: true, name: true },
      })
    ).map((c) => [c.id, c.name]),
  )
  return {
    ...toPage(rows, query.limit, sort, (row) =>
      toImportJobDto(
        {
          ...row,
          problems: [],
          committeeName: row.committeeId ? (names.get(row.committeeId) ?? null) : null,
        },
        { fields: [] },
      ),
    ),
    ...(await numbering(query, () => db.importJob.count({ where: { AND: filters } }))),
  }
}

/**
 * Stores the upload as a job and queues its first run: a check, or a check-and-commit. With an
 * Idempotency-Key, the same upload sent again (a retry, a second process) creates no second job:
 * it answers the first one as it is now (`replayed`), and only the first is queued.
 */
export const createJob = async (
  { db, queue, cipher, ledgers }: TImports,
  actor: TActor,
  meta: TRequestMeta,
  upload: { fileName: string; content: Buffer; options: z.output<typeof ZImportCreateOptions> },
  idempotency?: TIdempotency,
): Promise<{ job: TImportJob; replayed: boolean }> => {
  const { type, ...options } = upload.options
  assertMayImport(ledgers, actor, type)
  const id = newId()
  if (options.committeeId) await assertCommitteeInScope(db.prisma, actor, options.committeeId)
  const fileSha256 = createHash('sha256').update(upload.content).digest('hex')
  // On the raw pool: the bytes go to PostgreSQL as one binary parameter. Through Prisma they
  // were base64-encoded and decoded again on the way — tens of MB of copies for a large ledger.
  // Stored encrypted (stored-file.ts); the run reads it back, in whichever process takes it.
  const replayedId = await sqlTransaction(db.pool, async (client) => {
    const replay = idempotency ? await claimIdempotencyKey(client, idempotency) : null
    if (replay) return (replay.body as { id: string }).id
    await client.query(
      `INSERT INTO import_job (id, type, status, file_name, file_sha256, file_bytes, committee_id,
         options, counts, created_by_type, created_by_id, created_by_name, updated_at)
       VALUES ($1, $2, 'queued', $3, $4, $5, $6, $7, $8, $9, $10, $11, now())`,
      [
        id,
        type,
        upload.fileName,
        fileSha256,
        upload.content.length,
        options.committeeId ?? null,
        JSON.stringify(options),
        JSON.stringify(emptyCounts()),
        actor.type,
        actor.id,
        actor.name,
      ],
    )
    await storeFile(client, cipher, id, upload.content)
    await writeAuditSql(client, actor, meta, {
      action: 'create',
      entityType: 'import_job',
      entityId: id,
      committeeId: options.committeeId ?? null,
      after: { type, fileName: upload.fileName, fileSha256, dryRun: options.dryRun },
    })
    // In the same transaction: the job is queued exactly when it exists.
    await queue.enqueue(
      { jobId: id, stage: options.dryRun ? 'validate' : 'commit', actor, meta },
      client,
    )
    if (idempotency) await storeIdempotentAnswer(client, idempotency, 202, { id })
    return null
  })
  if (replayedId) {
    return { job: await getJob(db.prisma, actor, replayedId, ledgers), replayed: true }
  }
  return { job: await getJob(db.prisma, actor, id, ledgers), replayed: false }
}

/**
 * Moves a job to `queued` only from the states given, in one conditional UPDATE, so two clicks
 * (or two clients, on two processes) cannot start the same job twice — and only while its file
 * is kept: the purge (file-retention.ts) locks the job row, so the two cannot cross. The run is
 * queued in the same transaction.
 */
const claim = async (
  { db, ledgers, queue }: Pick<TImports, 'db' | 'ledgers' | 'queue'>,
  actor: TActor,
  meta: TRequestMeta,
  id: string,
  request: { from: TImportJob['status'][]; stage: TRunStage; options: Record<string, unknown> },
) => {
  const job = await getJob(db.prisma, actor, id, ledgers)
  assertMayImport(ledgers, actor, job.type)
  if (job.filePurgedAt) throw new AppError('import_file_purged', 410)
  const claimed = await sqlTransaction(db.pool, async (client) => {
    const { rowCount } = await client.query(
      `UPDATE import_job SET status = 'queued', options = $2, processed = 0,
         version = version + 1, updated_at = now()
       WHERE id = $1 AND status = ANY($3::text[]) AND file_purged_at IS NULL`,
      [id, JSON.stringify({ ...job.options, ...request.options }), request.from],
    )
    if (rowCount) await queue.enqueue({ jobId: id, stage: request.stage, actor, meta }, client)
    return rowCount ?? 0
  })
  if (claimed === 0) {
    const purged = await db.prisma.importJob.count({ where: { id, filePurgedAt: { not: null } } })
    throw purged
      ? new AppError('import_file_purged', 410)
      : new AppError('import_state_invalid', 409)
  }
  return job
}

/** Checks the stored file again with another mapping, header row or committee. */
export const revalidate = async (
  { db, queue, ledgers }: TImports,
  actor: TActor,
  meta: TRequestMeta,
  id: string,
  input: z.output<typeof ZImportValidate>,
) => {
  if (input.committeeId) await assertCommitteeInScope(db.prisma, actor, input.committeeId)
  await claim({ db, ledgers, queue }, actor, meta, id, {
    from: ['validated', 'failed'],
    stage: 'validate',
    options: { ...input, dryRun: true },
  })
  return getJob(db.prisma, actor, id, ledgers)
}

export const commit = async (
  { db, queue, ledgers }: TImports,
  actor: TActor,
  meta: TRequestMeta,
  id: string,
  input: z.output<typeof ZImportCommit>,
) => {
  await claim({ db, ledgers, queue }, actor, meta, id, {
    from: ['validated'],
    stage: 'commit',
    options: { ...input, dryRun: false },
  })
  return getJob(db.prisma, actor, id, ledgers)
}

/** Takes a committed job back as a whole, in one transaction, or refuses (409). */
export const undo = async (
  { db, ledgers, today }: TImports,
  actor: TActor,
  meta: TRequestMeta,
  id: string,
  cipher: TFieldCipher,
) => {
  const job = await getJob(db.prisma, actor, id, ledgers)
  assertMayImport(ledgers, actor, job.type)
  await sqlTransaction(db.pool, async (client) => {
    await allowLongStatements(client)
    const locked = await client.query(
      `SELECT 1 FROM import_job WHERE id = $1 AND status = 'committed' FOR UPDATE`,
      [id],
    )
    if (!locked.rowCount) throw new AppError('import_state_invalid', 409)
    await ledgers[job.type].writer(cipher).undo({ client, jobId: id, actor, meta, today: today() })
    await client.query(
      `UPDATE import_job SET status = 'undone', undone_at = now(), version = version + 1,
         updated_at = now() WHERE id = $1`,
      [id],
    )
    await writeAuditSql(client, actor, meta, {
      action: 'update',
      entityType: 'import_job',
      entityId: id,
      committeeId: job.committee?.id ?? null,
      before: { status: 'committed' },
      after: { status: 'undone' },
    })
  })
  return getJob(db.prisma, actor, id, ledgers)
}

/**
 * The uploaded sheet with an error column (see imports/error-report.ts), for download. ID numbers
 * are masked (report-cells.ts) unless `reveal`: that needs `resident:reveal` and a reason and is
 * an audit row, as `POST /residents/:id/reveal` is. Gone with the file at the end of retention.
 */
export const jobReport = async (
  { db, cipher, ledgers }: Pick<TImports, 'db' | 'cipher' | 'ledgers'>,
  actor: TActor,
  meta: TRequestMeta,
  id: string,
  query: z.output<typeof ZImportReportQuery>,
) => {
  const job = await getJob(db.prisma, actor, id, ledgers)
  if (query.reveal && !actor.permissions.has('resident:reveal'))
    throw new AppError('forbidden', 403)
  if (job.filePurgedAt) throw new AppError('import_file_purged', 410)
  if (job.headerRowNumber === null) throw new AppError('import_state_invalid', 409)
  const [content, problems] = await Promise.all([
    readStoredFile(db.pool, cipher, id),
    db.prisma.importProblem.findMany({
      where: { jobId: id },
      orderBy: [{ rowNumber: 'asc' }, { id: 'asc' }],
    }),
  ])
  if (!content) throw new AppError('import_file_purged', 410)
  const reveal = query.reveal === true
  if (reveal)
    await writeAudit(db.prisma, actor, meta, {
      action: 'reveal',
      entityType: 'import_job',
      entityId: id,
      committeeId: job.committee?.id ?? null,
      after: { field: 'idNumber', report: job.fileName },
      reason: query.reason ?? null,
    })
  const byRow = new Map<number, ReturnType<typeof toProblemDto>[]>()
  for (const p of problems.map(toProblemDto))
    byRow.set(p.rowNumber, [...(byRow.get(p.rowNumber) ?? []), p])
  const errors = new Map([...byRow].map(([row, list]) => [row, rowErrors(list)]))
  const base = job.fileName.replace(/\.(xlsx|csv)$/i, '')
  const cells = reportCells(job.columns, ledgers[job.type].ledger.fields, reveal)
  return { fileName: `${base}_错误报告`, ...errorReport(job, content, errors, cells) }
}
