import { describe, expect, it } from 'vitest'
import { rolePermissions } from '@cr/shared/auth/roles'
import { seedUser } from '../../test/factories.ts'
import { databaseFingerprint } from '../../test/route-walk/fingerprint.ts'
import {
  answerOf,
  buildRequest,
  differingPaths,
  fieldErrors,
  isMalformed,
  referencedKinds,
  type TAnswer,
} from '../../test/route-walk/requests.ts'
import { queryKinds, routeTargets, type TTarget } from '../../test/route-walk/route-targets.ts'
import { isWrite, walkedRoutes } from '../../test/route-walk/routes.ts'
import { absentWorld, seedWorld, type TKind, type TWorld } from '../../test/route-walk/world.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import type { TRouteInfo } from './route-registry.ts'

// The data-scope walk: a clerk of committee 甲 against every record of committee 乙 that any
// route can reach — by path, by list filter, by a reference in a body — and against every
// read, list, export, search and figure. Routes come from the route table; what each one
// reaches is classified in route-targets.ts, and an unclassified route fails the walk.
const t = useTestApp()

type TOperation = { parameters?: Array<{ in: string; name: string }> }
const key = (route: TRouteInfo) => `${route.method} ${route.url.replace(/(.)\/$/, '$1')}`

/** Equal answers, shown with the request they answer when they are not. */
const differences: string[] = []
const expectAlike = (what: string, actual: TAnswer, expected: TAnswer) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    differences.push(
      `${what}\n   got ${JSON.stringify(actual).slice(0, 300)}\n  want ${JSON.stringify(expected).slice(0, 300)}`,
    )
}

