import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { TPermission } from '@cr/shared/auth/roles'
import { ZIdParams } from '@cr/shared/common/record'
import type { z } from 'zod'
import { requireIfMatch } from './etag.ts'
import { write, type TWriteContext } from './write.ts'

export type TStepRoute<S extends z.ZodType> = {
  /** `renew` → `POST /:id/renew`. */
  verb: string
  operationId: string
  tag: string
  /** What the step does, for OpenAPI; "(needs If-Match)" is added. */
  summary: string
  permission: TPermission
  body: S
  /** The record as it stands after the step (or the record the step creates). */
  response: z.ZodType
  /** 201 for a step that creates a record (续签 makes a new contract), else 200. */
  status?: 200 | 201
  run: (ctx: TWriteContext, id: string, version: number, input: z.output<S>) => Promise<unknown>
}

/**
 * A workflow step on one record, declared once: `POST /:id/<verb>` with the record's version in
 * If-Match (428 without, 412 if stale), the body checked by its schema, run in one audited
 * `write()` (transaction, Idempotency-Key, ETag). The service does the step itself, usually
 * through `auditedStep` (`lib/audited-step.ts`).
 */
export const registerStepRoute = <S extends z.ZodType>(
  base: FastifyInstance,
  step: TStepRoute<S>,
) => {
  const status = step.status ?? 200
  base.withTypeProvider<ZodTypeProvider>().post(`/:id/${step.verb}`, {
    config: { permission: step.permission },
    schema: {
      operationId: step.operationId,
      tags: [step.tag],
      summary: `${step.summary} (needs If-Match)`,
      params: ZIdParams,
      body: step.body,
      response: { [status]: step.response },
    },
    handler: (request, reply) =>
      write(request, reply, status, (ctx) =>
        step.run(ctx, request.params.id, requireIfMatch(request), request.body as z.output<S>),
      ),
  })
}
