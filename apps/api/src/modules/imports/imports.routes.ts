import { createHash } from 'node:crypto'
import multipart from '@fastify/multipart'
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZIdParams } from '@cr/shared/common/record'
import {
  ZImportCommit,
  ZImportCreateOptions,
  ZImportJob,
  ZImportJobPage,
  ZImportListQuery,
  ZImportReportQuery,
  ZImportValidate,
} from '@cr/shared/imports/import-job'
import { z } from 'zod'
import type { $ZodIssue } from 'zod/v4/core'
import { sendExport } from '../../exports/send-export.ts'
import { AppError } from '../../lib/errors.ts'
import { idempotencyKeyOf } from '../../lib/write.ts'
import { RequestValidationError, unstorableTextIssues } from '../../lib/zod-validator.ts'
import * as imports from './imports.service.ts'

const tags = ['Imports']
export const maxImportBytes = 50 * 1024 * 1024

const fileMissing = () =>
  new AppError('import_file_missing', 400, { fields: [{ path: 'file', code: 'required' }] })

/**
 * What busboy and @fastify/multipart throw for a body that is not a well-formed upload (no
 * boundary, cut short, a field that is not the JSON it declares): the client's fault, a 400.
 * Their size limits stay 413s, and our own errors pass through.
 */
const asUploadError = (error: unknown) => {
  if (error instanceof AppError || error instanceof RequestValidationError) return error
  if ((error as { statusCode?: number }).statusCode === 413) return error
  return new AppError('import_upload_malformed', 400, {
    fields: [{ path: 'file', code: 'import_upload_malformed' }],
  })
}

const invalidUpload = (issues: $ZodIssue[]) => {
  const error = new RequestValidationError(issues)
  error.validationContext = 'body'
  return error
}

/** Issues under `prefix` for the text in `value` that cannot be stored (as for every route). */
const textIssuesAt = (prefix: string, value: unknown) =>
  unstorableTextIssues(value).map((i) => ({ ...i, path: [prefix, ...i.path] }))

/** The `file` and `options` parts of an upload; the file is held in memory (≤ 50 MB). */
const readParts = async (request: FastifyRequest) => {
  let file: { fileName: string; content: Buffer } | undefined
  let options: unknown = {}
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file') {
        part.file.resume()
        continue
      }
      const content = await part.toBuffer()
      if (part.file.truncated) throw new AppError('import_file_too_large', 413)
      file = { fileName: part.filename || 'upload', content }
    } else if (part.fieldname === 'options') {
      try {
        options = JSON.parse(String(part.value))
      } catch {
        throw new AppError('validation_failed', 400, {
          fields: [{ path: 'options', code: 'bad_request' }],
        })
      }
    }
  }
  return { file, options }
}

const readUpload = async (request: FastifyRequest) => {
  // JSON, text or a form has no file in it (and request.parts() would throw a 406 for it).
  if (!request.isMultipart()) throw fileMissing()
  const { file, options } = await readParts(request).catch((error: unknown) => {
    throw asUploadError(error)
  })
  if (!file) throw fileMissing()
  const textIssues = [...textIssuesAt('file', file.fileName), ...textIssuesAt('options', options)]
  if (textIssues.length > 0) throw invalidUpload(textIssues)
  const parsed = ZImportCreateOptions.safeParse(options, { reportInput: true })
  if (!parsed.success) {
    throw invalidUpload(parsed.error.issues.map((i) => ({ ...i, path: ['options', ...i.path] })))
  }
  return { ...file, options: parsed.data }
}

/**
 * /api/v1/imports — ledger imports as jobs: upload (checked first by default), check again with
 * another mapping, commit, undo. Runs happen in the background; clients poll `GET /:id`.
 */
