import { once } from 'node:events'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedCommittee, seedUser, testIdNumber } from './test/factories.ts'
import { startRoundRobinProxy } from './test/round-robin-proxy.ts'
import { startServerProcess, type TServerProcess } from './test/server-process.ts'
import { testConfig } from './test/test-config.ts'
import { useTestApp } from './test/test-app.ts'

/**
 * Two real API processes on one database behind a round-robin proxy (issue 17): what one
 * process does, the other sees — sessions, revocations, import jobs — and stopping one loses no
 * request. The processes are started once, in parallel, and shared by the tests in order; the
 * last test stops the first process.
 */
const t = useTestApp()
const { fieldKeys } = testConfig()
const env = () => ({
  DATABASE_URL: t().connectionString,
  // The same keys in every process (and in this test's app), as a deployment must have them.
  FIELD_ENCRYPTION_KEY: fieldKeys.encryptionKey.toString('base64'),
  BLIND_INDEX_KEY: fieldKeys.indexKey.toString('base64'),
  RATE_LIMIT_PER_MINUTE: '100000',
  LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
  ANONYMOUS_RATE_LIMIT_PER_MINUTE: '100000',
})

let servers: TServerProcess[] = []
let proxy: Awaited<ReturnType<typeof startRoundRobinProxy>>
const children: Array<ReturnType<typeof startServerProcess>['child']> = []

beforeAll(async () => {
  // Started in parallel: compiling the TypeScript (tsx) takes most of a start.
  const starting = [startServerProcess(env()), startServerProcess(env())]
  children.push(...starting.map((s) => s.child))
  servers = await Promise.all(starting.map((s) => s.started))
  proxy = await startRoundRobinProxy(servers.map((s) => s.url))
}, 120_000)
// A failed assertion must not leave a server process behind.
afterAll(async () => {
  await proxy?.close()
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
})

type TAnswer = { status: number; upstream: number; body: unknown; headers: Headers }

/** One request through the proxy (or straight to `base`); `upstream` says who answered. */
const call = async (
  path: string,
  options: { method?: string; cookie?: string; json?: unknown; base?: string } & RequestInit = {},
): Promise<TAnswer> => {
  const { cookie, json, base, ...init } = options
  const headers = new Headers(init.headers)
  if (cookie) headers.set('cookie', cookie)
  if (json !== undefined) headers.set('content-type', 'application/json')
  const response = await fetch(`${base ?? proxy.url}${path}`, {
    ...init,
    headers,
    body: json === undefined ? init.body : JSON.stringify(json),
  })
  const text = await response.text()
  return {
    status: response.status,
    upstream: Number(response.headers.get('x-upstream') ?? -1),
    body: text ? (JSON.parse(text) as unknown) : null,
    headers: response.headers,
  }
}

