// A pg.Client whose every query has a deadline on this side of the wire.
//
// `statement_timeout` is enforced by the server: a frozen server (SIGSTOP, a hung host, a link
// that drops packets without a reset) enforces nothing, the socket stays open and the query
// waits for ever. pg's own `query_timeout` only fails the query: the connection keeps the
// unanswered query in flight and goes back to the pool looking healthy, where the next user
// queues behind it — and a transaction whose ROLLBACK never went out is reused mid-transaction
// (pg-pool discards a client only on `release(err)`, and @prisma/adapter-pg releases without
// one after commit or rollback). So on the deadline this client destroys its socket instead:
// every query on it fails, the client is no longer queryable, and pg-pool drops it on release
// whoever holds it (pool.query, Prisma's transactions, our own pool.connect() users).
import pg from 'pg'

/** The message of the error a query fails with when its deadline passes. */
export const queryTimeoutMessage = 'Query read timeout'

const limits = new WeakMap<pg.ClientBase, number>()

/**
 * Gives one checked-out client a longer (or shorter) deadline than the pool's, until it is
 * released: for work whose statements may legitimately run long (imports set a long
 * `statement_timeout` too, and the two limits should agree).
 */
export const setQueryTimeout = (client: pg.ClientBase, ms: number) => {
  limits.set(client, ms)
}

/** Forgets a per-client deadline (the pool calls this on release). */
export const resetQueryTimeout = (client: pg.ClientBase) => {
  limits.delete(client)
}

type TAnyFunction = (...args: unknown[]) => unknown
/** What this client looks at in a query's first argument. */
type TQueryConfig = {
  submit?: TAnyFunction
  handleReadyForQuery?: TAnyFunction
  handleError?: TAnyFunction
  callback?: TAnyFunction
}

/** The Client class the pool creates, with `defaultMs` as each query's deadline. */
export const deadlineClient = (defaultMs: number) =>
  class DeadlineClient extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super(config)
      // A checked-out client has no pool listener, and an 'error' event without a listener
      // kills the process. Its queries receive the same error, so nothing is lost here.
      this.on('error', () => {})
    }

    // pg's overloads (promise, callback, submittable such as a COPY stream) in one signature.
    override query(...args: unknown[]): never {
      const ms = limits.get(this) ?? defaultMs
      const query = (super.query as (...a: unknown[]) => unknown).bind(this)
      const config = args[0] as TQueryConfig | string | undefined
      if (!ms || !config) return query(...args) as never

      const timer = setTimeout(() => this.abandon(ms), ms)
      const done = () => clearTimeout(timer)
      const settling = (settle: TAnyFunction): TAnyFunction =>
        function (this: unknown, ...rest) {
          done()
          return settle.apply(this, rest)
        }
      // The timer stops when the query settles, however its caller learns of it.
      let promised = false
      const callbackAt = args.findIndex((a) => typeof a === 'function')
      if (typeof config === 'object' && typeof config.submit === 'function') {
        // A submittable ends with ReadyForQuery or with an error.
        config.handleReadyForQuery = settling(config.handleReadyForQuery!)
        config.handleError = settling(config.handleError!)
      } else if (callbackAt > 0) {
        args[callbackAt] = settling(args[callbackAt] as TAnyFunction)
      } else if (typeof config === 'object' && typeof config.callback === 'function') {
        args[0] = { ...config, callback: settling(config.callback) }
      } else {
        promised = true
      }
      try {
        const result = query(...args)
        if (promised) (result as Promise<unknown>).then(done, done)
        return result as never
      } catch (error) {
        done()
        throw error
      }
    }

    /** The server did not answer in time: fail everything on this connection and close it. */
    private abandon(ms: number) {
      const error = Object.assign(
        new Error(`${queryTimeoutMessage}: no answer from the database within ${ms} ms`),
        { code: 'ETIMEDOUT' },
      )
      this.connection.stream.destroy(error)
    }
  }
