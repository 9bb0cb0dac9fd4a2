import fs from 'node:fs'
import path from 'node:path'
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { startEmbeddedPostgres } from './embedded.ts'
import { isProcessAlive, stopPostmaster } from './embedded/postmaster.ts'
import { removeTempDirs, tempDir } from './testing/fixtures.ts'

async function query(url: string, sql: string) {
  const client = new pg.Client(url)
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

describe('startEmbeddedPostgres', () => {
  afterAll(removeTempDirs)
  const dataDir = path.join(tempDir('embedded'), 'postgres')

  it('initialises once, keeps data across restarts, and reuses its generated password', async () => {
    let t = performance.now()
    const first = await startEmbeddedPostgres({ dataDir })
    const cold = performance.now() - t
    await query(
      first.connectionString,
      "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')",
    )
    const [{ ctype }] = await query(
      first.connectionString,
      'SELECT datctype AS ctype FROM pg_database WHERE datname = current_database()',
    )
    expect(ctype).toBe('C.UTF-8')
    await first.stop()
    await expect(query(first.connectionString, 'SELECT 1')).rejects.toThrow()

    t = performance.now()
    const second = await startEmbeddedPostgres({ dataDir })
    const warm = performance.now() - t
    expect(await query(second.connectionString, 'SELECT v FROM kept')).toEqual([
      { v: 'still here' },
    ])
    expect(second.connectionString.split('@')[0]).toBe(first.connectionString.split('@')[0])
    expect(fs.statSync(path.join(dataDir, 'password')).mode & 0o777).toBe(0o600)
    await second.stop()
    console.info(
      `embedded PostgreSQL: cold start ${cold.toFixed(0)} ms, warm start ${warm.toFixed(0)} ms`,
    )
  })

  it('starts over a stale postmaster.pid left by a crash', async () => {
    const dead = spawnSync('true').pid! // a PID that no longer runs
    fs.writeFileSync(
      path.join(dataDir, 'pgdata', 'postmaster.pid'),
      `${dead}\n${dataDir}/pgdata\n0\n5999\n\n127.0.0.1\n0 0\nready\n`,
    )
    const cluster = await startEmbeddedPostgres({ dataDir })
    expect(cluster.reused).toBe(false)
    expect(await query(cluster.connectionString, 'SELECT v FROM kept')).toEqual([
      { v: 'still here' },
    ])
    await cluster.stop()
  })

  it('shares a running cluster; the last user stops it', async () => {
    const a = await startEmbeddedPostgres({ dataDir })
    const b = await startEmbeddedPostgres({ dataDir })
    expect(b).toMatchObject({ reused: true, port: a.port })
    await a.stop() // b still uses it
    expect(await query(b.connectionString, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }])
    await b.stop()
    await expect(query(b.connectionString, 'SELECT 1')).rejects.toThrow()
    expect(fs.existsSync(path.join(dataDir, 'pgdata', 'postmaster.pid'))).toBe(false)
  })
})

describe('a Ctrl-C in the terminal of a process that started the cluster', () => {
  afterAll(removeTempDirs)

  it('does not reach postgres: the process keeps using it, then stops it and exits 0', async () => {
    const dataDir = path.join(tempDir('embedded-signal'), 'postgres')
    const script = fileURLToPath(new URL('./testing/embedded-signal-child.ts', import.meta.url))
    // detached: the child leads a process group of its own, like a shell's foreground job.
    const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const exited = once(child, 'exit')
    let postmaster = 0
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          stdout += chunk
          if (stdout.includes('"port"')) resolve()
        })
        child.on('exit', (code) =>
          reject(new Error(`child exited (${code}) before starting:\n${stdout}${stderr}`)),
        )
      })
      postmaster = Number(
        fs.readFileSync(path.join(dataDir, 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0],
      )
      expect(isProcessAlive(postmaster)).toBe(true)

      // What the terminal does on Ctrl-C: SIGINT to every process in the foreground group.
      process.kill(-child.pid!, 'SIGINT')
      const [code] = await exited

      const lines = stdout.trim().split('\n')
      expect(JSON.parse(lines.at(-1)!), stderr).toEqual({ query: 'ok' })
      expect(code).toBe(0)
      expect(isProcessAlive(postmaster)).toBe(false)
      expect(fs.existsSync(path.join(dataDir, 'pgdata', 'postmaster.pid'))).toBe(false)
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(-child.pid!, 'SIGKILL')
        await exited
      }
      if (postmaster) await stopPostmaster(postmaster)
    }
  })
})
