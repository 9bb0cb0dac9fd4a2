import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import http from 'node:http'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { useTestApp } from './test/test-app.ts'

const t = useTestApp()
const started: Array<ReturnType<typeof spawn>> = []
// A failed assertion must not leave a server process behind.
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL')
})
const serverScript = fileURLToPath(new URL('./server.ts', import.meta.url))

/** Starts the real server process on the test database and waits for its address line. */
const startServer = async (env: Record<string, string>) => {
  const child = spawn(process.execPath, ['--import', 'tsx', serverScript], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started.push(child)
  let output = ''
  child.stderr.on('data', (chunk) => (output += chunk))
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /Community Records: (http:\/\/localhost:\d+)\//.exec(output)
      if (match?.[1]) resolve(match[1])
    })
    child.on('exit', (code) =>
      reject(new Error(`server exited (${code}) before listening:\n${output}`)),
    )
  })
  return { child, url, output: () => output }
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
    // server busy for a good while: the signal lands while most of them are in flight.
    const inFlight = Array.from({ length: 40 }, (_, i) => login(`Wrong#pass${i}`))
    await new Promise((resolve) => setTimeout(resolve, 150))
    child.kill('SIGTERM')
    const statuses = await Promise.all(inFlight)
    // Every request sent before the signal gets a real answer, none is reset: those the server
    // had started finish (401/423), those it had not yet read are refused with 503.
    expect(statuses.every((s) => s === 401 || s === 423 || s === 503)).toBe(true)
    expect(statuses.filter((s) => s !== 503).length).toBeGreaterThan(0)

    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
    await expect(fetch(`${url}/api/health`)).rejects.toThrow()
  })
})
