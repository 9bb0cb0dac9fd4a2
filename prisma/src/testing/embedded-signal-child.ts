// Run by embedded.test.ts as a process-group leader, standing in for the API server under
// Ctrl-C: starts the cluster in argv[2], prints its port and, on SIGINT, keeps using the
// database for a second (as the server drains requests in flight) before it stops the
// cluster and exits. Its last stdout line says whether that late query worked.
import pg from 'pg'
import { startEmbeddedPostgres } from '../embedded.ts'

const cluster = await startEmbeddedPostgres({ dataDir: process.argv[2], database: 'postgres' })
const keepAlive = setInterval(() => {}, 60_000)

process.once('SIGINT', async () => {
  await new Promise((resolve) => setTimeout(resolve, 1000))
  let query: string
  try {
    const client = new pg.Client(cluster.connectionString)
    await client.connect()
    try {
      query = (await client.query<{ ok: string }>("SELECT 'ok' AS ok")).rows[0]!.ok
    } finally {
      await client.end()
    }
  } catch (error) {
    query = `failed: ${(error as Error).message}`
  }
  await cluster.stop()
  clearInterval(keepAlive)
  console.log(JSON.stringify({ query }))
})

console.log(JSON.stringify({ port: cluster.port }))
