import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import {
  ZApiToken,
  ZApiTokenCreate,
  ZApiTokenCreated,
  ZApiTokenListQuery,
  ZApiTokenPage,
} from '@cr/shared/api-tokens/api-token'
import { ZIdParams } from '@cr/shared/common/record'
import { write } from '../../lib/write.ts'
import * as tokens from './api-tokens.service.ts'

const tags = ['API tokens']

/** /api/v1/api-tokens — credentials for integrations, managed by administrators. */
export const apiTokensRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.get('/', {
    config: { permission: 'api-token:manage' },
    schema: {
      operationId: 'listApiTokens',
      tags,
      summary: 'List API tokens (never their secrets)',
      querystring: ZApiTokenListQuery,
      response: { 200: ZApiTokenPage },
    },
    handler: (request) => tokens.listApiTokens(app.db.prisma, request.query, app.today()),
  })

  app.post('/', {
    config: { permission: 'api-token:manage' },
    schema: {
      operationId: 'createApiToken',
      tags,
      summary: 'Create an API token; the secret is shown in this answer only',
      body: ZApiTokenCreate,
      response: { 201: ZApiTokenCreated },
    },
    // A replayed creation (same Idempotency-Key) answers without the secret: it must not be
    // stored in the idempotency table, which would defeat keeping only its hash.
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => tokens.createApiToken(ctx, request.body), {
        storedForReplay: (created) => ({ ...created, token: '' }),
      }),
  })

  app.post('/:id/revoke', {
    config: { permission: 'api-token:manage' },
    schema: {
      operationId: 'revokeApiToken',
      tags,
      summary: 'Revoke a token at once',
      params: ZIdParams,
      response: { 200: ZApiToken },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) => tokens.revokeApiToken(ctx, request.params.id)),
  })
}
