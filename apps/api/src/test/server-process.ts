import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const serverScript = fileURLToPath(new URL('../server.ts', import.meta.url))
const apiDir = fileURLToPath(new URL('../..', import.meta.url))

export type TServerProcess = { child: ChildProcess; url: string; output: () => string }

/**
 * Starts the real server process (`node --import tsx src/server.ts`) on port 0 with `env` added
 * to this process's environment, and resolves with its address once it prints it. The caller
 * kills what it started (`child.kill('SIGKILL')` in an `afterAll`), so a failed assertion leaves
 * no process behind.
 */
export const startServerProcess = (env: Record<string, string>) => {
  const child = spawn(process.execPath, ['--import', 'tsx', serverScript], {
    cwd: apiDir,
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stderr!.on('data', (chunk) => (output += chunk))
  const started = new Promise<TServerProcess>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk
      const match = /Community Records: (http:\/\/localhost:\d+)\//.exec(output)
      // 127.0.0.1, not localhost: the server listens on IPv4 only (HOST above).
      if (match?.[1])
        resolve({ child, url: match[1].replace('localhost', '127.0.0.1'), output: () => output })
    })
    child.on('exit', (code) =>
      reject(new Error(`server exited (${code}) before listening:\n${output}`)),
    )
  })
  return { child, started }
}
