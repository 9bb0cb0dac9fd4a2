// Starts the real app for the bench in a worker thread of this process. Why a thread: the load
// driver's own HTTP work (building requests, parsing answers for 50 connections) would otherwise
// run on the server's event loop and be counted as server latency; in a thread the two loops run
// side by side, as a separate autocannon process would, while one `pnpm bench` process still
// owns everything and tears it down.
//
// tsx's loader does not follow into worker threads on Node 20, so the worker's entry is a tiny
// script that loads app-worker.ts through tsx's own `tsImport`.
import { createHash } from 'node:crypto'
import { Worker } from 'node:worker_threads'
import type { TConfig } from '../../src/config.ts'
import type { TFieldKeys } from '../../src/lib/crypto/field-cipher.ts'
import { testConfig } from '../../src/test/test-config.ts'
import type { TAppWorkerData, TAppWorkerMessage } from './app-worker.ts'

export type TAppServer = { port: number; close(): Promise<void> }

/**
 * Field keys fixed for the bench (derived from constant labels; they protect nothing but
 * generated data): a kept dataset (residents/dataset.ts) is encrypted and blind-indexed once,
 * and the app of every later run must find those rows by the same HMAC.
 */
export const benchFieldKeys: TFieldKeys = {
  version: 1,
  encryptionKey: createHash('sha256').update('cr-bench field encryption key').digest(),
  indexKey: createHash('sha256').update('cr-bench field index key').digest(),
}

/**
 * The tests' configuration (no SPA, silent logging), with rate limits high enough
 * that tens of thousands of requests a minute from one session or one IP are never refused: the
 * bench measures the work behind the limits, and rate-limit.test.ts covers the limits themselves.
 */
export const benchConfig = (): TConfig =>
  testConfig({
    rateLimitPerMinute: 100_000_000,
    loginRateLimitPerMinute: 100_000_000,
    fieldKeys: benchFieldKeys,
  })

export const startAppServer = (connectionString: string): Promise<TAppServer> => {
  const tsx = import.meta.resolve('tsx/esm/api')
  const entry = new URL('./app-worker.ts', import.meta.url).href
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ tsImport }) =>
    tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`
  // The config itself cannot cross to the thread (its clock is a function): the worker builds
  // it with benchConfig().
  const workerData: TAppWorkerData = { connectionString }
  const worker = new Worker(bootstrap, { eval: true, workerData })

  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      void worker.terminate()
      reject(error)
    }
    worker.once('error', fail)
    worker.once('exit', (code) =>
      fail(new Error(`app worker exited with ${code} before listening`)),
    )
    worker.once('message', (message: TAppWorkerMessage) => {
      if (message.type === 'failed') return fail(new Error(`app worker: ${message.message}`))
      if (message.type !== 'listening') return fail(new Error(`app worker said ${message.type}`))
      worker.removeAllListeners('exit')
      worker.removeAllListeners('error')
      worker.on('error', (error) => console.error(`[bench] app worker error: ${error.message}`))
      resolve({
        port: message.port,
        close: () =>
          new Promise<void>((done) => {
            // Terminate anyway if the app does not close within 10 s (a stuck request).
            const timer = setTimeout(() => void worker.terminate().then(() => done()), 10_000)
            worker.once('exit', () => {
              clearTimeout(timer)
              done()
            })
            worker.postMessage({ type: 'close' })
          }),
      })
    })
  })
}