/** Signs in (through the proxy unless `base` says where) and returns the session cookie. */
const signIn = async (username: string, base?: string) => {
  const response = await fetch(`${base ?? proxy.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Ju8#wei-Pass' }),
  })
  expect(response.status, await response.clone().text()).toBe(200)
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('cr_session='))
  return { cookie: cookie!.split(';')[0]!, upstream: Number(response.headers.get('x-upstream')) }
}

describe('two API processes on one database behind a round-robin proxy', () => {
  it('signs in on one process and serves the session on the other', async () => {
    const user = await seedUser(t().db.prisma, { role: 'clerk' })
    const { cookie, upstream } = await signIn(user.username)
    const next = await call('/api/v1/auth/me', { cookie })
    const after = await call('/api/v1/auth/me', { cookie })
    expect(next.status).toBe(200)
    expect(next.upstream).not.toBe(upstream)
    expect(after).toMatchObject({ status: 200, upstream })
    expect(next.body).toMatchObject({ user: { id: user.id } })
  })

  describe('a session revoked on one process is refused on the other within 2 s', () => {
    // The bound: each process remembers a session lookup for 2 s (modules/auth/session-cache.ts)
    // and checks revocation against the remembered row. A lookup is stamped when it starts,
    // before the revocation commits, so the other process serves the session only to requests
    // it checks less than 2 s after the revocation's answer, and refuses every one after that.
    const ttlMs = 2_000
    const me = '/api/v1/auth/me'

    const refusedWithinBound = async (cookie: string, revoke: (base: string) => Promise<void>) => {
      const [revoking, other] = [servers[0]!.url, servers[1]!.url]
      // Both processes have just looked the session up, so both remember it.
      for (const base of [revoking, other]) {
        expect((await call(me, { cookie, base })).status).toBe(200)
      }
      await revoke(revoking)
      const revokedAt = performance.now()
      // The revoking process forgot its own entry: refused at once.
      expect((await call(me, { cookie, base: revoking })).status).toBe(401)
      const seen: Array<{ sentMs: number; status: number }> = []
      while (performance.now() < revokedAt + ttlMs + 100) {
        const sentMs = performance.now() - revokedAt
        seen.push({ sentMs, status: (await call(me, { cookie, base: other })).status })
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      // Within the window the other process may still serve it (200) or already refuse it;
      // a request sent after the window is never served.
      expect(
        seen.filter((s) => s.status !== 401 && !(s.status === 200 && s.sentMs < ttlMs)),
        JSON.stringify(seen),
      ).toEqual([])
      // Just past the bound: refused, deterministically (not a race against the cache).
      expect((await call(me, { cookie, base: other })).status).toBe(401)
      expect((await call(me, { cookie })).status).toBe(401)
    }

    const adminCookie = async (base: string) => {
      const admin = await seedUser(t().db.prisma, { role: 'admin' })
      return (await signIn(admin.username, base)).cookie
    }

    it('after the user signs out', async () => {
      const user = await seedUser(t().db.prisma, { role: 'clerk' })
      const { cookie } = await signIn(user.username)
      await refusedWithinBound(cookie, async (base) => {
        expect((await call('/api/v1/auth/logout', { method: 'POST', cookie, base })).status).toBe(
          204,
        )
      })
    }, 30_000)

    it('after an administrator deactivates the account', async () => {
      const user = await seedUser(t().db.prisma, { role: 'clerk' })
      const { cookie } = await signIn(user.username)
      await refusedWithinBound(cookie, async (base) => {
        const admin = await adminCookie(base)
        const current = await call(`/api/v1/users/${user.id}`, { cookie: admin, base })
        const changed = await call(`/api/v1/users/${user.id}`, {
          method: 'PATCH',
          cookie: admin,
          base,
          headers: { 'if-match': current.headers.get('etag')! },
          json: { active: false },
        })
        expect(changed.status, JSON.stringify(changed.body)).toBe(200)
      })
    }, 30_000)

    it('after an administrator ends its sessions (a password reset)', async () => {
      const user = await seedUser(t().db.prisma, { role: 'clerk' })
      const { cookie } = await signIn(user.username)
      await refusedWithinBound(cookie, async (base) => {
        const reset = await call(`/api/v1/users/${user.id}/reset-password`, {
          method: 'POST',
          cookie: await adminCookie(base),
          base,
          json: { password: 'Lin#shi-Mima-2026' },
        })
        expect(reset.status, JSON.stringify(reset.body)).toBe(200)
      })
    }, 30_000)
  })

  it('runs an import submitted through both processes once', async () => {
    const committee = await seedCommittee(t().db.prisma, { name: '双进程社区' })
    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const { cookie } = await signIn(clerk.username)
    const ledger = Buffer.from(
      '\uFEFF姓名,身份证号\r\n' + `赵一,${testIdNumber()}\r\n钱二,${testIdNumber()}\r\n`,
    )
    const upload = (key = 'two-processes-upload-1') => {
      const form = new FormData()
      form.append('options', JSON.stringify({ type: 'residents', committeeId: committee.id }))
      form.append('file', new Blob([new Uint8Array(ledger)]), 'ledger.csv')
      return call('/api/v1/imports', {
        method: 'POST',
        cookie,
        body: form,
        headers: { 'idempotency-key': key },
      })
    }
    // The same upload twice with the same key, answered by each process once: one job.
    const first = await upload()
    const second = await upload()
    expect(first.status, JSON.stringify(first.body)).toBe(202)
    expect(second.status, JSON.stringify(second.body)).toBe(202)
    expect(new Set([first.upstream, second.upstream])).toEqual(new Set([0, 1]))
    expect(second.headers.get('idempotent-replayed')).toBe('true')
    const id = (first.body as { id: string }).id
    expect((second.body as { id: string }).id).toBe(id)
    expect(await t().db.prisma.importJob.count({ where: { committeeId: committee.id } })).toBe(1)
    // Sent at once, one to each process: the second waits for the first's key, then replays it.
    const [a, b] = await Promise.all([
      upload('two-processes-upload-2'),
      upload('two-processes-upload-2'),
    ])
    expect([a.status, b.status]).toEqual([202, 202])
    expect((a.body as { id: string }).id).toBe((b.body as { id: string }).id)
    expect((a.body as { id: string }).id).not.toBe(id)
    expect(await t().db.prisma.importJob.count({ where: { committeeId: committee.id } })).toBe(2)

    /** Polls the job (through the proxy, so both processes answer) until it leaves `from`. */
    const settled = async (...from: string[]) => {
      for (;;) {
        const job = await call(`/api/v1/imports/${id}`, { cookie })
        const status = (job.body as { status: string }).status
        if (!from.includes(status)) return job.body as { status: string; counts: object }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    expect(await settled('queued', 'validating')).toMatchObject({ status: 'validated' })

    // The commit asked of both processes at once: one takes the job, the other is refused.
    const commits = await Promise.all(
      servers.map((server) =>
        call(`/api/v1/imports/${id}/commit`, {
          method: 'POST',
          cookie,
          base: server.url,
          json: {},
        }),
      ),
    )
    expect(commits.map((c) => c.status).sort()).toEqual([202, 409])
    expect(await settled('queued', 'committing')).toMatchObject({
      status: 'committed',
      counts: { created: 2 },
    })
    expect(await t().db.prisma.resident.count({ where: { committeeId: committee.id } })).toBe(2)
    expect(await t().db.prisma.importJob.count({ where: { committeeId: committee.id } })).toBe(2)
  }, 60_000)

  // Last: it stops the first process. Generous timeout: a drain, and 200 requests on a busy
  // 2-core machine shared with two PostgreSQL-backed processes.
  it('loses no request when one process is stopped (SIGTERM) under a steady stream', async () => {
    const user = await seedUser(t().db.prisma, { role: 'clerk' })
    const { cookie } = await signIn(user.username)
    const stopping = servers[0]!
    const exited = once(stopping.child, 'exit')
    const answers: Array<TAnswer & { sentAfterExit: boolean }> = []
    let stopped = false
    // Four clients, each sending its next request when the last is answered, until the process
    // has exited and another 20 requests each were answered after it.
    const client = async () => {
      let afterExit = 0
      while (afterExit < 20) {
        const sentAfterExit = stopped
        answers.push({ ...(await call('/api/v1/auth/me', { cookie })), sentAfterExit })
        if (sentAfterExit) afterExit++
      }
    }
    const clients = Array.from({ length: 4 }, client)
    // Stopped once both processes have answered some requests.
    while (answers.filter((a) => a.upstream === 0).length < 10) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    stopping.child.kill('SIGTERM')
    const [code] = await exited
    stopped = true
    await Promise.all(clients)

    expect(code).toBe(0)
    const statuses = answers.map((a) => a.status)
    expect(
      statuses.filter((s) => s !== 200),
      JSON.stringify(statuses),
    ).toEqual([])
    // The survivor answered everything after the exit; the stopped one had answered its share.
    expect(answers.filter((a) => a.sentAfterExit).every((a) => a.upstream === 1)).toBe(true)
    expect(answers.some((a) => a.upstream === 0)).toBe(true)
    // Requests the stopping process refused (503 while draining, then a refused connection)
    // were sent on to the other, as a load balancer does.
    expect(proxy.log.some((e) => e.retried)).toBe(true)
  }, 120_000)
})
