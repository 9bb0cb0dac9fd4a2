import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import {
  ZPairing,
  ZPairingCreate,
  ZPairingEnd,
  ZPairingListQuery,
  ZPairingPage,
  ZPairingRate,
  ZPairingRateQuery,
  ZPairingUpdate,
  ZPairingVisitCreate,
} from '@cr/shared/subsidies/pairing-record'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { registerStepRoute } from '../../lib/step-route.ts'
import * as pairings from './pairings.service.ts'
import { subsidiesTag as tag } from './subsidies-tag.ts'

/** /api/v1/pairings — 一助一 结对帮扶, its visits and the pairing rate. */
export const pairingsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  // Before the CRUD routes' `/:id`, as the registration rate is.
  app.get('/rate', {
    config: { permission: 'subsidy:read' },
    schema: {
      operationId: 'getPairingRate',
      tags: [tag],
      summary:
        '结对率 as of a day: cases in payment with an active helper, per committee, in scope',
      querystring: ZPairingRateQuery,
      response: { 200: ZPairingRate },
    },
    handler: (request) =>
      pairings.pairingRateOf(app.db.prisma, request.actor!, request.query, app.today()),
  })
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'Pairing', plural: 'Pairings' },
    labels: { singular: 'pairing (一助一)', plural: 'pairings' },
    permissions: { read: 'subsidy:read', write: 'subsidy:write' },
    schemas: {
      record: ZPairing,
      create: ZPairingCreate,
      update: ZPairingUpdate,
      listQuery: ZPairingListQuery,
      page: ZPairingPage,
    },
    service: {
      list: (db, actor, query) => pairings.listPairings(db, actor, query, base.today()),
      get: (db, actor, id) => pairings.getPairing(db, actor, id, base.today()),
      create: pairings.createPairing,
      update: pairings.updatePairing,
      remove: pairings.deletePairing,
    },
  })
  const step = { tag, permission: 'subsidy:write' as const, response: ZPairing }
  registerStepRoute(base, {
    ...step,
    verb: 'end',
    operationId: 'endPairing',
    summary: 'End a pairing on a day',
    body: ZPairingEnd,
    run: pairings.endPairing,
  })
  registerStepRoute(base, {
    ...step,
    verb: 'visits',
    operationId: 'addPairingVisit',
    summary: '帮扶记录: a visit or help given under the pairing',
    body: ZPairingVisitCreate,
    run: pairings.addPairingVisit,
  })
}
