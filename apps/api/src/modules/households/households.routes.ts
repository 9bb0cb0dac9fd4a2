import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZIdParams } from '@cr/shared/common/record'
import {
  ZHousehold,
  ZHouseholdChangeHead,
  ZHouseholdCreate,
  ZHouseholdHistory,
  ZHouseholdListQuery,
  ZHouseholdMemberParams,
  ZHouseholdMoveIn,
  ZHouseholdMoveOut,
  ZHouseholdPage,
  ZHouseholdRegister,
  ZHouseholdRelationshipCorrection,
  ZHouseholdTransfer,
} from '@cr/shared/households/household'
import type { z } from 'zod'
import { requireIfMatch, setEtag } from '../../lib/etag.ts'
import { write, type TWriteContext } from '../../lib/write.ts'
import * as actions from './household-actions.ts'
import { registerHousehold } from './household-register.ts'
import * as households from './households.service.ts'
import { householdExportColumns } from './households.export.ts'
import { registerExportRoute } from '../../lib/export-route.ts'

const tags = ['Households']

/** /api/v1/households — 户: created, then changed only through dated actions that keep history. */
export const householdsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.get('/', {
    config: { permission: 'registry:read' },
    schema: {
      operationId: 'listHouseholds',
      tags,
      summary: 'List households in scope',
      querystring: ZHouseholdListQuery,
      response: { 200: ZHouseholdPage },
    },
    handler: (request) => households.listHouseholds(app.db.prisma, request.actor!, request.query),
  })

  registerExportRoute(base, {
    operationId: 'exportHouseholds',
    tag: 'Households',
    what: 'households',
    permission: 'registry:read',
    listQuery: ZHouseholdListQuery,
    list: households.listHouseholds as never,
    entityType: 'household',
    fileName: '户籍台账',
    columns: householdExportColumns,
  })

  app.post('/', {
    config: { permission: 'registry:write' },
    schema: {
      operationId: 'createHousehold',
      tags,
      summary: 'Create a household (立户) with its head and members',
      body: ZHouseholdCreate,
      response: { 201: ZHousehold },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => households.createHousehold(ctx, request.body)),
  })

  app.post('/register', {
    config: { permission: 'registry:write' },
    schema: {
      operationId: 'registerHousehold',
      tags,
      summary: 'Register a household (登记住户) with all its members, new people included',
      description:
        'One transaction: every row is checked first, then new people are registered as ' +
        'residents and the household is created; any problem refuses the whole request, with ' +
        'field paths such as `members.2.idNumber`. An ID number already registered is 409 at ' +
        'its row (pick that resident instead).',
      body: ZHouseholdRegister,
      response: { 201: ZHousehold },
    },
    handler: (request, reply) =>
      write(request, reply, 201, (ctx) => registerHousehold(ctx, request.body)),
  })

  app.patch('/:id/members/:residentId', {
    config: { permission: 'registry:write' },
    schema: {
      operationId: 'correctHouseholdRelationship',
      tags,
      summary: 'Correct a member’s recorded relationship to the head (更正关系), with a reason',
      params: ZHouseholdMemberParams,
      body: ZHouseholdRelationshipCorrection,
      response: { 200: ZHousehold },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) =>
        actions.correctRelationship(
          ctx,
          request.params.id,
          request.params.residentId,
          requireIfMatch(request),
          request.body,
        ),
      ),
  })

  app.get('/:id', {
    config: { permission: 'registry:read' },
    schema: {
      operationId: 'getHousehold',
      tags,
      summary: 'Get a household with its current members',
      params: ZIdParams,
      response: { 200: ZHousehold },
    },
    handler: async (request, reply) => {
      const household = await households.getHousehold(
        app.db.prisma,
        request.actor!,
        request.params.id,
      )
      setEtag(reply, household)
      return household
    },
  })

  app.get('/:id/history', {
    config: { permission: 'registry:read' },
    schema: {
      operationId: 'getHouseholdHistory',
      tags,
      summary: 'The dated history of a household, newest first',
      params: ZIdParams,
      response: { 200: ZHouseholdHistory },
    },
    handler: (request) =>
      households.householdHistory(app.db.prisma, request.actor!, request.params.id),
  })

  const action = <S extends z.ZodType>(
    verb: string,
    operationId: string,
    summary: string,
    body: S,
    run: (ctx: TWriteContext, id: string, input: z.output<S>) => Promise<unknown>,
  ) =>
    app.post(`/:id/${verb}`, {
      config: { permission: 'registry:write' },
      schema: {
        operationId,
        tags,
        summary,
        params: ZIdParams,
        body,
        response: { 200: ZHousehold },
      },
      handler: (request, reply) =>
        write(request, reply, 200, (ctx) =>
          run(ctx, request.params.id, request.body as z.output<S>),
        ),
    })

  action(
    'move-in',
    'moveInHouseholdMember',
    'A resident moves in (迁入)',
    ZHouseholdMoveIn,
    actions.moveIn,
  )
  action(
    'move-out',
    'moveOutHouseholdMember',
    'A member moves out (迁出)',
    ZHouseholdMoveOut,
    actions.moveOut,
  )
  action(
    'transfer',
    'transferHouseholdMember',
    'A member moves to another household',
    ZHouseholdTransfer,
    actions.transferMember,
  )
  action(
    'change-head',
    'changeHouseholdHead',
    'Another member becomes the head (变更户主)',
    ZHouseholdChangeHead,
    actions.changeHead,
  )
}
