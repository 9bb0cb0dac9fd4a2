import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZIdParams } from '@cr/shared/common/record'
import {
  ZResetPassword,
  ZUser,
  ZUserCreate,
  ZUserListQuery,
  ZUserPage,
  ZUserUpdate,
} from '@cr/shared/users/user'
import { z } from 'zod'
import { requireIfMatch, setEtag } from '../../lib/etag.ts'
import { write } from '../../lib/write.ts'
import * as users from './users.service.ts'

const tags = ['Users']

/** /api/v1/users — accounts of the office's staff. */
export const usersRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.get('/', {
    config: { permission: 'user:read' },
    schema: {
      operationId: 'listUsers',
      tags,
      summary: 'List users',
      querystring: ZUserListQuery,
      response: { 200: ZUserPage },
    },
    handler: (request) => users.listUsers(app.db.prisma, request.query),
  })

  app.post('/', {
    config: { permission: 'user:write' },
    schema: {
      operationId: 'createUser',
      tags,
      summary: 'Create a user (must change the password at first sign-in)',
      body: ZUserCreate,
      response: { 201: ZUser },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => users.createUser(ctx, request.body)),
  })

  app.get('/:id', {
    config: { permission: 'user:read' },
    schema: {
      operationId: 'getUser',
      tags,
      summary: 'Get one user',
      params: ZIdParams,
      response: { 200: ZUser },
    },
    handler: async (request, reply) => {
      const user = await users.getUser(app.db.prisma, request.params.id)
      setEtag(reply, user)
      return user
    },
  })

  app.patch('/:id', {
    config: { permission: 'user:write' },
    schema: {
      operationId: 'updateUser',
      tags,
      summary: 'Change a user (needs If-Match)',
      params: ZIdParams,
      body: ZUserUpdate,
      response: { 200: ZUser },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) =>
        users.updateUser(ctx, request.params.id, requireIfMatch(request), request.body),
      ),
  })

  app.delete('/:id', {
    config: { permission: 'user:write' },
    schema: {
      operationId: 'deleteUser',
      tags,
      summary: 'Remove a user (soft delete, needs If-Match)',
      params: ZIdParams,
      response: { 204: z.null() },
    },
    handler: (request, reply) =>
      write(request, reply, 204, (ctx) =>
        users.deleteUser(ctx, request.params.id, requireIfMatch(request)).then(() => null),
      ),
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
