// Child process of the import benchmark (import-bench.ts starts one per measurement): the real
// app on a fresh database imports one ledger file, and this process reports what it cost as one
// line of JSON on stdout. A process of its own, so the memory figure is the importer's, not the
// bench driver's (which holds the COPY baseline's rows and the other results).
//
// Modes:
// - commit: upload with { dryRun: false, mode: 'all_or_nothing' } — check and commit in one run;
// - dry:    upload with the default options — the same steps, rolled back;
// - read:   no database: the reader, row validation and the staging COPY line of every row
//           (what the engine does in Node before PostgreSQL sees a row), to split the time.
// First, as src/server.ts does: the V8 settings the API runs with.
import '../../src/lib/runtime-flags.ts'
import { randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { createDb } from '@cr/db/client'
import { buildApp } from '../../src/app.ts'
import { createFieldCipher } from '../../src/lib/crypto/field-cipher.ts'
import { openLedger } from '../../src/imports/read-ledger.ts'
import { residentsLedger } from '../../src/modules/residents/residents.import.ts'
import { residentsWriter } from '../../src/modules/residents/residents.import-write.ts'
import { seedCommittee, seedUser } from '../../src/test/factories.ts'
import { signIn } from '../../src/test/sign-in.ts'
import { benchConfig, benchFieldKeys } from '../lib/app-server.ts'
import { ledgerCommitteeName } from './ledger-people.ts'
import { createMemoryProbe } from './memory-probe.ts'
import { createPhaseProbe, type TPhase } from './phase-probe.ts'

export type TImporterMode = 'commit' | 'dry' | 'read'
export type TImporterInput = {
  mode: TImporterMode
  file: string
  rows: number
  /** Unused in `read` mode. */
  connectionString?: string
}
export type TImporterResult = {
  mode: TImporterMode
  rows: number
  /** From the upload request to the job's final state (read: the whole file read). */
  seconds: number
  baselineRss: number
  peakRss: number
  phases: TPhase[]
  /** What the run wrote (commit) or would write (dry): counts of the job and of the tables. */
  job?: { status: string; counts: Record<string, number> }
  tables?: Record<string, number>
}

/** The app's pool shows as this in pg_stat_activity, which the phase probe watches. */
const applicationName = 'cr-bench-import'

/**
 * The multipart body the web app and the CLI send, streamed from the file as a browser sends
 * it: the server sees the same request, and this process, which is measured as the server,
 * holds no client-side copy of the file.
 */
const uploadPayload = (file: string, name: string, options: Record<string, unknown>) => {
  const boundary = `----cr-bench-${randomUUID()}`
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="options"\r\n\r\n` +
    `${JSON.stringify(options)}\r\n--${boundary}\r\n` +
    `Content-Disposition: form-data; name="file"; filename="${name}"\r\n` +
    `Content-Type: application/octet-stream\r\n\r\n`
  async function* body() {
    yield Buffer.from(head)
    yield* createReadStream(file, { highWaterMark: 64 * 1024 })
    yield Buffer.from(`\r\n--${boundary}--\r\n`)
  }
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    payload: Readable.from(body(), { objectMode: false }),
  }
}

const readOnly = async (input: TImporterInput): Promise<TImporterResult> => {
  const content = await readFile(input.file)
  const committeeId = '0190a000-0000-7000-8000-000000000001'
  const writer = residentsWriter(createFieldCipher(benchFieldKeys))
  const memory = createMemoryProbe()
  const started = performance.now()
  // The stored file's bytes, as run-job.ts hands them to the reader.
  const ledger = await openLedger(content, residentsLedger, {
    committees: new Map([[ledgerCommitteeName, committeeId]]),
    defaultCommitteeId: committeeId,
  })
  let rows = 0
  let bytes = 0
  for await (const row of ledger.rows) {
    if (!row.ok) throw new Error(`row ${row.rowNumber} is invalid: ${JSON.stringify(row.problems)}`)
    rows++
    bytes += writer.copyLine(row.rowNumber, row.record).length
  }
  const seconds = (performance.now() - started) / 1000
  if (rows !== input.rows) throw new Error(`read ${rows} rows, expected ${input.rows}`)
  return {
    mode: 'read',
    rows,
    seconds,
    ...memory.stop(),
    phases: [{ label: `read, validate, encode (${(bytes / 2 ** 20).toFixed(0)} MB)`, seconds }],
  }
}

const viaApi = async (input: TImporterInput): Promise<TImporterResult> => {
  // The app's pool limits each statement to 5 s (createDb's default, as src/server.ts runs it).
  // The engine's `COPY stage` statement stays open while the whole file is read, so a 100k-row
  // ledger hits that limit and the job fails (import_failed); the limit is lifted here so the
  // import can be measured at all — see README.md ("statement timeout").
  const db = createDb({
    connectionString: input.connectionString!,
    applicationName,
  })
  // Errors only, to stderr (stdout carries the result): a job that fails says why.
  const app = await buildApp({
    config: benchConfig(),
    db,
    logger: { level: 'error', stream: process.stderr },
  })
  const probe = await createPhaseProbe(input.connectionString!, applicationName)
  try {
    await app.ready()
    const committee = await seedCommittee(db.prisma, { name: ledgerCommitteeName })
    const clerk = await seedUser(db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const auth = await signIn(app, clerk.username)
    const options =
      input.mode === 'commit'
        ? { type: 'residents', committeeId: committee.id, dryRun: false, mode: 'all_or_nothing' }
        : { type: 'residents', committeeId: committee.id }
    const name = input.file.split('/').at(-1)!
    const upload = uploadPayload(input.file, name, options)

    const memory = createMemoryProbe()
    const started = performance.now()
    probe.start(started)
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: { ...auth, 'content-type': upload.contentType },
      payload: upload.payload,
    })
    if (created.statusCode !== 202) throw new Error(`upload: ${created.statusCode} ${created.body}`)
    await app.imports.idle()
    const ended = performance.now()
    const phases = probe.stop(ended)
    const figures = memory.stop()

    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/imports/${(created.json() as { id: string }).id}`,
      headers: auth,
    })
    const job = response.json() as {
      status: string
      counts: Record<string, number>
      error: unknown
    }
    const expected = input.mode === 'commit' ? 'committed' : 'validated'
    if (job.status !== expected || job.counts.created !== input.rows || job.counts.invalid !== 0)
      throw new Error(
        `job ended ${job.status} with ${JSON.stringify(job.counts)} ${JSON.stringify(job.error)}; ` +
          `expected ${expected} with created = ${input.rows}`,
      )
    const { rows } = await db.pool.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM resident) AS residents,
              (SELECT count(*)::int FROM building) AS buildings,
              (SELECT count(*)::int FROM dwelling) AS dwellings,
              (SELECT count(*)::int FROM household) AS households,
              (SELECT count(*)::int FROM household_member) AS members,
              (SELECT count(*)::int FROM household_event) AS events`,
    )
    const tables = rows[0]!
    const residents = input.mode === 'commit' ? input.rows : 0
    if (tables.residents !== residents)
      throw new Error(`resident has ${tables.residents} rows, expected ${residents}`)
    return {
      mode: input.mode,
      rows: input.rows,
      seconds: (ended - started) / 1000,
      ...figures,
      phases,
      job: { status: job.status, counts: job.counts },
      tables,
    }
  } finally {
    await probe.close()
    await app.close()
    await db.close()
  }
}

const input = JSON.parse(process.argv[2]!) as TImporterInput
try {
  const result = input.mode === 'read' ? await readOnly(input) : await viaApi(input)
  process.stdout.write(`${JSON.stringify(result)}\n`)
} catch (error) {
  console.error((error as Error).stack ?? String(error))
  // Exit now: a failed run may leave the probes' timers or the app's pool holding the process.
  process.exit(1)
}
