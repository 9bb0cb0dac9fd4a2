import type { Socket } from 'node:net'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../../lib/errors.ts'

/**
 * Graceful shutdown in two steps. Closing the listening socket at once (what `app.close()` does)
 * resets every connection the server has not answered yet: those in the kernel's accept queue,
 * and those accepted whose request Node has not read (Node's `server.close()` destroys them as
 * "idle"). So `app.drain()` first keeps listening and answers every new request with 503 +
 * Retry-After + `Connection: close`, lets the requests in flight finish (their answers close the
 * connection too, so no client reuses it), and resolves only when no connection is left open —
 * counting connections, not requests: a connection whose request has not been read yet is
 * waited for, and gets its 503. Only then does `app.close()` stop listening.
 *
 * The listener stays open at least `minimumOpenMs`, and the last check runs after a poll of the
 * event loop, so connections the kernel had queued while the process was starved of CPU are
 * accepted and answered, not reset. Idle keep-alive connections are closed after that moment
 * (see `closeIfIdle`).
 */
const minimumOpenMs = 500

type TConnection = { active: number; served: number }

export default fp(async (app) => {
  const counted = new WeakSet<FastifyRequest>()
  const connections = new Map<Socket, TConnection>()
  let inFlight = 0
  let draining = false
  /** Past the first `minimumOpenMs` of the drain: idle connections may be closed now. */
  let openLongEnough = false
  let check: (() => void) | undefined

  app.server.on('connection', (socket: Socket) => {
    connections.set(socket, { active: 0, served: 0 })
    socket.once('close', () => {
      connections.delete(socket)
      check?.()
    })
  })

  /**
   * A kept-alive connection with no request on it: nothing to answer, so it is closed — but only
   * once the drain has run `minimumOpenMs`. A client may already have written its next request
   * on it (an answer sent before the drain did not say `Connection: close`); closing it then
   * would reset that request, while keeping it open a moment lets it be read and refused (503).
   */
  const closeIfIdle = (socket: Socket) => {
    const connection = connections.get(socket)
    if (openLongEnough && connection && connection.active === 0 && connection.served > 0)
      socket.end()
  }

  app.addHook('onRequest', async (request, reply) => {
    const connection = connections.get(request.raw.socket)
    if (connection) connection.active++
    if (draining) {
      void reply.header('connection', 'close')
      throw new AppError('service_unavailable', 503, { headers: { 'retry-after': '5' } })
    }
    counted.add(request)
    inFlight++
  })
  // An answer given while draining closes its connection (a keep-alive client would reuse it).
  app.addHook('onSend', async (_request, reply, payload) => {
    if (draining && !reply.raw.headersSent) void reply.header('connection', 'close')
    return payload
  })
  const settle = async (request: FastifyRequest) => {
    const socket = request.raw.socket
    const connection = connections.get(socket)
    if (connection) {
      connection.active = Math.max(0, connection.active - 1)
      connection.served++
      if (draining) setImmediate(() => closeIfIdle(socket))
    }
    if (!counted.delete(request)) return
    inFlight--
    check?.()
  }
  app.addHook('onResponse', settle)
  app.addHook('onRequestAbort', settle)

  app.decorate('drain', (timeoutMs: number) => {
    draining = true
    return new Promise<void>((resolve) => {
      const done = () => {
        check = undefined
        clearTimeout(deadline)
        clearTimeout(minimum)
        resolve()
      }
      // After a poll phase (setImmediate), so connections waiting to be accepted are counted.
      check = () =>
        setImmediate(() => {
          if (openLongEnough && inFlight === 0 && connections.size === 0) done()
        })
      const deadline = setTimeout(done, timeoutMs)
      const minimum = setTimeout(() => {
        openLongEnough = true
        for (const socket of connections.keys()) closeIfIdle(socket)
        check?.()
      }, minimumOpenMs)
      deadline.unref()
    })
  })
})
