import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import http from 'node:http'
import net from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { startServerProcess } from './test/server-process.ts'
import { useTestApp } from './test/test-app.ts'

const t = useTestApp()
const started: ChildProcess[] = []
// A failed assertion must not leave a server process behind.
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL')
})
/** The real server process on the test database (test/server-process.ts). */
const startServer = async (env: Record<string, string>) => {
  const { child, started: listening } = startServerProcess(env)
  started.push(child)
  return listening
}

describe('the server process', () => {
  it('creates the first administrator from the environment, and on SIGTERM finishes requests in flight and exits 0', async () => {
    const { child, url, output } = await startServer({
      DATABASE_URL: t().connectionString,
      ADMIN_USERNAME: 'Chief',
      ADMIN_PASSWORD: 'Zhuren#2026x',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      FIELD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    })
    expect(output()).not.toContain('Zhuren#2026x')
    // One connection per request (no keep-alive): a request counts as in flight once it is sent.
    const login = (password: string) =>
      new Promise<number>((resolve, reject) => {
        const body = JSON.stringify({ username: 'chief', password })
        const request = http.request(`${url}/api/v1/auth/login`, {
          method: 'POST',
          agent: false,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        })
        request.on('response', (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        })
        request.on('error', reject)
        request.end(body)
      })
    expect(await login('Zhuren#2026x')).toBe(200)

    // Password checks take ~20 ms each and at most four run at once, so 40 sign-ins keep the
    // server busy for a good while. Signalled once the first is answered (not after a fixed
    // time: on a busy machine none may have started by then), so others are still in flight.
    const inFlight = Array.from({ length: 40 }, (_, i) => login(`Wrong#pass${i}`))
    await Promise.race(inFlight)
    child.kill('SIGTERM')
    const statuses = await Promise.all(inFlight)
    // Every request sent before the signal gets a real answer, none is reset: those the server
    // had started finish (401/423), those it had not yet read are refused with 503.
    expect(statuses.every((s) => s === 401 || s === 423 || s === 503)).toBe(true)
    expect(statuses.filter((s) => s !== 503).length).toBeGreaterThan(0)

    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
    await expect(fetch(`${url}/api/health`)).rejects.toThrow()
    // Starting a server process compiles its TypeScript (tsx) first: on a loaded 2-core machine
    // that alone took half a minute, as long as the SIGTERM test below is given.
  }, 60_000)

  // A server started, 120 password hashes and the drain take 10-25 s with the CPUs busy.
  it('on SIGTERM under load answers every connection it has, in flight or not yet read, resets none, and exits 0', async () => {
    const { child, url } = await startServer({
      DATABASE_URL: t().connectionString,
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      ANONYMOUS_RATE_LIMIT_PER_MINUTE: '100000',
      FIELD_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    })
    const { port } = new URL(url)
    const exited = once(child, 'exit')
    // What each request ended with: its status, or the error that ended its connection.
    const outcome = (
      send: (resolve: (status: number) => void, reject: (error: Error) => void) => void,
    ) =>
      new Promise<number>(send).then(
        (status) => String(status),
        (error: NodeJS.ErrnoException) => error.code ?? error.message,
      )
    // A sign-in of a name nobody has: a password hash is still computed (~20 ms in one of four
    // threads), so 120 of them keep the server busy for seconds on a loaded machine.
    const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 10 })
    const signIn = (i: number, agent: http.Agent | false) =>
      outcome((resolve, reject) => {
        const body = JSON.stringify({ username: `nobody${i}`, password: `Wrong#pass${i}` })
        const request = http.request(`${url}/api/v1/auth/login`, {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': body.length },
        })
        request.on('response', (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        })
        request.on('error', reject)
        request.end(body)
      })
    // Connections opened before the signal whose request is written after it, as a client
    // whose request the server has not read yet (a starved process, a preconnected browser).
    const connected = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const socket = net.connect(Number(port), '127.0.0.1')
        await once(socket, 'connect')
        return socket
      }),
    )
    const askLater = (socket: net.Socket) =>
      outcome((resolve, reject) => {
        let answer = ''
        socket.on('data', (chunk) => (answer += chunk))
        socket.on('error', reject)
        socket.on('close', () => {
          const status = /^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]
          if (status) resolve(Number(status))
          else reject(new Error('socket hang up'))
        })
        socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`)
      })

    const inFlight = Array.from({ length: 120 }, (_, i) => signIn(i, i % 2 ? keepAlive : false))
    // Signalled once the server is answering: most sign-ins are then queued or running.
    await Promise.race(inFlight)
    child.kill('SIGTERM')
    const signIns = await Promise.all(inFlight)
    keepAlive.destroy()
    // Every sign-in gets an answer, none a reset: those the server had read finish (401), the
    // others are refused with 503 — or, still queued in the client's keep-alive pool when the
    // server stopped listening, are refused a connection (never sent, so safe to send again).
    const tally = (outcomes: string[]) =>
      JSON.stringify(
        outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {}),
      )
    expect(
      signIns.filter((o) => o !== '401' && o !== '503' && o !== 'ECONNREFUSED'),
      tally(signIns),
    ).toEqual([])
    expect(signIns.filter((o) => o === '401').length, tally(signIns)).toBeGreaterThan(0)
    // With nothing left in flight, the connections still open get their 503 before it exits.
    const late = await Promise.all(connected.map(askLater))
    expect(late, tally(late)).toEqual(late.map(() => '503'))
    const [code] = await exited
    expect(code).toBe(0)
  }, 60_000)
})
