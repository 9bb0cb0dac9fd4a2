import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../../lib/errors.ts'

/**
 * Graceful shutdown in two steps. Closing the listening socket at once (what `app.close()` does)
 * resets connections that were accepted but not yet read, so clients whose request was already
 * sent see ECONNRESET. Instead, `app.drain()` first answers every new request with 503 +
 * Retry-After + `Connection: close` while the listener stays open, waits for the requests in
 * flight to finish, and only then lets `app.close()` stop listening.
 */
export default fp(async (app) => {
  const counted = new WeakSet<FastifyRequest>()
  let inFlight = 0
  let draining = false
  let onIdle: (() => void) | undefined

  app.addHook('onRequest', async (request, reply) => {
    if (draining) {
      void reply.header('connection', 'close')
      throw new AppError('service_unavailable', 503, { headers: { 'retry-after': '5' } })
    }
    counted.add(request)
    inFlight++
  })
  const settle = async (request: FastifyRequest) => {
    if (!counted.delete(request)) return
    inFlight--
    if (draining && inFlight === 0) onIdle?.()
  }
  app.addHook('onResponse', settle)
  app.addHook('onRequestAbort', settle)

  app.decorate('drain', (timeoutMs: number) => {
    draining = true
    if (inFlight === 0) return Promise.resolve()
    return new Promise<void>((resolve) => {
      onIdle = resolve
      setTimeout(resolve, timeoutMs).unref()
    })
  })
})
