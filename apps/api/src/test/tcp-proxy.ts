import net from 'node:net'

/**
 * A TCP proxy in front of PostgreSQL that a test can cut and restore, or freeze and thaw, to see
 * how the API behaves when the database goes away or stops answering (there is no toxiproxy on
 * these machines, and the test cluster is shared, so it cannot be stopped or SIGSTOPped itself).
 */
export const startTcpProxy = async (target: { host: string; port: number }) => {
  const sockets = new Set<net.Socket>()
  let server: net.Server | null = null
  let port = 0
  let frozen = false
  // Connections accepted while frozen: their upstream is opened on thaw (a stopped server's
  // kernel accepts connections into the backlog, but nothing answers the startup packet).
  let waiting: Array<() => void> = []

  const track = (socket: net.Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    if (frozen) socket.pause()
  }

  // By hand rather than with pipe(): pipe() resumes a source on the destination's 'drain',
  // which would undo a freeze.
  const forward = (from: net.Socket, to: net.Socket) => {
    from.on('data', (chunk) => {
      if (!to.write(chunk)) from.pause()
    })
    to.on('drain', () => {
      if (!frozen) from.resume()
    })
    from.on('end', () => to.end())
    from.on('close', () => to.destroy())
  }

  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        track(client)
        const open = () => {
          if (client.destroyed) return
          const upstream = net.connect(target.port, target.host)
          track(upstream)
          forward(client, upstream)
          forward(upstream, client)
        }
        if (frozen) waiting.push(open)
        else open()
      })
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port
        resolve()
      })
    })

  await listen()
  return {
    get port() {
      return port
    },
    /** Refuses new connections and resets the open ones, like a database host going down. */
    cut: () =>
      new Promise<void>((resolve) => {
        waiting = []
        for (const s of sockets) s.resetAndDestroy()
        server?.close(() => resolve())
      }),
    restore: listen,
    /**
     * Stops moving bytes in both directions without closing anything, which is what a client
     * sees of a frozen server (SIGSTOP, a hung host, a dead link without resets): sockets stay
     * open, writes are accepted, no answer comes. New connections are accepted and left waiting.
     */
    freeze: () => {
      frozen = true
      for (const s of sockets) s.pause()
    },
    /** Moves the held bytes on and opens the connections that waited. */
    thaw: () => {
      frozen = false
      // Listeners first: a resumed socket without a 'data' listener would drop its bytes.
      const opens = waiting
      waiting = []
      for (const open of opens) open()
      for (const s of sockets) s.resume()
    },
    close: () =>
      new Promise<void>((resolve) => {
        waiting = []
        for (const s of sockets) s.destroy()
        server?.close(() => resolve())
      }),
  }
}
