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

/**
 * A request URL as logged: the query's values are left out — `q` carries names, phone and ID
 * numbers as typed, and filters say whom a clerk looked for. Keys stay, so a log still tells
 * which filters a slow request used.
 */
export const loggedUrl = (url: string): string => {
  const at = url.indexOf('?')
  if (at < 0) return url
  const keys = url
    .slice(at + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=', 1)[0]}=*`)
  return `${url.slice(0, at)}?${keys.join('&')}`
}

type TLoggedRequest = {
  method: string
  url: string
  host?: string
  socket?: { remoteAddress?: string }
}

export const loggerOptions = (level: string): FastifyServerOptions['logger'] => ({
  level,
  redact: { paths: redactPaths, censor: '[redacted]' },
  serializers: {
    req: (request: TLoggedRequest) => ({
      method: request.method,
      url: loggedUrl(request.url),
      host: request.host,
      remoteAddress: request.socket?.remoteAddress,
    }),
  },
})
