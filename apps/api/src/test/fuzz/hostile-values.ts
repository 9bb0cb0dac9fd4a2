import fc from 'fast-check'
import { DeepJson, Huge, RealCursor } from './placeholders.ts'

/**
 * Values a field should never break on: wrong types, empty and huge strings, text PostgreSQL
 * cannot store, odd dates and numbers, crafted cursors and ids, nesting, prototype keys.
 * Each is what some client, proxy or attacker has sent to an API like this one.
 */
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const uuid = '01a244e7-7e91-77ac-8d42-0977b5b908c2'

const wrongTypes = fc.constantFrom<unknown>(
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  [],
  {},
  [1, 'a'],
  {
    a: 1,
  },
)

/** What PostgreSQL cannot store: NUL, lone surrogates (alone, inside text, at the end). */
const unstorable = fc.constantFrom<unknown>('a\u0000b', '\u0000', '\ud800', 'x\udc00y', '王\ud83d')

const strings = fc.constantFrom<unknown>(
  '',
  ' ',
  '\t\n',
  '𠮷野家',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '%',
  '_',
  '\\',
  '(',
  '[a',
  '.*',
  '%00',
  '../../etc/passwd',
  '${jndi:ldap://x}',
  '=1+1',
  'Ａ１２３',
  '\u202e\u200b',
  new Huge(10_000),
  new Huge(200_000, '王'),
)

const dates = fc.constantFrom<unknown>(
  '0000-01-01',
  '0001-01-01',
  '1799-12-31',
  '1900-02-29',
  '2023-02-29',
  '2024-02-30',
  '2024-13-01',
  '2200-01-01',
  '9999-12-31',
  '+275760-09-13',
  '-000001-01-01',
  '20240101',
  '2024-01-01T00:00:00Z',
  '0000-01',
  '9999-12',
  '2024-00',
  '0000',
  '9999Q4',
  '2024Q5',
)

const numbers = fc.constantFrom<unknown>(
  -1,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 63),
  1e21,
  '1e309',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '1.005',
  '99999.999',
)

const ids = fc.constantFrom<unknown>(
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  `${uuid}x`,
  uuid.toUpperCase(),
  '1',
  'null',
)

/** Base64url cursors of every wrong shape, plus a real one from a list page. */
const cursors = fc.oneof(
  fc.constantFrom<unknown>(
    '!!!',
    'e30',
    cursorOf([]),
    cursorOf({ v: { a: 1 }, id: uuid }),
    cursorOf({ v: 'x', id: 'not-a-uuid' }),
    cursorOf({ v: 'zz', d: 1, id: uuid }),
    cursorOf({ v: '0000-01-01T00:00:00Z', d: 1, id: uuid }),
    cursorOf({ v: 5, id: uuid }),
    cursorOf({ v: null, id: uuid }),
    cursorOf({ v: 'a\u0000', id: uuid }),
    cursorOf({ v: '2026-01-01T00:00:00.000Z', d: 1, id: uuid }),
    cursorOf({ v: '王', id: uuid }),
  ),
  fc.nat().map((i) => new RealCursor(i)),
)

/** ID numbers that are not valid: old 15-digit, Excel's scientific notation, a bad date. */
const idNumbers = fc.constantFrom<unknown>('370521590615001', '3.70521E+17', '37052119900230001X')

const structures = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__":{"admin":true}}'),
  { constructor: { prototype: { admin: true } } },
  new DeepJson(50),
)

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: wrongTypes },
  { weight: 3, arbitrary: unstorable },
  { weight: 2, arbitrary: strings },
  { weight: 2, arbitrary: dates },
  { weight: 1, arbitrary: numbers },
  { weight: 1, arbitrary: ids },
  { weight: 1, arbitrary: cursors },
  { weight: 1, arbitrary: idNumbers },
  { weight: 1, arbitrary: structures },
)

/** Hostile text only: for a field or parameter that holds text, so the value passes its type. */
export const hostileText: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: unstorable },
  { weight: 2, arbitrary: strings },
  { weight: 2, arbitrary: dates },
  { weight: 1, arbitrary: ids },
  { weight: 1, arbitrary: cursors },
  { weight: 1, arbitrary: idNumbers },
)

/** Header values HTTP can carry (printable ASCII), hostile within that. */
export const hostileHeader = fc.oneof(
  fc.constantFrom('', '*', '"1"', '1', 'W/"1"', '"abc"', '"-1"', '"99999999999999999999"', '1, 2'),
  fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
  fc.constant('k'.repeat(4000)),
)
