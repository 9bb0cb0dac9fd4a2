// Runs inside a worker thread (see app-server.ts): the real app, built by the same buildApp as
// the server and the tests, on its own database handle and event loop, listening on an
// ephemeral port of 127.0.0.1. It answers { type: 'close' } by closing the app and its pool.
import { parentPort, workerData } from 'node:worker_threads'
import { createDb } from '@cr/db/client'
import { buildApp } from '../../src/app.ts'
import { benchConfig } from './app-server.ts'

export type TAppWorkerData = { connectionString: string }
export type TAppWorkerMessage =
  { type: 'listening'; port: number } | { type: 'closed' } | { type: 'failed'; message: string }

const port = parentPort!
const post = (message: TAppWorkerMessage) => port.postMessage(message)
const { connectionString } = workerData as TAppWorkerData
const config = benchConfig()

try {
  // Same pool settings as src/server.ts (createDb's defaults), so the pool size the app runs
  // with is the one the plain-pg baseline gets.
  const db = createDb({ connectionString, applicationName: 'cr-bench-api' })
  const app = await buildApp({ config, db, logger: false })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  port.on('message', (message: { type: string }) => {
    if (message.type !== 'close') return
    void (async () => {
      await app.close()
      await db.close()
      post({ type: 'closed' })
      port.close()
    })()
  })
  post({ type: 'listening', port: Number(new URL(address).port) })
} catch (error) {
  post({ type: 'failed', message: (error as Error).stack ?? String(error) })
}