export const importsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  await app.register(multipart, {
    limits: { fileSize: maxImportBytes, files: 1, fields: 5, fieldSize: 64 * 1024, parts: 6 },
  })
  const deps = {
    db: app.db,
    queue: app.imports,
    cipher: app.cipher,
    ledgers: app.imports.ledgers,
    today: app.today,
  }
  const meta = (request: FastifyRequest) => ({ requestId: request.id, clientIp: request.ip })

  app.post('/', {
    config: { permission: 'import:run' },
    bodyLimit: maxImportBytes + 1024 * 1024,
    schema: {
      operationId: 'createImport',
      tags,
      summary: 'Upload a ledger (.xlsx or .csv): a job that checks it, and commits it if asked',
      description:
        'multipart/form-data with a `file` part and an `options` part holding ImportCreateOptions ' +
        'as JSON. Answers 202 with the job; poll GET /imports/{id} for progress and the report. ' +
        'With an Idempotency-Key, the same upload sent again creates no second job: it answers ' +
        'the first one as it is now (Idempotent-Replayed: true).',
      consumes: ['multipart/form-data'],
      response: { 202: ZImportJob },
    },
    handler: async (request, reply) => {
      const key = idempotencyKeyOf(request)
      const upload = await readUpload(request)
      const actor = request.actor!
      const idempotency = key && {
        principal: `${actor.type}:${actor.id}`,
        key,
        method: 'POST',
        path: request.url,
        // Keyed (HMAC) as in write(): the file holds ID numbers.
        requestHash: app.cipher.blindIndex(
          `idempotency:POST ${request.url}\n${upload.fileName}\n` +
            `${createHash('sha256').update(upload.content).digest('hex')}\n` +
            JSON.stringify(upload.options),
        ),
      }
      const { job, replayed } = await imports.createJob(
        deps,
        actor,
        meta(request),
        upload,
        idempotency || undefined,
      )
      if (replayed) void reply.header('idempotent-replayed', 'true')
      return reply.code(202).header('location', `/api/v1/imports/${job.id}`).send(job)
    },
  })

  app.get('/', {
    config: { permission: 'import:run' },
    schema: {
      operationId: 'listImports',
      tags,
      summary: 'Import jobs, newest first (your own; every job for administrators)',
      querystring: ZImportListQuery,
      response: { 200: ZImportJobPage },
    },
    handler: (request) => imports.listJobs(app.db.prisma, request.actor!, request.query),
  })

  app.get('/:id', {
    config: { permission: 'import:run' },
    schema: {
      operationId: 'getImport',
      tags,
      summary: 'One import job: state, progress, counts, mapping and the first problems',
      params: ZIdParams,
      response: { 200: ZImportJob },
    },
    handler: (request) =>
      imports.getJob(app.db.prisma, request.actor!, request.params.id, deps.ledgers),
  })

  app.get('/:id/report', {
    config: { permission: 'import:run' },
    schema: {
      operationId: 'getImportReport',
      tags,
      summary:
        'The uploaded sheet with an added 错误说明 column (.xlsx); ID numbers masked unless revealed',
      description:
        'With `reveal=true` and a `reason` (permission resident:reveal; an audit row) the ID ' +
        'numbers are as uploaded, so the sheet can be fixed and uploaded again. 410 ' +
        '`import_file_purged` once the file has been deleted at the end of its retention.',
      params: ZIdParams,
      querystring: ZImportReportQuery,
      produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const report = await imports.jobReport(
        deps,
        request.actor!,
        meta(request),
        request.params.id,
        request.query,
      )
      return sendExport(reply, { format: 'xlsx', ...report })
    },
  })

  app.post('/:id/validate', {
    config: { permission: 'import:run' },
    schema: {
      operationId: 'revalidateImport',
      tags,
      summary: 'Check the uploaded file again, e.g. with a corrected column mapping',
      params: ZIdParams,
      body: ZImportValidate,
      response: { 202: ZImportJob },
    },
    handler: async (request, reply) =>
      reply
        .code(202)
        .send(
          await imports.revalidate(
            deps,
            request.actor!,
            meta(request),
            request.params.id,
            request.body,
          ),
        ),
  })

  app.post('/:id/commit', {
    config: { permission: 'import:run' },
    schema: {
      operationId: 'commitImport',
      tags,
      summary: 'Write a checked ledger: all or nothing, or only the valid rows',
      params: ZIdParams,
      body: ZImportCommit,
      response: { 202: ZImportJob },
    },
    handler: async (request, reply) =>
      reply
        .code(202)
        .send(
          await imports.commit(
            deps,
            request.actor!,
            meta(request),
            request.params.id,
            request.body,
          ),
        ),
  })

  app.post('/:id/undo', {
    config: { permission: 'import:run' },
    schema: {
      operationId: 'undoImport',
      tags,
      summary: 'Take a committed import back as a whole (refused if its records changed since)',
      params: ZIdParams,
      response: { 200: ZImportJob },
    },
    handler: (request) =>
      imports.undo(deps, request.actor!, meta(request), request.params.id, app.cipher),
  })
}
