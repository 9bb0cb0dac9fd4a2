import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZIdParams } from '@cr/shared/common/record'
import { ZPartyTransfer, ZTransferReceipt } from '@cr/shared/party/party-member'
import { write } from '../../lib/write.ts'
import * as transfers from './party-transfers.ts'

const tags = ['Party']

/** /api/v1/party-transfers — letters of transfer (介绍信), for printing and the register. */
export const partyTransfersRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  app.get('/:id', {
    config: { permission: 'party:read' },
    schema: {
      operationId: 'getPartyTransfer',
      tags,
      summary: 'One letter of transfer, with its validity',
      params: ZIdParams,
      response: { 200: ZPartyTransfer },
    },
    handler: (request) =>
      transfers.getTransfer(app.db.prisma, request.actor!, request.params.id, app.today()),
  })
  app.post('/:id/receipt', {
    config: { permission: 'party:write' },
    schema: {
      operationId: 'partyTransferReceipt',
      tags,
      summary: 'The 回执 of a letter issued here came back',
      params: ZIdParams,
      body: ZTransferReceipt,
      response: { 200: ZPartyTransfer },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) =>
        transfers.transferReceipt(ctx, request.params.id, request.body),
      ),
  })

  app.post('/:id/printed', {
    config: { permission: 'party:write' },
    schema: {
      operationId: 'partyTransferPrinted',
      tags,
      summary: 'Count a printing of the letter',
      params: ZIdParams,
      response: { 200: ZPartyTransfer },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) => transfers.letterPrinted(ctx, request.params.id)),
  })
}
