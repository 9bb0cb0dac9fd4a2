// Readiness: can a new connection be made and answer `SELECT 1`, within a deadline?
//
// On a connection of its own, not the pool's: when the database hangs, the pool is full of
// connections waiting for their own deadlines, and a probe queued behind them would measure
// the queue. Concurrent probes share one attempt, so a flood of readiness requests (the route
// is public) opens at most one extra connection at a time.
import pg from 'pg'

export type TPing = (timeoutMs: number) => Promise<void>

export const createPing = (config: pg.ClientConfig): TPing => {
  let inFlight: Promise<void> | undefined
  const once = async (timeoutMs: number) => {
    const client = new pg.Client({ ...config, connectionTimeoutMillis: timeoutMs })
    client.on('error', () => {}) // the failure reaches connect() or query() below
    // One deadline for connecting and querying together; destroying the socket fails both.
    const timer = setTimeout(() => {
      client.connection.stream.destroy(
        new Error(`no answer from the database within ${timeoutMs} ms`),
      )
    }, timeoutMs)
    try {
      await client.connect()
      await client.query('SELECT 1')
    } finally {
      clearTimeout(timer)
      client.end().catch(() => {})
    }
  }
  return (timeoutMs) => (inFlight ??= once(timeoutMs).finally(() => (inFlight = undefined)))
}
