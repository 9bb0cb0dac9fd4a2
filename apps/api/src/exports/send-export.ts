import { PassThrough } from 'node:stream'
import { type FastifyReply } from 'fastify'
import { type TExportOptions } from './export-columns.ts'
import { attachmentDisposition, contentTypes } from './http-headers.ts'
import { writeExport } from './write-export.ts'

export type TSendExportOptions<Row> = Omit<TExportOptions<Row>, 'sheetName'> & {
  /** Without extension (`居民名单_2025-06-01`): the format adds it; xlsx names its sheet so. */
  fileName: string
}

/**
 * Sends a list as a download: `return sendExport(reply, { … })` from a handler. The file streams
 * as it is written. A failure while writing cuts the response off (Fastify destroys it when the
 * body stream errors, and logs the error); a client that disconnects stops the reading.
 */
export const sendExport = <Row>(
  reply: FastifyReply,
  { fileName, ...options }: TSendExportOptions<Row>,
): FastifyReply => {
  const body = new PassThrough()
  writeExport(body, { ...options, sheetName: fileName }).then(
    (result) => {
      if (result.aborted) reply.log.info({ rows: result.rows }, 'export stopped: client went away')
    },
    // writeExport destroyed `body` with the error; Fastify logs it and ends the response.
    () => {},
  )
  return reply
    .header('content-type', contentTypes[options.format])
    .header('content-disposition', attachmentDisposition(`${fileName}.${options.format}`))
    .send(body)
}

/** Sends a file made in memory (a template: a few KB) as a download. */
export const sendDownload = (
  reply: FastifyReply,
  fileName: string,
  format: keyof typeof contentTypes,
  body: Buffer,
): FastifyReply =>
  reply
    .header('content-type', contentTypes[format])
    .header('content-disposition', attachmentDisposition(fileName))
    .send(body)
