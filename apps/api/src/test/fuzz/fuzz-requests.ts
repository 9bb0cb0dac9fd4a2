import fc from 'fast-check'
import { bodiesFor, type TBody } from './fuzz-bodies.ts'
import { hostileHeader, hostileText, hostileValue } from './hostile-values.ts'
import { schemaValues, type TDocument, type TSchema } from './schema-values.ts'

/**
 * Requests for one operation of the OpenAPI document, as fast-check arbitraries: valid-ish
 * parameters and bodies from its schemas with hostile values mutated in, wrong content types,
 * malformed and oversized bodies. A request is plain data (placeholders for real ids, cursors and
 * huge values), so a failing case prints and replays from its seed.
 */
export type TOperation = {
  method: string
  path: string
  operationId: string
  parameters?: { in: string; name: string; required?: boolean; schema: TSchema }[]
  requestBody?: { content?: Record<string, { schema: TSchema }> }
}

export type TActor = 'admin' | 'clerk' | 'authUser' | 'anonymous'

export type TFuzzRequest = {
  actor: TActor
  path: Record<string, unknown>
  query: [string, unknown][]
  headers: Record<string, string>
  body: TBody
}

/**
 * Now and then, headers every route reads: a hostile language, request id, cookie or credential
 * (the credential only for nobody: sent with a session it would sign the fuzzer out).
 */
const oddHeaders = fc.oneof(
  { weight: 8, arbitrary: fc.constant({}) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        'accept-language': fc.oneof(
          fc.constantFrom('*', 'xx;q=2', 'en;q=abc, zh;q=-1'),
          hostileHeader,
        ),
        'x-request-id': hostileHeader,
        cookie: fc.oneof(
          fc.constantFrom('cr_session=', 'cr_session=%00', 'a=b; cr_session=x; cr_session=y'),
          hostileHeader,
        ),
        authorization: fc.oneof(
          fc.constantFrom('Bearer ', 'Bearer crt_' + 'a'.repeat(43), 'Basic YTpi', 'bearer  x'),
          hostileHeader,
        ),
      },
      { requiredKeys: [] },
    ),
  },
)

const parameterValue = (document: TDocument, schema: TSchema, name: string | undefined) =>
  fc.oneof(
    { weight: 2, arbitrary: schemaValues(document, schema, name) },
    { weight: 1, arbitrary: hostileValue },
  )

type TParameter = NonNullable<TOperation['parameters']>[number]

/**
 * Query strings: valid-ish values (optional parameters half the time), and in half of them one
 * parameter hostile, so that value meets otherwise valid ones and reaches the service.
 */
const queriesFor = (document: TDocument, parameters: TParameter[]) => {
  if (parameters.length === 0) return fc.constant<[string, unknown][]>([])
  const valid = fc
    .tuple(
      ...parameters.map((p) =>
        fc.option(fc.tuple(fc.constant(p.name), schemaValues(document, p.schema, p.name)), {
          // nil one time in `freq`: a required parameter is missing now and then.
          freq: p.required ? 20 : 2,
        }),
      ),
    )
    .map((entries) => entries.filter((e) => e !== null))
  const withHostile = fc
    .tuple(
      valid,
      fc.nat(),
      fc.oneof({ weight: 3, arbitrary: hostileText }, { weight: 1, arbitrary: hostileValue }),
    )
    .map(([entries, choice, value]): [string, unknown][] => {
      const name = parameters[choice % parameters.length]!.name
      return [...entries.filter(([n]) => n !== name), [name, value]]
    })
  return fc.oneof(valid, withHostile)
}

/** The records a path's `{id}` names: the collection before it (`/committees/{id}` → `committeesId`). */
const pathParameterName = (path: string, name: string) => {
  const segments = path.split('/')
  return `${segments[segments.indexOf(`{${name}}`) - 1]}Id`
}

export const requestsFor = (
  document: TDocument,
  operation: TOperation,
  actors: fc.Arbitrary<TActor>,
): fc.Arbitrary<TFuzzRequest> => {
  const parameters = operation.parameters ?? []
  const path = Object.fromEntries(
    parameters
      .filter((p) => p.in === 'path')
      .map((p) => [
        p.name,
        parameterValue(document, p.schema, pathParameterName(operation.path, p.name)),
      ]),
  )
  const query = queriesFor(
    document,
    parameters.filter((p) => p.in === 'query'),
  )
  const names = new Set(parameters.map((p) => p.name))
  const headers = fc
    .tuple(
      fc.record(
        {
          'accept-language': fc.constantFrom('zh-CN', 'en'),
          ...(names.has('if-match')
            ? {
                'if-match': fc.oneof(
                  fc.integer({ min: 1, max: 3 }).map((n) => `"${n}"`),
                  hostileHeader,
                ),
              }
            : {}),
          ...(names.has('idempotency-key')
            ? {
                // Mostly fresh keys; a reused one now and then (a replay, or 422 for another body).
                'idempotency-key': fc.oneof(
                  { weight: 4, arbitrary: fc.uuid() },
                  { weight: 1, arbitrary: fc.constant('key-1') },
                  { weight: 1, arbitrary: hostileHeader },
                ),
              }
            : {}),
        },
        { requiredKeys: ['accept-language'] },
      ),
      oddHeaders,
    )
    .map(([usual, odd]) => ({ ...usual, ...odd }))
  const schema = operation.requestBody?.content?.['application/json']?.schema
  const body = bodiesFor(document, schema, operation.method)
  return fc.record({
    actor: actors,
    path: fc.record(path),
    query,
    headers,
    body,
  })
}
