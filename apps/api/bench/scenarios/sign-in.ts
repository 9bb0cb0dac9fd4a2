// Signing in: POST /api/v1/auth/login with the right password — lockout check, user lookup,
// Argon2id verify (at most 4 at once in the app), then a transaction writing the session, the
// last-login time and the audit row, and the "me" answer — against the bare @node-rs/argon2
// verify of the same hashes at the same concurrency. The hash dominates by design (~19 ms,
// QUALITY.md §1.4), so the ratio shows what the rest of sign-in adds to it.
//
// Bounded in count, not time: each sign-in costs tens of ms of CPU on purpose. Eight users take
// turns, as eight people would; the right password never counts towards lockout, and the bench
// config lifts the per-IP sign-in rate limit (its own test covers it).
import { verify } from '@node-rs/argon2'
import { defaultTestPassword, seedUser } from '../../src/test/factories.ts'
import { oursP95AtMost } from '../lib/goals.ts'
import { defineScenario } from '../scenario.ts'
import { assert, httpJson } from './checks.ts'

const users = 8

type TState = { accounts: { username: string; passwordHash: string }[] }

export const signIn = defineScenario({
  name: 'sign-in',
  describe: 'POST /api/v1/auth/login (right password) vs bare Argon2id verify of the same hashes',
  connections: 8,
  count: 240,
  setup: async (ctx): Promise<TState> => ({
    accounts: await Promise.all(
      Array.from({ length: users }, () => seedUser(ctx.db.prisma, { role: 'clerk' })),
    ),
  }),
  ours: (_ctx, { accounts }, i) => ({
    method: 'POST',
    path: '/api/v1/auth/login',
    body: { username: accounts[i % users]!.username, password: defaultTestPassword },
  }),
  baseline:
    (_ctx, { accounts }, i) =>
    () =>
      verify(accounts[i % users]!.passwordHash, defaultTestPassword),
  check: ({ accounts }, ours, baseline) => {
    const me = httpJson<{ user: { username: string } }>(ours)
    assert(me.user.username === accounts[0]!.username, 'signed in as someone else')
    assert(baseline === true, 'the bare verify rejected the password')
  },
  goals: [oursP95AtMost(300, 'QUALITY.md §5 Password hashing (login)')],
})
