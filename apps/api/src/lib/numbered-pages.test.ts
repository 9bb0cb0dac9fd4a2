import { describe, expect, it } from 'vitest'
import { seedBuilding, seedCommittee, seedUser } from '../test/factories.ts'
import { walkedRoutes } from '../test/route-walk/routes.ts'
import { seedWorld } from '../test/route-walk/world.ts'
import { signIn } from '../test/sign-in.ts'
import { useTestApp } from '../test/test-app.ts'

const t = useTestApp()

type TOperation = { parameters?: Array<{ in: string; name: string }> }
type TPageBody = {
  items: Array<{ id: string }>
  total?: number
  page?: number
  nextCursor: string | null
}

describe('numbered pages (ZNumberedListQuery)', () => {
  it('pages a list by number: the rows of page 2 follow page 1 in the list’s order, with the total', async () => {
    const { app } = t()
    const committee = await seedCommittee(app.db.prisma)
    const admin = await signIn(app, (await seedUser(app.db.prisma, { role: 'admin' })).username)
    for (const number of ['1号楼', '2号楼', '3号楼', '4号楼', '5号楼'])
      await seedBuilding(app.db.prisma, {
        committeeId: committee.id,
        street: '胜利路',
        buildingNumber: number,
      })
    const get = async (query: string) => {
      const response = await app.inject({
        url: `/api/v1/buildings?committeeId=${committee.id}&sort=address&${query}`,
        headers: admin,
      })
      expect(response.statusCode, response.body).toBe(200)
      return response.json() as TPageBody & { items: Array<{ buildingNumber: string }> }
    }
    const numbers = (page: { items: Array<{ buildingNumber: string }> }) =>
      page.items.map((b) => b.buildingNumber)

    const second = await get('limit=2&page=2')
    expect(numbers(second)).toEqual(['3号楼', '4号楼'])
    expect(second).toMatchObject({ total: 5, page: 2 })
    const last = await get('limit=2&page=3')
    expect(numbers(last)).toEqual(['5号楼'])
    expect(last.nextCursor).toBeNull()
    // Past the end: no rows, the same total (a list that shrank while a clerk paged).
    expect(await get('limit=2&page=9')).toMatchObject({ items: [], total: 5, page: 9 })
    // The cursor of a numbered page goes on from it, as a keyset page's does.
    expect(numbers(await get(`limit=2&cursor=${second.nextCursor}`))).toEqual(['5号楼'])
  })

  it('every list that takes `page` answers with its number and total, and refuses a page with a cursor', async () => {
    const { app } = t()
    const admin = await signIn(app, (await seedUser(app.db.prisma, { role: 'admin' })).username)
    const root = await app.inject({
      method: 'POST',
      url: '/api/v1/party-organizations',
      headers: admin,
      payload: { level: 'committee', name: '党工委' },
    })
    expect(root.statusCode, root.body).toBe(201)
    await seedWorld(app, admin, root.json().id, '甲')
    const document = (await app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, TOperation>>
    }
    const numbered = walkedRoutes(app).filter((route) => {
      if (route.method !== 'GET' || route.url.includes(':') || route.url.endsWith('/export'))
        return false
      const operation = document.paths[route.url.replace(/(.)\/$/, '$1')]?.get
      return (operation?.parameters ?? []).some((p) => p.in === 'query' && p.name === 'page')
    })
    // The lists that count; the residents and the audit log stay keyset only.
    expect(numbered.map((r) => r.url.replace(/(.)\/$/, '$1')).sort()).toEqual(
      expect.arrayContaining([
        '/api/v1/buildings',
        '/api/v1/dwellings',
        '/api/v1/households',
        '/api/v1/party-members',
        '/api/v1/users',
      ]),
    )
    expect(numbered.map((r) => r.url)).not.toContain('/api/v1/residents')
    expect(numbered.map((r) => r.url)).not.toContain('/api/v1/audit-events')

    for (const route of numbered) {
      const url = route.url.replace(/(.)\/$/, '$1')
      const first = await app.inject({ url: `${url}?limit=1&page=1`, headers: admin })
      expect(first.statusCode, `${url}: ${first.body}`).toBe(200)
      const body = first.json() as TPageBody
      expect(body.page, url).toBe(1)
      expect(body.total, url).toBeGreaterThanOrEqual(body.items.length)
      expect(body.items.length, url).toBeLessThanOrEqual(1)

      const both = await app.inject({
        url: `${url}?page=2&cursor=${body.nextCursor ?? 'x'}`,
        headers: admin,
      })
      expect(both.statusCode, url).toBe(400)
      expect(both.json(), url).toMatchObject({
        code: 'page_with_cursor',
        errors: [{ path: 'query.page', code: 'page_with_cursor' }],
      })
    }
  })
})
