import type { FastifyPluginAsync } from 'fastify'
import { ZIdParams } from '@cr/shared/common/record'
import {
  ZBuilding,
  ZBuildingCreate,
  ZBuildingLeaders,
  ZBuildingListQuery,
  ZBuildingPage,
  ZBuildingUpdate,
} from '@cr/shared/places/building'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { write } from '../../lib/write.ts'
import * as buildings from './buildings.service.ts'
import { buildingExportColumns } from './buildings.export.ts'

/** /api/v1/buildings — 楼栋, with their building leaders (楼长). */
export const buildingsRoutes: FastifyPluginAsync = async (base) => {
  const app = registerCrudRoutes(base, {
    tag: 'Places',
    names: { singular: 'Building', plural: 'Buildings' },
    labels: { singular: 'building', plural: 'buildings' },
    permissions: { read: 'registry:read', write: 'registry:write' },
    schemas: {
      record: ZBuilding,
      create: ZBuildingCreate,
      update: ZBuildingUpdate,
      listQuery: ZBuildingListQuery,
      page: ZBuildingPage,
    },
    exportAs: { entityType: 'building', fileName: '楼栋台账', columns: buildingExportColumns },
    service: {
      list: buildings.listBuildings,
      get: buildings.getBuilding,
      create: buildings.createBuilding,
      update: buildings.updateBuilding,
      remove: buildings.deleteBuilding,
    },
  })

  app.put('/:id/leaders', {
    config: { permission: 'registry:write' },
    schema: {
      operationId: 'setBuildingLeaders',
      tags: ['Places'],
      summary: 'Set the building leaders (楼长) of a building',
      params: ZIdParams,
      body: ZBuildingLeaders,
      response: { 200: ZBuilding },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) =>
        buildings.setBuildingLeaders(ctx, request.params.id, request.body.residentIds),
      ),
  })
}
