import { describe, expect, it } from 'vitest'
import { seedCommittee, seedUser } from '../test/factories.ts'
import { signIn } from '../test/sign-in.ts'
import { useTestApp } from '../test/test-app.ts'
import { AppError } from './errors.ts'
import { decodeCursor, encodeCursor, keysetArgs, parseSort } from './keyset.ts'

const t = useTestApp()

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const id = '01a244e7-7e91-77ac-8d42-0977b5b908c2'

const refusal = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error instanceof AppError ? { status: error.status, code: error.code } : error
  }
  return 'accepted'
}
const invalid = { status: 400, code: 'invalid_cursor' }

describe('keyset cursors', () => {
  it('round-trips the cursors it writes, a date as a date', () => {
    const at = new Date('2026-03-01T08:00:00.123Z')
    expect(decodeCursor(encodeCursor({ id, createdAt: at }, 'createdAt'))).toEqual({
      value: at,
      id,
    })
    expect(decodeCursor(encodeCursor({ id, name: '王' }, 'name'))).toEqual({ value: '王', id })
  })

  it('refuses a crafted cursor of the wrong shape, with a 400 rather than a query error', () => {
    for (const crafted of [
      'not base64 json',
      cursorOf([1, 2]),
      cursorOf({ v: { a: 1 }, id }),
      cursorOf({ v: ['a'], id }),
      cursorOf({ v: 'a', id: 'not-a-uuid' }),
      cursorOf({ v: 'a', id: 7 }),
      cursorOf({ v: 'zz', d: 1, id }),
      cursorOf({ v: '0000-01-01T00:00:00Z', d: 1, id }),
      cursorOf({ v: 'a\u0000b', id }),
      cursorOf({ v: 'a\ud800', id }),
    ]) {
      expect(
        refusal(() => keysetArgs(parseSort('name'), crafted)),
        crafted,
      ).toEqual(invalid)
    }
  })

  it('refuses a cursor whose value does not fit the sort field (a date for a name, text for a time)', () => {
    const date = encodeCursor({ id, createdAt: new Date() }, 'createdAt')
    const text = encodeCursor({ id, name: '王' }, 'name')
    expect(refusal(() => keysetArgs(parseSort('name'), date))).toEqual(invalid)
    expect(refusal(() => keysetArgs(parseSort('-createdAt'), text))).toEqual(invalid)
    expect(refusal(() => keysetArgs(parseSort('joinedOn'), cursorOf({ v: 5, id })))).toEqual(
      invalid,
    )
    expect(refusal(() => keysetArgs(parseSort('name'), cursorOf({ v: null, id })))).toEqual(invalid)
    expect(refusal(() => keysetArgs(parseSort('createdAt'), date))).toBe('accepted')
  })

  it('answers a crafted cursor on a list with a 400 naming query.cursor', async () => {
    await seedCommittee(t().db.prisma)
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    for (const [url, cursor] of [
      ['/api/v1/committees?sort=name', cursorOf({ v: { a: 1 }, id: 'x' })],
      ['/api/v1/committees?sort=-createdAt', cursorOf({ v: 'abc', id })],
      ['/api/v1/committees?sort=code', cursorOf({ v: 'abc', id: 'not-uuid' })],
      ['/api/v1/audit-events', cursorOf({ v: 'zz', d: 1, id: 'x' })],
      ['/api/v1/users?sort=lastLoginAt', cursorOf({ v: 7, id })],
    ] as const) {
      const response = await t().app.inject({
        method: 'GET',
        url: `${url}${url.includes('?') ? '&' : '?'}cursor=${cursor}`,
        headers: auth,
      })
      expect(response.statusCode, url).toBe(400)
      expect(response.json()).toMatchObject({
        code: 'invalid_cursor',
        errors: [{ path: 'query.cursor', code: 'invalid_cursor' }],
      })
    }
  })
})
