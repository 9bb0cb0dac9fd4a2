import type { FastifyPluginAsync } from 'fastify'
import {
  ZCommittee,
  ZCommitteeCreate,
  ZCommitteeListQuery,
  ZCommitteePage,
  ZCommitteeUpdate,
} from '@cr/shared/committees/committee'
import { ZIdParams } from '@cr/shared/common/record'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { write } from '../../lib/write.ts'
import * as committees from './committees.service.ts'
import { committeeExportColumns } from './committees.export.ts'

/** /api/v1/committees — residents' committees (居委会), the unit of data scope. */
export const committeesRoutes: FastifyPluginAsync = async (base) => {
  const app = registerCrudRoutes(base, {
    tag: 'Committees',
    names: { singular: 'Committee', plural: 'Committees' },
    labels: { singular: 'committee', plural: 'committees' },
    permissions: { read: 'committee:read', write: 'committee:write' },
    schemas: {
      record: ZCommittee,
      create: ZCommitteeCreate,
      update: ZCommitteeUpdate,
      listQuery: ZCommitteeListQuery,
      page: ZCommitteePage,
    },
    exportAs: { entityType: 'committee', fileName: '居委会', columns: committeeExportColumns },
    service: {
      list: committees.listCommittees,
      get: committees.getCommittee,
      create: committees.createCommittee,
      update: committees.updateCommittee,
      remove: committees.deleteCommittee,
    },
  })

  app.post('/:id/restore', {
    config: { permission: 'record:restore' },
    schema: {
      operationId: 'restoreCommittee',
      tags: ['Committees'],
      summary: 'Undo the removal of a committee',
      params: ZIdParams,
      response: { 200: ZCommittee },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) => committees.restoreCommittee(ctx, request.params.id)),
  })
}