describe('the route table walk: a clerk reaches nothing of another committee', () => {
  it('answers every route about another committee’s records exactly as about records that do not exist, and writes nothing', async () => {
    const { app } = t()
    const admin = await signIn(app, (await seedUser(app.db.prisma, { role: 'admin' })).username)
    const root = await app.inject({
      method: 'POST',
      url: '/api/v1/party-organizations',
      headers: admin,
      payload: { level: 'committee', name: '党工委' },
    })
    expect(root.statusCode, root.body).toBe(201)
    const { clerk, ...mine } = await seedWorld(app, admin, root.json().id, '甲')
    const absent = absentWorld()

    // Every route a clerk may call, classified.
    const granted = new Set<string>([...rolePermissions.clerk, 'authenticated'])
    const routes = walkedRoutes(app).filter(
      (r) => r.method !== 'HEAD' && granted.has(r.permission!),
    )
    const unclassified = routes.filter((r) => !routeTargets[key(r)]).map(key)
    expect(unclassified, 'classify these routes in test/route-walk/route-targets.ts').toEqual([])
    const stale = Object.keys(routeTargets).filter((k) => !routes.some((r) => key(r) === k))
    expect(stale, 'routes classified that a clerk cannot call (or that no longer exist)').toEqual(
      [],
    )
    const walked = routes
      .map((route) => ({ route, target: routeTargets[key(route)]! }))
      .filter(({ target }) => !target.skip)

    // The list filters of each read, from the API description.
    const document = (await app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, TOperation>>
    }
    const filtersOf = (route: TRouteInfo): Array<[string, TKind]> => {
      const path = route.url.replace(/:(\w+)/g, '{$1}').replace(/(.)\/$/, '$1')
      const operation = document.paths[path]?.[route.method.toLowerCase()]
      const names = (operation?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name)
      const unknown = names.filter((n) => /Id$/.test(n) && !queryKinds[n])
      expect(unknown, `${key(route)}: classify these filters in queryKinds`).toEqual([])
      return names.filter((n) => queryKinds[n]).map((n) => [n, queryKinds[n]!])
    }
    const exportQuery = (route: TRouteInfo) => (route.url.endsWith('/export') ? 'format=csv' : '')
    const queryFor = (route: TRouteInfo, filter?: [string, string]) => {
      const parts = [exportQuery(route), filter ? `${filter[0]}=${filter[1]}` : ''].filter(Boolean)
      return parts.length ? `?${parts.join('&')}` : ''
    }

    // What the clerk reads while 乙 does not exist yet …
    const reads = walked.filter(({ route, target }) => !isWrite(route) && !target.reads)
    const readRequests = async () =>
      Promise.all(
        reads.flatMap(({ route, target }) => [
          buildRequest(route, target, mine, queryFor(route)),
          ...filtersOf(route).map(([name, kind]) =>
            buildRequest(route, target, mine, queryFor(route, [name, mine[kind]])),
          ),
        ]),
      )
    const before = new Map<string, TAnswer>()
    for (const request of await readRequests())
      before.set(request.url as string, await answerOf(app, request, clerk))

    // … is what it reads once 乙 exists: no record, count or name of 乙 shows anywhere.
    const { clerk: _theirClerk, ...theirs } = await seedWorld(app, admin, root.json().id, '乙')
    for (const request of await readRequests()) {
      const url = request.url as string
      expectAlike(`GET ${url} (乙 added)`, await answerOf(app, request, clerk), before.get(url)!)
    }

    // Every reference to a record of 乙 — the path's id, a list filter, an id in a body — is
    // answered exactly as a reference to a record that does not exist, and changes nothing.
    const untouched = await databaseFingerprint(app.db.pool)
    const probe = async (route: TRouteInfo, target: TTarget, kind: TKind, query?: string) => {
      const swapped = (other: TWorld): TWorld => ({ ...mine, [kind]: other[kind] })
      const request = (other: TWorld) =>
        buildRequest(route, target, swapped(other), query?.replace('{}', other[kind]) ?? '')
      const toAbsent = await answerOf(app, await request(absent), clerk)
      const toTheirs = await answerOf(app, await request(theirs), clerk)
      const what = `${key(route)} with 乙's ${kind}${query ?? ''}`
      expectAlike(what, toTheirs, toAbsent)
      if (!isWrite(route) || target.reads) return
      // A write about a record that does not exist is refused for that record — 404, or a
      // field error on the reference itself — never for something else the walk got wrong.
      const swappedPaths = [
        ...(kind === target.id ? ['params.id'] : []),
        ...differingPaths(target.body?.(mine), target.body?.(swapped(absent))),
        ...differingPaths(target.upload?.(mine), target.upload?.(swapped(absent))).map((p) =>
          p.replace(/^options\./, ''),
        ),
      ]
      const aboutTheReference =
        toAbsent.status === 404 ||
        (toAbsent.status === 400 &&
          fieldErrors(toAbsent).length > 0 &&
          fieldErrors(toAbsent).every((e) =>
            swappedPaths.some((p) => p === e.path || p.startsWith(`${e.path}.`)),
          ))
      if (!aboutTheReference)
        differences.push(`${what}: refused for something else → ${JSON.stringify(toAbsent)}`)
    }
    let probes = 0
    for (const { route, target } of walked) {
      if (target.id) {
        await probe(route, target, target.id, queryFor(route))
        probes++
      }
      for (const kind of referencedKinds(target, mine)) {
        await probe(route, target, kind, queryFor(route))
        probes++
      }
      if (!isWrite(route))
        for (const [name, kind] of filtersOf(route)) {
          await probe(route, target, kind, queryFor(route, [name, '{}']))
          probes++
        }
    }
    expect(probes).toBeGreaterThan(80)
    expect(differences).toEqual([])
    expect(await databaseFingerprint(app.db.pool)).toEqual(untouched)

    // The same requests about the clerk's own records are accepted, or refused by a business
    // rule (earlier requests here changed the world): the walk's requests are well-formed.
    const refused: string[] = []
    const destructiveLast = [...walked].sort(
      (a, b) => Number(a.route.method === 'DELETE') - Number(b.route.method === 'DELETE'),
    )
    for (const { route, target } of destructiveLast) {
      if (!isWrite(route) || !(target.id || target.body || target.upload)) continue
      const answer = await answerOf(app, await buildRequest(route, target, mine), clerk)
      const fine = [200, 201, 202, 204, 409, 412].includes(answer.status)
      if (!fine && (answer.status !== 400 || isMalformed(answer)))
        refused.push(
          `${key(route)} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`,
        )
    }
    expect(refused).toEqual([])
  }, 120_000)
})
