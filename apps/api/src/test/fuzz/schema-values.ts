import fc from 'fast-check'
import { composeIdNumber } from '@cr/shared/validators/id-number'
import { defaultTestPassword } from '../factories.ts'
import { testClock } from '../test-clock.ts'
import { KnownIdNumber, KnownUsername, RealCursor, RealId } from './placeholders.ts'

/**
 * "Valid-ish" values for a JSON Schema of the app's OpenAPI document: what a client that read
 * the document would send, so that requests get past validation into the services (where the
 * hostile values are then mutated in, see hostile-values.ts). Real ids of the seeded world are
 * chosen by the field's name (`committeeId` → a committee's id), resolved when sent.
 */
export type TSchema = {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  anyOf?: TSchema[]
  oneOf?: TSchema[]
  allOf?: TSchema[]
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  maxItems?: number
  items?: TSchema
  properties?: Record<string, TSchema>
  required?: string[]
  additionalProperties?: boolean | TSchema
  propertyNames?: TSchema
  default?: unknown
}

export type TDocument = { components?: { schemas?: Record<string, TSchema> } }

/** Text people type into this app: Chinese, digits, Latin, the odd space and dash. */
const textUnit = fc.constantFrom(
  ...'王李张刘陈社区居委会胜利路号楼单元室党支部abcXYZ0123456789 -_.',
)

// The app's fixed day, not the machine's: a FUZZ_SEED replays the same dates on any day.
const today = testClock()
const dateString = fc
  .date({
    min: new Date(Date.UTC(1930, 0, 1)),
    max: new Date(Date.UTC(today.getUTCFullYear() + 1, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10))

/**
 * Valid ID numbers, for ID-number fields only (schema-values.ts): any valid one in an answer then
 * came from such a field or the seeded world, so the check for them has no false alarms.
 */
const validIdNumbers = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1950, max: 2005 }), fc.integer({ min: 0, max: 999 }))
    .map(([year, sequence]) => composeIdNumber('110101', `${year}-06-15`, sequence)),
  fc.nat().map((i) => new KnownIdNumber(i)),
)

const stringValues = (schema: TSchema, name: string | undefined): fc.Arbitrary<unknown> => {
  if (/idNumber$/i.test(name ?? '')) return fc.oneof(validIdNumbers, fc.string({ maxLength: 20 }))
  if (name === 'cursor') return fc.nat().map((i) => new RealCursor(i))
  if (/phone$/i.test(name ?? ''))
    return fc.oneof(
      fc.integer({ min: 0, max: 99_999_999 }).map((n) => `139${String(n).padStart(8, '0')}`),
      fc.constant('0546-2512345'),
    )
  // The sign-in and password changes with real credentials now and then, not only noise.
  if (name === 'username') return fc.oneof(fc.constant(new KnownUsername()), plainString(schema))
  if (/password$/i.test(name ?? ''))
    return fc.oneof(fc.constant(defaultTestPassword), plainString(schema))
  if (schema.format === 'uuid')
    return fc.oneof(
      { weight: 4, arbitrary: fc.nat().map((index) => new RealId(name, index)) },
      { weight: 1, arbitrary: fc.uuid() },
    )
  if (schema.format === 'date') return dateString
  if (schema.format === 'date-time') return dateString.map((d) => `${d}T08:00:00.000Z`)
  return plainString(schema)
}

const plainString = (schema: TSchema): fc.Arbitrary<string> => {
  if (schema.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length <= (schema.maxLength ?? Infinity))
    } catch {
      // A pattern fast-check cannot generate from: plain text instead.
    }
  }
  const min = schema.minLength ?? 0
  const max = Math.max(min, Math.min(schema.maxLength ?? 24, 24))
  return fc.string({ unit: textUnit, minLength: min, maxLength: max })
}

const numberValues = (schema: TSchema, integer: boolean) => {
  const min = Math.max(schema.minimum ?? schema.exclusiveMinimum ?? 0, -1_000_000)
  const max = Math.min(schema.maximum ?? 1000, 1_000_000)
  const low = schema.exclusiveMinimum !== undefined ? min + 1 : min
  // Amounts and areas in cents: what people enter (a double like 8e-276 is only noise here).
  return integer
    ? fc.integer({ min: low, max: Math.max(low, max) })
    : fc.integer({ min: low * 100, max: Math.max(low, max) * 100 }).map((n) => n / 100)
}

/** Values for `schema`; `name` is the field's (or parameter's) name, a hint for ids. */
export const schemaValues = (
  document: TDocument,
  schema: TSchema,
  name?: string,
  depth = 0,
): fc.Arbitrary<unknown> => {
  const recurse = (s: TSchema, n?: string) => schemaValues(document, s, n, depth + 1)
  if (depth > 8) return fc.constant(null)
  if (schema.$ref) {
    return recurse(document.components?.schemas?.[schema.$ref.split('/').at(-1)!] ?? {}, name)
  }
  if (schema.const !== undefined) return fc.constant(schema.const)
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const choices = schema.anyOf ?? schema.oneOf
  if (choices) return fc.oneof(...choices.map((s) => recurse(s, name)))
  if (schema.allOf?.[0]) return recurse(schema.allOf[0], name)
  // A number or its text (`area`, `amount`): the number first, text that is one now and then.
  if (Array.isArray(schema.type))
    return fc.oneof(
      ...schema.type.map((type) =>
        type === 'string' && schema.type!.includes('number')
          ? numberValues(schema, false).map((n) => n.toFixed(2))
          : recurse({ ...schema, type }, name),
      ),
    )
  switch (schema.type) {
    case 'string':
      return stringValues(schema, name)
    case 'integer':
      return numberValues(schema, true)
    case 'number':
      return numberValues(schema, false)
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array':
      return fc.array(recurse(schema.items ?? {}, name), {
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      })
    case 'object':
      return objectValues(document, schema, depth)
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

const objectValues = (document: TDocument, schema: TSchema, depth: number) => {
  const properties = schema.properties ?? {}
  if (Object.keys(properties).length === 0 && typeof schema.additionalProperties === 'object') {
    const keys = schemaValues(
      document,
      schema.propertyNames ?? { type: 'string' },
      undefined,
      depth + 1,
    )
    return fc.dictionary(
      keys.map(String),
      schemaValues(document, schema.additionalProperties, undefined, depth + 1),
      { maxKeys: 3 },
    )
  }
  const record = Object.fromEntries(
    Object.entries(properties).map(([name, s]) => [
      name,
      schemaValues(document, s, name, depth + 1),
    ]),
  )
  return fc.record(record, { requiredKeys: schema.required ?? [] })
}
