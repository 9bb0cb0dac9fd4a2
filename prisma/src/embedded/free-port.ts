// Asks the kernel for a free TCP port on the loopback interface. A fixed 5432 would collide
// with Debian's PostgreSQL (on PATH here), with a second checkout, or with the test cluster
// running next to the dev one. There is a small window between closing this socket and
// postgres binding the port; embedded.ts retries with a new port if it loses that race.
import net from 'node:net'

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}
