import fc from 'fast-check'
import { composeIdNumber } from '@cr/shared/validators/id-number'
import { hostileText, hostileValue } from './hostile-values.ts'
import { DeepJson, Huge, RealId } from './placeholders.ts'
import { schemaValues, type TDocument, type TSchema } from './schema-values.ts'

/**
 * Request bodies: valid-ish JSON from the operation's schema, the same with one hostile value
 * mutated in, and hostile whole bodies (wrong content types, malformed or deeply nested JSON,
 * over the 1 MiB limit, multipart).
 */
type TPart = { name: string; filename?: string; content: unknown }
export type TBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType?: string; text: string | Huge | DeepJson }
  | { kind: 'multipart'; parts: TPart[]; framing: 'ok' | 'no-boundary' | 'cut-short' }

/** Every node of a JSON value, depth first, as paths from the root. */
const pathsOf = (
  value: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
) => {
  out.push(path)
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out))
  else if (isPlainObject(value))
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out)
  return out
}

/** An object of JSON data (fast-check makes some without a prototype); not a placeholder. */
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (!value || typeof value !== 'object') return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** A deep copy of arrays and plain objects; placeholders stay the instances they are. */
const clone = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(clone)
    : isPlainObject(value)
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]))
      : value

/**
 * `value` with the node chosen by `choice` replaced (or, for an object, a key added): by hostile
 * text where the node is text (it then passes its type and gets further), else by any hostile
 * value. The root is replaced only when it has no children: a wrong whole body is oddBodies'.
 */
const mutate = (
  value: unknown,
  choice: number,
  { text, any, addKey }: { text: unknown; any: unknown; addKey: boolean },
): unknown => {
  const all = pathsOf(value)
  const paths = all.length > 1 ? all.slice(1) : all
  const path = paths[choice % paths.length]!
  if (path.length === 0) return any
  const copy = clone(value) as Record<string | number, unknown>
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as typeof parent
  const last = path.at(-1)!
  const target = parent[last]
  if (addKey && isPlainObject(target)) target['unexpectedField'] = any
  else parent[last] = typeof target === 'string' ? text : any
  return copy
}

/**
 * One hostile value mutated into a valid-ish value: the rest as valid as can be, so the value
 * gets as far as the rest lets it (two would mostly stop at validation).
 */
const mutated = (valid: fc.Arbitrary<unknown>) =>
  fc
    .tuple(
      valid,
      fc.nat(),
      fc.record({
        text: fc.oneof(
          { weight: 3, arbitrary: hostileText },
          { weight: 1, arbitrary: hostileValue },
        ),
        any: hostileValue,
        addKey: fc.boolean(),
      }),
    )
    .map(([value, choice, replacement]) => mutate(value, choice, replacement))

const ledger = `姓名,身份证号\r\n王一,${composeIdNumber('110101', '1990-03-07', 11)}\r\n`

const uploadOptions = fc.record({
  type: fc.constantFrom('residents', 'party-members', 'pets'),
  committeeId: fc.nat().map((i) => new RealId('committeeId', i)),
  dryRun: fc.boolean(),
})

const anyPart = fc.record(
  {
    name: fc.constantFrom('file', 'options', 'other'),
    filename: fc.constantFrom('ledger.csv', 'a.xlsx', 'a\u0000.csv', '../../x.csv', ''),
    content: fc.oneof(fc.constant(ledger), uploadOptions, hostileValue),
  },
  { requiredKeys: ['name', 'content'] },
)

/**
 * Multipart bodies for any write route: an upload as the import route reads it (`options` as
 * JSON, then `file`; its OpenAPI entry cannot describe that shape), or parts of any kind.
 */
const multipartBodies: fc.Arbitrary<TBody> = fc.record({
  kind: fc.constant('multipart' as const),
  parts: fc.oneof(
    fc
      .tuple(uploadOptions, fc.constantFrom('ledger.csv', 'a\u0000.csv', ''))
      .map(([options, filename]) => [
        { name: 'options', content: options },
        { name: 'file', filename, content: ledger },
      ]),
    fc.array(anyPart, { maxLength: 3 }),
  ),
  framing: fc.constantFrom('ok', 'ok', 'ok', 'no-boundary', 'cut-short'),
})

/** Hostile whole bodies: wrong content types, malformed JSON, deep nesting, over 1 MiB. */
const oddBodies = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<TBody> =>
  fc.oneof(
    hostileValue.map((value): TBody => ({ kind: 'json', value })),
    valid.map((v): TBody => ({ kind: 'raw', contentType: 'text/plain', text: JSON.stringify(v) })),
    fc.constantFrom<TBody>(
      { kind: 'raw', contentType: 'application/json', text: '{"a":' },
      { kind: 'raw', contentType: 'application/json', text: '' },
      { kind: 'raw', contentType: 'application/json', text: '\u0000' },
      { kind: 'raw', contentType: 'application/json; charset=latin1', text: '{}' },
      { kind: 'raw', contentType: 'application/json', text: '{"__proto__":{"x":1}}' },
      { kind: 'raw', contentType: 'application/json', text: new DeepJson(100_000) },
      { kind: 'raw', contentType: 'application/json', text: new DeepJson(5_000) },
      { kind: 'raw', contentType: 'application/json', text: new Huge(1_200_000) },
      { kind: 'raw', contentType: 'application/x-www-form-urlencoded', text: 'a=1&b=%00' },
      { kind: 'raw', contentType: 'application/xml', text: '<a/>' },
      { kind: 'raw', contentType: undefined, text: '{}' },
      { kind: 'raw', contentType: 'text/plain', text: new Huge(2_000_000) },
    ),
    multipartBodies,
  )

/** Bodies for an operation with (`schema`) or without a JSON request body. */
export const bodiesFor = (
  document: TDocument,
  schema: TSchema | undefined,
  method: string,
): fc.Arbitrary<TBody> => {
  if (!schema)
    return fc.oneof(
      { weight: 4, arbitrary: fc.constant<TBody>({ kind: 'none' }) },
      // A write without a JSON body may take a file (the import upload): multipart often.
      ...(method === 'get' ? [] : [{ weight: 3, arbitrary: multipartBodies }]),
      { weight: 1, arbitrary: oddBodies(fc.constant({})) },
    )
  const valid = schemaValues(document, schema)
  return fc.oneof(
    { weight: 4, arbitrary: valid.map((value): TBody => ({ kind: 'json', value })) },
    { weight: 4, arbitrary: mutated(valid).map((value): TBody => ({ kind: 'json', value })) },
    { weight: 2, arbitrary: oddBodies(valid) },
  )
}
