import type { FastifyPluginAsync } from 'fastify'
import {
  ZDwelling,
  ZDwellingCreate,
  ZDwellingListQuery,
  ZDwellingPage,
  ZDwellingUpdate,
} from '@cr/shared/places/dwelling'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import * as dwellings from './dwellings.service.ts'

/** /api/v1/dwellings — 房屋: unit and room in a building, its use and owner. */
export const dwellingsRoutes: FastifyPluginAsync = async (base) => {
  registerCrudRoutes(base, {
    tag: 'Places',
    names: { singular: 'Dwelling', plural: 'Dwellings' },
    labels: { singular: 'dwelling', plural: 'dwellings' },
    permissions: { read: 'registry:read', write: 'registry:write' },
    schemas: {
      record: ZDwelling,
      create: ZDwellingCreate,
      update: ZDwellingUpdate,
      listQuery: ZDwellingListQuery,
      page: ZDwellingPage,
    },
    service: {
      list: dwellings.listDwellings,
      get: dwellings.getDwelling,
      create: dwellings.createDwelling,
      update: dwellings.updateDwelling,
      remove: dwellings.deleteDwelling,
    },
  })
}
