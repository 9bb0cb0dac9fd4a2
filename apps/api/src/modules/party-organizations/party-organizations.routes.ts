import type { FastifyPluginAsync } from 'fastify'
import {
  ZPartyOrganization,
  ZPartyOrganizationCreate,
  ZPartyOrganizationTree,
  ZPartyOrganizationUpdate,
} from '@cr/shared/party/party-organization'
import { z } from 'zod'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import * as organizations from './party-organizations.service.ts'

/** /api/v1/party-organizations — the tree 党工委 → 党支部 → 党小组 and the committees it covers. */
export const partyOrganizationsRoutes: FastifyPluginAsync = async (base) => {
  registerCrudRoutes(base, {
    tag: 'Party',
    names: { singular: 'PartyOrganization', plural: 'PartyOrganizations' },
    labels: { singular: 'party organisation', plural: 'party organisations (the whole tree)' },
    permissions: { read: 'party:read', write: 'party:write' },
    schemas: {
      record: ZPartyOrganization,
      create: ZPartyOrganizationCreate,
      update: ZPartyOrganizationUpdate,
      listQuery: z.object({}),
      page: ZPartyOrganizationTree,
    },
    service: {
      list: organizations.listOrganizations,
      get: organizations.getOrganization,
      create: organizations.createOrganization,
      update: organizations.updateOrganization,
      remove: organizations.deleteOrganization,
    },
  })
}
