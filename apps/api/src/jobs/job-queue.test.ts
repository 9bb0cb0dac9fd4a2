import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../test/test-app.ts'
import { createJobQueue, type TJobQueue } from './job-queue.ts'
import type { TJobTask } from './job-task.ts'

const t = useTestApp()
const opened: TJobQueue[] = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map((q) => q.stop()))
})

beforeAll(async () => {
  await t().db.pool.query(
    'CREATE TABLE job_test_run (n int NOT NULL, at timestamptz DEFAULT now())',
  )
})

/** Records each run of a job: its number. */
const recordRun: TJobTask<unknown, { n: number }> = {
  name: 'test-record-run',
  lane: 'maintenance',
  payload: (value) => value as { n: number },
  run: async (_deps, { n }) => {
    await t().db.pool.query('INSERT INTO job_test_run (n) VALUES ($1)', [n])
  },
}

/** A queue as one API process has it, on the test database. */
const queueOf = ({ onlyProcess = false } = {}) => {
  const queue = createJobQueue({
    connectionString: t().connectionString,
    deps: {},
    tasks: [recordRun],
    log: t().app.log,
    onlyProcess,
    schedules: false,
  })
  opened.push(queue)
  return queue
}
const runs = async () =>
  (await t().db.pool.query<{ n: number }>('SELECT n FROM job_test_run ORDER BY n')).rows.map(
    (r) => r.n,
  )

describe('the job queue (graphile-worker)', () => {
  it('runs each job once with two processes taking jobs from one database', async () => {
    await t().db.pool.query('TRUNCATE job_test_run')
    const [a, b] = [queueOf(), queueOf()]
    await Promise.all([a.start(), b.start()])
    const numbers = Array.from({ length: 40 }, (_, i) => i + 1)
    // Added through both, as requests landing on either process would.
    await Promise.all(numbers.map((n) => (n % 2 ? a : b).add(recordRun.name, { n })))
    await a.idle()
    await b.idle()
    expect(await runs()).toEqual(numbers)
  })

  it('keeps a job added while no process runs, and runs it when one starts', async () => {
    await t().db.pool.query('TRUNCATE job_test_run')
    const before = queueOf()
    await before.add(recordRun.name, { n: 7 })
    await before.stop()
    opened.splice(opened.indexOf(before), 1)
    expect(await runs()).toEqual([])

    const after = queueOf()
    await after.start()
    await after.idle()
    expect(await runs()).toEqual([7])
  })

  it('as the only process (embedded), runs again at once a job its earlier run left locked', async () => {
    await t().db.pool.query('TRUNCATE job_test_run')
    const before = queueOf()
    await before.add(recordRun.name, { n: 9 })
    await before.stop()
    opened.splice(opened.indexOf(before), 1)
    // As a process killed mid-run leaves it (graphile-worker's own columns; the test only).
    await t().db.pool.query(
      `UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'killed', attempts = 1`,
    )
    const shared = queueOf()
    await shared.start()
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await runs(), 'with other processes, the lock stands until its timeout').toEqual([])
    await shared.stop()
    opened.splice(opened.indexOf(shared), 1)

    const only = queueOf({ onlyProcess: true })
    await only.start()
    await only.idle()
    expect(await runs()).toEqual([9])
  })

  it('adds a job inside a transaction only when it commits', async () => {
    await t().db.pool.query('TRUNCATE job_test_run')
    const queue = queueOf()
    const client = await t().db.pool.connect()
    try {
      await client.query('BEGIN')
      await queue.add(recordRun.name, { n: 1 }, {}, client)
      await client.query('ROLLBACK')
      await client.query('BEGIN')
      await queue.add(recordRun.name, { n: 2 }, {}, client)
      await client.query('COMMIT')
    } finally {
      client.release()
    }
    await queue.start()
    await queue.idle()
    expect(await runs()).toEqual([2])
  })

  it('reports its depth by task and state, and readiness says when its workers run', async () => {
    const queue = queueOf()
    expect(queue.problem()).toBe('not started')
    await queue.add(recordRun.name, { n: 1 })
    expect(await queue.depth()).toContainEqual({ task: recordRun.name, state: 'waiting', jobs: 1 })
    await queue.start()
    expect(queue.problem()).toBeNull()
    await queue.idle()
    expect((await queue.depth()).filter((d) => d.task === recordRun.name)).toEqual([])
  })
})
