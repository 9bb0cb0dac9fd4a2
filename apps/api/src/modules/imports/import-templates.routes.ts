import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZImportType } from '@cr/shared/imports/import-job'
import { z } from 'zod'
import { contentTypes } from '../../exports/http-headers.ts'
import { sendDownload } from '../../exports/send-export.ts'
import { templateFileName, writeTemplate } from '../../imports/template.ts'

/** /api/v1/import-templates/:type — the .xlsx a clerk fills in: headers, hints, drop-downs. */
export const importTemplatesRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.get('/:type', {
    config: { permission: 'import:run' },
    schema: {
      operationId: 'getImportTemplate',
      tags: ['Imports'],
      summary: 'The spreadsheet template of a ledger type, with an explanation row and lists',
      params: z.object({ type: ZImportType }),
      produces: [contentTypes.xlsx],
      response: { 200: z.string().describe('The file') },
    },
    handler: async (request, reply) => {
      const { ledger } = app.imports.ledgers[request.params.type]
      return sendDownload(reply, templateFileName(ledger), 'xlsx', await writeTemplate(ledger))
    },
  })
}
