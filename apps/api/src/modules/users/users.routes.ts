import type { FastifyPluginAsync } from 'fastify'
import { ZIdParams } from '@cr/shared/common/record'
import {
  ZResetPassword,
  ZUser,
  ZUserCreate,
  ZUserListQuery,
  ZUserPage,
  ZUserUpdate,
} from '@cr/shared/users/user'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { write } from '../../lib/write.ts'
import * as users from './users.service.ts'

const tags = ['Users']

/** /api/v1/users — accounts of the office's staff. */
export const usersRoutes: FastifyPluginAsync = async (base) => {
  const app = registerCrudRoutes(base, {
    tag: 'Users',
    names: { singular: 'User', plural: 'Users' },
    labels: { singular: 'user', plural: 'users' },
    permissions: { read: 'user:read', write: 'user:write' },
    schemas: {
      record: ZUser,
      create: ZUserCreate,
      update: ZUserUpdate,
      listQuery: ZUserListQuery,
      page: ZUserPage,
    },
    service: {
      // Accounts are not committee-scoped records: only administrators and supervisors list them.
      list: (db, _actor, query) => users.listUsers(db, query),
      get: (db, _actor, id) => users.getUser(db, id),
      create: users.createUser,
      update: users.updateUser,
      remove: users.deleteUser,
    },
  })

  app.post('/:id/reset-password', {
    config: { permission: 'user:write' },
    schema: {
      operationId: 'resetUserPassword',
      tags,
      summary: 'Set a temporary password and end the user’s sessions',
      params: ZIdParams,
      body: ZResetPassword,
      response: { 200: ZUser },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) =>
        users.resetPassword(ctx, request.params.id, request.body.password),
      ),
  })

  app.post('/:id/unlock', {
    config: { permission: 'user:write' },
    schema: {
      operationId: 'unlockUser',
      tags,
      summary: 'Lift a sign-in lock before it runs out',
      params: ZIdParams,
      response: { 200: ZUser },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) => users.unlockUser(ctx, request.params.id)),
  })
}
