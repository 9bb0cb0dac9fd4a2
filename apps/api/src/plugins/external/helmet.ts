import helmet from '@fastify/helmet'
import fp from 'fastify-plugin'

/**
 * Security headers. The CSP allows inline styles because antd and Swagger UI inject them
 * (CSS-in-JS); scripts only from our own origin. Nothing is loaded from outside: the office
 * intranet may have no internet at all.
 */
export default fp(async (app) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Plain-HTTP intranet deployments are common; HSTS is the TLS terminator's business.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  })
})
