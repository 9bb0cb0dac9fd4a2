// `pnpm start`: builds the web app when its build is missing or older than its sources, then
// runs the server (embedded PostgreSQL unless DATABASE_URL is set). Arguments pass through,
// e.g. `pnpm start --demo`. Signals are forwarded so Ctrl-C shuts the server down gracefully.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = path.join(root, 'apps/web/dist/index.html')
const sources = ['apps/web/src', 'apps/web/index.html', 'packages/shared/src'].map((p) =>
  path.join(root, p),
)

const newestMtime = (p) => {
  if (!existsSync(p)) return 0
  const stat = statSync(p)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(p).map((entry) => newestMtime(path.join(p, entry))))
}

const builtAt = existsSync(dist) ? statSync(dist).mtimeMs : 0
if (builtAt < Math.max(...sources.map(newestMtime))) {
  console.log('Building the web app…')
  const build = spawnSync('pnpm', ['--filter', '@cr/web', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const server = spawn(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'apps/api/src/server.ts'), ...process.argv.slice(2)],
  // tsx is a dependency of the API package, so resolve `--import tsx` from there. The server
  // gets its own process group: a terminal's Ctrl-C reaches it once, forwarded from here, not
  // also directly (a second signal means "stop now" to it and would cut the graceful drain).
  { cwd: path.join(root, 'apps/api'), stdio: 'inherit', detached: true },
)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.kill(signal))
process.on('exit', () => server.exitCode === null && server.kill('SIGTERM'))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
