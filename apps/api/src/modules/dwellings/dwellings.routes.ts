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
import { dwellingExportColumns } from './dwellings.export.ts'

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
    exportAs: { entityType: 'dwelling', fileName: '房屋台账', columns: dwellingExportColumns },
    service: {
      list: dwellings.listDwellings,
      get: dwellings.getDwelling,
      create: dwellings.createDwelling,
      update: dwellings.updateDwelling,
      remove: dwellings.deleteDwelling,
    },
  })
}
