import { readFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { startMetricsServer } from '../../lib/metrics-server.ts'
import { seedCommitteeClerk } from '../../test/api-request.ts'
import { testIdNumber } from '../../test/factories.ts'
import { settledJob, uploadLedger } from '../../test/imports.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
let server: Server | undefined
afterEach(() => {
  server?.close()
  server = undefined
})

/** Scrapes the metrics server as Prometheus does. */
const scrape = async () => {
  server ??= await startMetricsServer(t().app.metrics.registry, { port: 0, host: '127.0.0.1' })
  const { port } = server.address() as AddressInfo
  const response = await fetch(`http://127.0.0.1:${port}/metrics`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
  return response.text()
}

/** The series the README's "Metrics" table names (its first column). */
const documentedSeries = async () => {
  const readme = await readFile(new URL('../../../../../README.md', import.meta.url), 'utf8')
  const table = readme.slice(readme.indexOf('### Metrics'), readme.indexOf('## Command line'))
  return [...table.matchAll(/^\| `(\w+)`/gm)].map((match) => match[1]!)
}

/** A sample's value: `name{labels} value`, the labels in any order given as a subset. */
const sample = (text: string, name: string, labels: Record<string, string>) => {
  const line = text
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `))
    .find((l) => Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)))
  return line === undefined ? undefined : Number(line.split(' ').at(-1))
}

describe('the metrics', () => {
  it('name every series the README documents, with route patterns and no personal data in labels', async () => {
    const { committee, auth } = await seedCommitteeClerk(t())
    const idNumber = testIdNumber({ birthDate: '1990-01-01' })
    // A 200, a 404 on a route with an id, and an import of two rows.
    expect((await t().app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
    const missing = await t().app.inject({
      method: 'GET',
      url: '/api/v1/committees/0190b1c2-0000-7000-8000-000000000000',
      headers: auth,
    })
    expect(missing.statusCode).toBe(404)
    const upload = await uploadLedger(
      t().app,
      auth,
      {
        name: '花名册.csv',
        content: Buffer.from(
          `姓名,身份证号\n度量甲,${idNumber}\n度量乙,${testIdNumber({ birthDate: '1991-02-02' })}`,
        ),
      },
      { type: 'residents', committeeId: committee.id, dryRun: false, onConflict: 'skip' },
    )
    expect(upload.statusCode, upload.body).toBe(202)
    expect((await settledJob(t().app, auth, upload.json().id)).status).toBe('committed')

    const text = await scrape()
    const documented = await documentedSeries()
    expect(documented).toHaveLength(10)
    for (const series of documented)
      expect(text, `${series} is documented but not served`).toMatch(
        new RegExp(`^# TYPE ${series} `, 'm'),
      )
    expect(text).toMatch(/^# TYPE process_cpu_seconds_total counter/m)
    expect(text).toMatch(/^# TYPE nodejs_eventloop_lag_seconds gauge/m)

    expect(
      sample(text, 'cr_http_requests_total', {
        method: 'GET',
        route: '/api/health',
        status: '2xx',
      }),
    ).toBeGreaterThanOrEqual(1)
    expect(
      sample(text, 'cr_http_requests_total', {
        route: '/api/v1/committees/:id',
        status: '4xx',
      }),
    ).toBe(1)
    expect(
      sample(text, 'cr_http_request_duration_seconds_count', { route: '/api/v1/imports' }),
    ).toBe(1)
    expect(sample(text, 'cr_import_rows_total', { type: 'residents', stage: 'commit' })).toBe(2)
    expect(
      sample(text, 'cr_import_job_duration_seconds_count', { type: 'residents', outcome: 'done' }),
    ).toBeGreaterThanOrEqual(1)
    expect(
      sample(text, 'cr_job_duration_seconds_count', { task: 'import-run', outcome: 'done' }),
    ).toBe(1)
    expect(sample(text, 'cr_db_pool_connections', { state: 'total' })).toBeGreaterThan(0)
    expect(sample(text, 'cr_db_pool_max', {})).toBeGreaterThan(0)
    // Nothing of a person reaches a label: not the id asked for, not the ID number, not a name.
    expect(text).not.toContain('0190b1c2')
    expect(text).not.toContain(idNumber)
    expect(text).not.toContain('度量甲')
  })

  it('answers nothing but GET /metrics', async () => {
    await scrape()
    const { port } = server!.address() as AddressInfo
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/residents`)).status).toBe(404)
    expect((await fetch(`http://127.0.0.1:${port}/metrics`, { method: 'POST' })).status).toBe(404)
  })
})
