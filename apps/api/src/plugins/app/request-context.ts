import fp from 'fastify-plugin'
import { pickLanguage } from '../../lib/language.ts'
import { isApiPath } from '../../lib/request-path.ts'

/**
 * Per-request basics: the response language, the request id echoed back as `x-request-id`
 * (so a clerk can quote it to support), and `no-store` on API answers (they hold personal data).
 */
export default fp(async (app) => {
  app.decorateRequest('lang', 'zh')
  app.decorateRequest('actor', null)
  app.addHook('onRequest', async (request, reply) => {
    request.lang = pickLanguage(request.headers['accept-language'])
    void reply.header('x-request-id', request.id)
    if (isApiPath(request.url)) {
      void reply.header('cache-control', 'no-store')
      void reply.header('vary', 'accept-language, cookie, authorization')
    }
  })
})
