import { existsSync } from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import fp from 'fastify-plugin'

/**
 * Serves the built web app from the same port as the API. Hashed assets are cached for a year;
 * index.html never, so a new release is picked up on the next navigation. Unknown non-API paths
 * get index.html (client-side routing) from the not-found handler. `preCompressed`: the build
 * writes `.br` and `.gz` beside each file (apps/web/scripts/precompress.mjs), sent by the
 * request's Accept-Encoding with `Content-Encoding` and `Vary: Accept-Encoding`; the file itself
 * to a client that accepts neither.
 */
export default fp(async (app) => {
  const dist = app.config.webDist
  if (!dist || !existsSync(path.join(dist, 'index.html'))) {
    app.log.warn({ dist }, 'web app not built: serving the API only (run `pnpm build`)')
    return
  }
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    index: false,
    preCompressed: true,
    setHeaders: (reply, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`)
      void reply.header(
        'cache-control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      )
    },
  })
  app.hasSpa = true
})
