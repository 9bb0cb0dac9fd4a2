import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify'
import fp from 'fastify-plugin'
import { problemContentType } from '@cr/shared/common/problem'
import type { TErrorCode } from '@cr/shared/common/error-messages'
import { isDatabaseUnavailable, prismaErrorCode } from '../../lib/db-errors.ts'
import { AppError } from '../../lib/errors.ts'
import { isApiPath } from '../../lib/request-path.ts'
import { pickLanguage } from '../../lib/language.ts'
import { fieldErrorFromIssue, fieldErrorFromProblem, problemBody } from '../../lib/problem.ts'
import { RequestValidationError } from '../../lib/zod-validator.ts'

export const sendProblem = (
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
  errors = error.fieldErrors?.map((f) => fieldErrorFromProblem(f, request.lang)),
) => {
  if (error.headers) void reply.headers(error.headers)
  return reply
    .code(error.status)
    .type(problemContentType)
    .send({
      ...problemBody(error.code, error.status, request.lang, request.id, errors),
      ...(error.existing ? { existing: error.existing } : {}),
    })
}

/** Fastify's own client errors, by status: the message is ours, never the framework's. */
const clientErrorCodes: Record<number, TErrorCode> = {
  400: 'bad_request',
  404: 'route_not_found',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'service_unavailable',
}

/** Maps any error to a problem+json answer. 5xx details go to the log, never to the client. */
const toAppError = (error: FastifyError | Error, request: FastifyRequest): AppError => {
  if (error instanceof AppError) return error
  if (isDatabaseUnavailable(error)) {
    // One line, not the driver's error with its stack: an outage produces many of these.
    request.log.warn({ code: (error as { code?: unknown }).code }, 'database unavailable')
    return new AppError('database_unavailable', 503, { headers: { 'retry-after': '5' } })
  }
  const prismaCode = prismaErrorCode(error)
  if (prismaCode === 'P2002') return new AppError('conflict', 409)
  if (prismaCode === 'P2025') return new AppError('not_found', 404)
  const status = (error as FastifyError).statusCode
  if (status && status < 500 && clientErrorCodes[status])
    return new AppError(clientErrorCodes[status], status)
  request.log.error({ err: error }, 'unhandled error')
  return new AppError('internal_error', 500)
}

/**
 * The router's own errors, raised before any hook runs: a URL that is not valid percent-encoding
 * (400), a path parameter over find-my-way's length limit (414). Fastify's default answer is
 * plain JSON quoting the path; this is the same problem+json as every other error. Set as the
 * server's `frameworkErrors` option (app.ts).
 */
export const frameworkErrors: FastifyServerOptions['frameworkErrors'] = (error, request, reply) => {
  request.lang = pickLanguage(request.headers['accept-language'])
  return sendProblem(request, reply, toAppError(error, request))
}

export default fp(async (app) => {
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof RequestValidationError) {
      const part = error.validationContext ?? 'body'
      const errors = error.issues.map((issue) => fieldErrorFromIssue(issue, request.lang, part))
      return sendProblem(request, reply, new AppError('validation_failed', 400), errors)
    }
    return sendProblem(request, reply, toAppError(error as FastifyError, request))
  })

  app.setNotFoundHandler(async (request, reply) => {
    // However an API path is written (encoded, doubled slashes, capitals), it is not a page.
    const wantsPage = request.method === 'GET' && !isApiPath(request.url)
    if (wantsPage && app.hasSpa)
      return reply.header('cache-control', 'no-cache').sendFile('index.html')
    return sendProblem(request, reply, new AppError('route_not_found', 404))
  })
})
