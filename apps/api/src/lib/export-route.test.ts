import { describe, expect, it } from 'vitest'
import { seedCommittee, seedResident, seedUser } from '../test/factories.ts'
import { signIn } from '../test/sign-in.ts'
import { useTestApp } from '../test/test-app.ts'

const t = useTestApp()

type TAuth = Record<string, string>
const api = (auth: TAuth, method: 'GET' | 'POST', url: string, payload?: object) =>
  t().app.inject({ method, url: `/api/v1${url}`, headers: auth, ...(payload ? { payload } : {}) })
const csvLines = (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')

describe('list exports (GET /<list>/export)', () => {
  it('export buildings, dwellings and households with the list filters, in scope, audited', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const other = await seedCommittee(t().db.prisma)
    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const auth = await signIn(t().app, clerk.username)
    const building = (
      await api(auth, 'POST', '/buildings', {
        committeeId: committee.id,
        street: '胜利路',
        buildingNumber: '3号楼',
      })
    ).json()
    const dwelling = (
      await api(auth, 'POST', '/dwellings', {
        buildingId: building.id,
        unit: '2',
        room: '502',
        area: '86.5',
      })
    ).json()
    const [head, spouse] = await Promise.all(
      ['张建国', '李秀兰'].map((name) =>
        seedResident(t().db.prisma, t().app.cipher, { committeeId: committee.id, name }),
      ),
    )
    const created = await api(auth, 'POST', '/households', {
      dwellingId: dwelling.id,
      headResidentId: head!.id,
      members: [{ residentId: spouse!.id, relationship: '10' }],
    })
    expect(created.statusCode, created.body).toBe(201)
    // Another committee's building is not the clerk's to export.
    const admin = await signIn(t().app, (await seedUser(t().db.prisma, { role: 'admin' })).username)
    await api(admin, 'POST', '/buildings', {
      committeeId: other.id,
      street: '黄河路',
      buildingNumber: '1号楼',
    })

    const buildings = await api(auth, 'GET', '/buildings/export?format=csv')
    expect(buildings.statusCode).toBe(200)
    expect(csvLines(buildings.body)).toEqual([
      '标准地址,街路巷,小区,楼号,网格编码,房屋数,楼长,居委会',
      `胜利路3号楼,胜利路,,3号楼,,1,,${committee.name}`,
    ])
    const dwellings = csvLines(
      await api(auth, 'GET', '/dwellings/export?format=csv').then((r) => r.body),
    )
    expect(dwellings[1]).toContain('502')
    expect(dwellings[1]).toContain('86.5')
    const households = csvLines(
      (await api(auth, 'GET', `/households/export?format=csv&committeeId=${committee.id}`)).body,
    )
    expect(households).toEqual([
      '住址,户主,人数,家庭成员,居委会',
      `${dwelling.address},张建国,2,张建国（户主）、李秀兰（配偶）,${committee.name}`,
    ])
    // Unfiltered, a one-committee clerk's export is still filed under that committee, so the
    // committee's own audit log shows it.
    const audits = await t().db.prisma.auditEvent.findMany({
      where: { action: 'export', actorId: clerk.id },
    })
    expect(audits.map((a) => a.committeeId)).toEqual([committee.id, committee.id, committee.id])
  })
})

describe('one way to export a list', () => {
  it('every /export route takes its list’s filters without paging, plus the format, and answers a file', async () => {
    const document = (await t().app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    const exports = Object.entries(
      document.paths as Record<
        string,
        { get?: { parameters?: { name: string }[] }; post?: unknown }
      >,
    ).filter(([path]) => path.endsWith('/export'))
    expect(exports.map(([path]) => path).sort()).toEqual([
      '/api/v1/assistance-cases/export',
      '/api/v1/audit-events/export',
      '/api/v1/buildings/export',
      '/api/v1/committees/export',
      '/api/v1/dwellings/export',
      '/api/v1/households/export',
      '/api/v1/party-dues/export',
      '/api/v1/party-meetings/export',
      '/api/v1/party-members/export',
      '/api/v1/patrol-logs/export',
      '/api/v1/rental-contracts/export',
      '/api/v1/rental-properties/export',
      '/api/v1/residents/export',
      '/api/v1/subsidy-cases/export',
      '/api/v1/temporary-residents/export',
    ])
    // 导出所选: the lists that offer it also take the selected ids as a POST body (500 UUIDs do
    // not fit a URL), with the list's sort and the format — never its filters or paging.
    const selectable = exports.filter(([, operations]) => 'post' in operations)
    expect(selectable.map(([path]) => path).sort()).toEqual([
      '/api/v1/party-members/export',
      '/api/v1/residents/export',
    ])
    for (const [path, operations] of selectable) {
      const post = (operations as { post: { requestBody: { content: object } } }).post
      const body = Object.values(post.requestBody.content)[0] as {
        schema: { properties: Record<string, { maxItems?: number }>; required: string[] }
      }
      expect(Object.keys(body.schema.properties).sort(), path).toEqual(['format', 'ids', 'sort'])
      expect(body.schema.properties.ids!.maxItems, path).toBe(500)
      expect(body.schema.required, path).toContain('ids')
      expect(document.paths[path.replace(/\/export$/, '/selection')]?.post, path).toBeDefined()
    }
    for (const [path, { get }] of exports) {
      const names = (get?.parameters ?? []).map((p) => p.name)
      expect(names, path).toContain('format')
      expect(names, path).not.toContain('limit')
      expect(names, path).not.toContain('cursor')
      expect(names, path).not.toContain('page')
      const list = path.replace(/\/export$/, '')
      const listNames = ((document.paths[list].get.parameters ?? []) as { name: string }[]).map(
        (p) => p.name,
      )
      for (const name of listNames.filter((n) => !['limit', 'cursor', 'page'].includes(n)))
        expect(names, `${path} ${name}`).toContain(name)
    }
  })
})
