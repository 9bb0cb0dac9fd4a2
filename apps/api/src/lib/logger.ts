import type { FastifyServerOptions } from 'fastify'

/**
 * pino options. Personal data and secrets never reach the log: credentials and cookies in
 * headers, and any body or object field that holds a password, token, ID number or phone.
 * Bodies are not logged at all; the redaction is the second line of defence.
 */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.idNumber',
  '*.phone',
  '*.*.idNumber',
  '*.*.phone',
]

export const loggerOptions = (level: string): FastifyServerOptions['logger'] => ({
  level,
  redact: { paths: redactPaths, censor: '[redacted]' },
})
