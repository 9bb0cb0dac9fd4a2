import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  ZAnnualReport,
  ZAnnualReportHistory,
  ZAnnualReportParams,
  ZAnnualReportQuery,
  ZAnnualReportSectionParams,
  ZAnnualReportText,
  ZAnnualReportTextPut,
} from '@cr/shared/reports/annual-report'
import { requireIfMatch } from '../../lib/etag.ts'
import { write } from '../../lib/write.ts'
import { attachmentDisposition } from '../../exports/http-headers.ts'
import { annualReportDocx } from './annual-report.docx.ts'
import { annualReport, annualReportHistory, saveAnnualReportText } from './annual-report.service.ts'

const tags = ['Reports']
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** A file made in memory (a few dozen KB) as a download. */
const sendDocx = (reply: FastifyReply, name: string, file: Buffer) =>
  reply
    .header('content-type', docxType)
    .header('content-disposition', attachmentDisposition(name))
    .send(file)

/**
 * /api/v1/reports/annual — the annual work report (年度工作总结): the statistics as of 31
 * December by section, with the clerk's text of each section (versioned, never overwritten),
 * and the whole as a Word document. Scoped as the statistics.
 */
export const annualReportRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  const contextOf = (request: FastifyRequest) => ({
    db: app.db.prisma,
    actor: request.actor!,
    today: app.today(),
    language: request.lang,
  })

  app.get('/:year', {
    config: { permission: 'statistics:read' },
    schema: {
      operationId: 'getAnnualReport',
      tags,
      summary:
        'The annual report of a year: each section’s figures as of 31 December (the year’s ' +
        'from 1 January), its tables and its latest text',
      params: ZAnnualReportParams,
      querystring: ZAnnualReportQuery,
      response: { 200: ZAnnualReport },
    },
    handler: (request) => annualReport(contextOf(request), request.params.year, request.query),
  })

  app.put('/:year/sections/:section/text', {
    config: { permission: 'report:write' },
    schema: {
      operationId: 'saveAnnualReportText',
      tags,
      summary:
        'Save a section’s text as a new version (If-Match: the version read, 0 before the ' +
        'first); the office’s texts need a caller who sees every committee',
      params: ZAnnualReportSectionParams,
      querystring: ZAnnualReportQuery,
      body: ZAnnualReportTextPut,
      response: { 200: ZAnnualReportText },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) =>
        saveAnnualReportText(
          ctx,
          request.params.year,
          request.params.section,
          request.query,
          requireIfMatch(request),
          request.body.body,
        ),
      ),
  })

  app.get('/:year/sections/:section/history', {
    config: { permission: 'statistics:read' },
    schema: {
      operationId: 'getAnnualReportTextHistory',
      tags,
      summary: 'Every saved version of a section’s text, newest first',
      params: ZAnnualReportSectionParams,
      querystring: ZAnnualReportQuery,
      response: { 200: ZAnnualReportHistory },
    },
    handler: (request) =>
      annualReportHistory(
        contextOf(request),
        request.params.year,
        request.params.section,
        request.query,
      ),
  })

  app.get('/:year/docx', {
    config: { permission: 'statistics:read' },
    schema: {
      operationId: 'getAnnualReportDocx',
      tags,
      summary: 'The annual report as a Word document (.docx), in Chinese',
      params: ZAnnualReportParams,
      querystring: ZAnnualReportQuery,
      produces: [docxType],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      // The document is the office's, in Chinese whatever the caller's UI language: its
      // sentences are written in Chinese, and its titles and labels must match them.
      const report = await annualReport(
        { ...contextOf(request), language: 'zh' },
        request.params.year,
        request.query,
      )
      const file = await annualReportDocx(report)
      const name = report.committee
        ? `${report.committee.name}${report.year}年度工作总结.docx`
        : `${report.year}年度工作总结.docx`
      return sendDocx(reply, name, file)
    },
  })
}
