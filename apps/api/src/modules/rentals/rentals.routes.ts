import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZIdParams } from '@cr/shared/common/record'
import {
  ZRentalContract,
  ZRentalContractCancel,
  ZRentalContractCreate,
  ZRentalContractListQuery,
  ZRentalContractPage,
  ZRentalContractRenew,
  ZRentalContractUpdate,
} from '@cr/shared/rentals/rental-contract'
import {
  ZRentalProperty,
  ZRentalPropertyCreate,
  ZRentalPropertyListQuery,
  ZRentalPropertyPage,
  ZRentalPropertyUpdate,
} from '@cr/shared/rentals/rental-property'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { requireIfMatch } from '../../lib/etag.ts'
import { write } from '../../lib/write.ts'
import * as contracts from './rental-contracts.service.ts'
import * as properties from './rental-properties.service.ts'
import { rentalContractExportColumns, rentalPropertyExportColumns } from './rentals.export.ts'

const tag = 'Rentals'

/** /api/v1/rental-properties — 出租房屋: a registry dwelling, its landlord and duties. */
export const rentalPropertiesRoutes: FastifyPluginAsync = async (base) => {
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'RentalProperty', plural: 'RentalProperties' },
    labels: { singular: 'rental property', plural: 'rental properties' },
    permissions: { read: 'registry:read', write: 'registry:write' },
    schemas: {
      record: ZRentalProperty,
      create: ZRentalPropertyCreate,
      update: ZRentalPropertyUpdate,
      listQuery: ZRentalPropertyListQuery,
      page: ZRentalPropertyPage,
    },
    exportAs: {
      entityType: 'rental_property',
      fileName: '出租房屋台账',
      columns: rentalPropertyExportColumns,
    },
    service: {
      list: (db, actor, query) => properties.listRentalProperties(db, actor, query, base.today()),
      get: (db, actor, id) => properties.getRentalProperty(db, actor, id, base.today()),
      create: properties.createRentalProperty,
      update: properties.updateRentalProperty,
      remove: properties.deleteRentalProperty,
    },
  })
}

/** /api/v1/rental-contracts — 治安责任书, with 续签 and 注销. */
export const rentalContractsRoutes: FastifyPluginAsync = async (base) => {
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'RentalContract', plural: 'RentalContracts' },
    labels: { singular: 'rental contract (治安责任书)', plural: 'rental contracts' },
    permissions: { read: 'registry:read', write: 'registry:write' },
    schemas: {
      record: ZRentalContract,
      create: ZRentalContractCreate,
      update: ZRentalContractUpdate,
      listQuery: ZRentalContractListQuery,
      page: ZRentalContractPage,
    },
    exportAs: {
      entityType: 'rental_contract',
      fileName: '治安责任书台账',
      columns: rentalContractExportColumns,
    },
    service: {
      list: (db, actor, query) => contracts.listRentalContracts(db, actor, query, base.today()),
      get: (db, actor, id) => contracts.getRentalContract(db, actor, id, base.today()),
      create: contracts.createRentalContract,
      update: contracts.updateRentalContract,
      remove: contracts.deleteRentalContract,
    },
  })
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.post('/:id/renew', {
    config: { permission: 'registry:write' },
    schema: {
      operationId: 'renewRentalContract',
      tags: [tag],
      summary: 'Renew a contract (续签): a new contract linked to this one (needs If-Match)',
      params: ZIdParams,
      body: ZRentalContractRenew,
      response: { 201: ZRentalContract },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) =>
        contracts.renewRentalContract(
          ctx,
          request.params.id,
          requireIfMatch(request),
          request.body,
        ),
      ),
  })

  app.post('/:id/cancel', {
    config: { permission: 'registry:write' },
    schema: {
      operationId: 'cancelRentalContract',
      tags: [tag],
      summary: 'Cancel a contract (注销) on a day, for a reason (needs If-Match)',
      params: ZIdParams,
      body: ZRentalContractCancel,
      response: { 200: ZRentalContract },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) =>
        contracts.cancelRentalContract(
          ctx,
          request.params.id,
          requireIfMatch(request),
          request.body,
        ),
      ),
  })
}
