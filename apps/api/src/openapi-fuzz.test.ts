import fc from 'fast-check'
import { expect, it } from 'vitest'
import { toInject } from './test/fuzz/encode-request.ts'
import { requestsFor, type TActor, type TOperation } from './test/fuzz/fuzz-requests.ts'
import { FuzzWorld } from './test/fuzz/fuzz-world.ts'
import { answerProblems } from './test/fuzz/response-checks.ts'
import type { TDocument } from './test/fuzz/schema-values.ts'
import { useTestApp } from './test/test-app.ts'

/**
 * Fuzzes every operation of the app's own OpenAPI document (a route added later is fuzzed too)
 * with requests built from its schemas and mutated with hostile values (see test/fuzz/), as an
 * administrator, a clerk and nobody, and checks each answer: no 5xx, every error problem+json,
 * no stack trace, no SQL, no full ID number except from a reveal.
 *
 * Seeded and bounded: FUZZ_SEED (default below), FUZZ_RUNS per operation, FUZZ_BUDGET_MS for all
 * of them (each operation gets its share of what is left). A failure prints the operation, the
 * request and how to replay it: FUZZ_SEED=… FUZZ_OP=<operationId> FUZZ_PATH=… (the same request;
 * the world it meets is seeded afresh, without what the other operations did to it).
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261205)
const runsPerOperation = Number(process.env.FUZZ_RUNS ?? 10)
const budgetMs = Number(process.env.FUZZ_BUDGET_MS ?? 30_000)
const onlyOperation = process.env.FUZZ_OP
/** With FUZZ_OP, the `path` a failure printed: replays just that case. */
const replayPath = process.env.FUZZ_PATH

const t = useTestApp()

/** Each operation's own seed, so adding a route does not change what the others are sent. */
const seedFor = (operationId: string) => {
  let hash = seed >>> 0
  for (const char of operationId) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0
  return hash | 0
}

const operationsOf = (document: { paths: Record<string, Record<string, object>> }) =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(
      ([method, operation]) => ({ ...operation, method, path }) as TOperation,
    ),
  )

/** Who sends: the sign-in nobody; the other auth routes (sign-out, password) their own user. */
const actorsFor = (operation: TOperation): fc.Arbitrary<TActor> => {
  if (operation.operationId === 'login') return fc.constant('anonymous')
  if (operation.path.includes('/auth/')) return fc.constantFrom('authUser', 'authUser', 'anonymous')
  return fc.oneof(
    { weight: 14, arbitrary: fc.constant<TActor>('admin') },
    { weight: 5, arbitrary: fc.constant<TActor>('clerk') },
    { weight: 1, arbitrary: fc.constant<TActor>('anonymous') },
  )
}

/** For the statistics: an error's code and its first field's, as `:code/path=fieldCode`. */
const answerCode = (response: { statusCode: number; body: string }) => {
  if (response.statusCode < 400) return ''
  try {
    const problem = JSON.parse(response.body)
    const field = problem.errors?.[0]
    return `:${problem.code}${field ? `/${field.path}=${field.code}` : ''}`
  } catch {
    return ''
  }
}

/** The answers whose point is a full ID number: a reveal, and an export asked to reveal. */
const mayRevealIdNumbers = (operation: TOperation, url: string) =>
  operation.operationId === 'revealResident' ||
  (operation.operationId === 'exportResidents' && /[?&]reveal=true(?:&|$)/.test(url))

it(
  'answers every operation in the OpenAPI document without a 5xx, a stack trace, SQL or a full ID number',
  async () => {
    const { app, db } = t()
    const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    const operations = operationsOf(document).filter(
      (o) => !onlyOperation || o.operationId === onlyOperation,
    )
    expect(operations.length).toBeGreaterThan(0)
    const world = await FuzzWorld.create(app, db)
    // Every list once, so the first requests already have real ids and cursors to choose from.
    for (const operation of operations)
      if (operation.method === 'get' && !operation.path.includes('{')) {
        const response = await app.inject({
          method: 'GET',
          url: `${operation.path}?limit=1`,
          headers: { cookie: (await world.cookie('admin'))! },
        })
        world.learn(operation.path, response.body)
      }

    const failures: string[] = []
    const started = Date.now()
    let sent = 0
    /** Answers by operation and status, to see that requests get past validation too. */
    const statuses = new Map<string, string[]>()
    for (const [index, operation] of operations.entries()) {
      const left = budgetMs - (Date.now() - started)
      const property = fc.asyncProperty(
        requestsFor(document as TDocument, operation, actorsFor(operation)),
        async (request) => {
          const options = toInject(operation, request, world, await world.cookie(request.actor))
          const response = await app.inject(options)
          sent += 1
          statuses.set(operation.operationId, [
            ...(statuses.get(operation.operationId) ?? []),
            `${response.statusCode}${answerCode(response)}`,
          ])
          world.settle(request.actor, response.statusCode, response.body)
          world.learn(operation.path, response.body)
          const problems = answerProblems(response, {
            mayRevealIdNumbers: mayRevealIdNumbers(operation, String(options.url)),
          })
          if (problems.length > 0)
            throw new Error(
              `${options.method} ${String(options.url).slice(0, 300)} as ${request.actor} → ` +
                `${response.statusCode}: ${problems.join('; ')}\n${response.body.slice(0, 600)}`,
            )
        },
      )
      const details = await fc.check(property, {
        seed: seedFor(operation.operationId),
        numRuns: runsPerOperation,
        // Its share of the budget left, but time for a slow first request (a sign-in hashes).
        interruptAfterTimeLimit: Math.max(3_000, left / (operations.length - index)),
        endOnFailure: true,
        ...(onlyOperation && replayPath ? { path: replayPath } : {}),
      })
      if (details.failed)
        failures.push(
          `${operation.operationId} — rerun: FUZZ_SEED=${seed} FUZZ_OP=${operation.operationId} ` +
            `FUZZ_PATH=${details.counterexamplePath}\n` +
            `${(details.errorInstance as Error | undefined)?.message ?? fc.defaultReportMessage(details)}\n` +
            `request: ${JSON.stringify(details.counterexample?.[0])?.slice(0, 800)}`,
        )
    }
    await app.imports.idle()
    // A job that failed with import_failed met an error nobody expected: the importer's 500.
    const crashedJobs = await db.prisma.importJob.findMany({
      where: { errorCode: 'import_failed' },
      select: { id: true, fileName: true },
    })
    console.info(
      `fuzzed ${operations.length} operations with ${sent} requests in ${Date.now() - started} ms (seed ${seed})`,
    )
    if (process.env.FUZZ_STATS)
      for (const [id, codes] of statuses) console.info(id, codes.sort().join(' '))
    expect(failures, failures.join('\n\n')).toEqual([])
    expect(crashedJobs, 'import jobs that failed unexpectedly (see the log)').toEqual([])
  },
  budgetMs + 150_000,
)
