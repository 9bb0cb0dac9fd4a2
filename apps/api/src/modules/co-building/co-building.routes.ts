import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZIdParams } from '@cr/shared/common/record'
import {
  ZCoBuildingActivityCreate,
  ZCoBuildingAgreementCreate,
  ZCoBuildingUnit,
  ZCoBuildingUnitCreate,
  ZCoBuildingUnitListQuery,
  ZCoBuildingUnitPage,
  ZCoBuildingUnitUpdate,
} from '@cr/shared/party/co-building'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { write } from '../../lib/write.ts'
import * as units from './co-building.service.ts'

const tags = ['Party']

/**
 * /api/v1/co-building-units — 共建单位, their agreements and the joint activities held. The
 * party working committee's: everyone with `party:read` reads them, party administrators
 * (`party:admin`) keep them (lib/party-scope.ts).
 */
export const coBuildingRoutes: FastifyPluginAsync = async (base) => {
  registerCrudRoutes(base, {
    tag: 'Party',
    names: { singular: 'CoBuildingUnit', plural: 'CoBuildingUnits' },
    labels: { singular: 'co-building unit', plural: 'co-building units' },
    permissions: { read: 'party:read', write: 'party:admin' },
    schemas: {
      record: ZCoBuildingUnit,
      create: ZCoBuildingUnitCreate,
      update: ZCoBuildingUnitUpdate,
      listQuery: ZCoBuildingUnitListQuery,
      page: ZCoBuildingUnitPage,
    },
    service: {
      list: (db, actor, query) => units.listUnits(db, actor, query, base.today()),
      get: (db, actor, id) => units.getUnit(db, actor, id, base.today()),
      create: units.createUnit,
      update: units.updateUnit,
      remove: units.deleteUnit,
    },
  })
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.post('/:id/agreements', {
    config: { permission: 'party:admin' },
    schema: {
      operationId: 'addCoBuildingAgreement',
      tags,
      summary: 'Record an agreement signed with the unit',
      params: ZIdParams,
      body: ZCoBuildingAgreementCreate,
      response: { 201: ZCoBuildingUnit },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => units.addAgreement(ctx, request.params.id, request.body)),
  })

  app.post('/agreements/:id/activities', {
    config: { permission: 'party:admin' },
    schema: {
      operationId: 'addCoBuildingActivity',
      tags,
      summary: 'Record a joint activity held under an agreement',
      params: ZIdParams,
      body: ZCoBuildingActivityCreate,
      response: { 201: ZCoBuildingUnit },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => units.addActivity(ctx, request.params.id, request.body)),
  })
}
