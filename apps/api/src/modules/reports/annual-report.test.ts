import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import type { TAnnualReport } from '@cr/shared/reports/annual-report'
import type { TStatistics } from '@cr/shared/statistics/statistics'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import { seedBuilding, seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { testToday } from '../../test/test-clock.ts'

const t = useTestApp()
const api = apiRequest(t)
const year = Number(testToday.slice(0, 4))

/**
 * Two committees with buildings entered during the year (dated so, whatever the machine's
 * date), a supervisor who sees both, and a clerk of the first.
 */
const setup = async () => {
  const db = t().db.prisma
  const first = await seedCommitteeClerk(t())
  const second = await seedCommitteeClerk(t())
  const entered = new Date(`${year}-03-01T00:00:00+08:00`)
  for (const committeeId of [first.committee.id, first.committee.id, second.committee.id]) {
    const building = await seedBuilding(db, { committeeId })
    await db.building.update({ where: { id: building.id }, data: { createdAt: entered } })
  }
  const supervisor = await seedUser(db, { role: 'supervisor', displayName: '王主任' })
  return { first, second, supervisor: await signIn(t().app, supervisor.username) }
}

const textUrl = (section: string, query = '') =>
  `/reports/annual/${year}/sections/${section}/text${query}`

describe('the annual report', () => {
  it('has the statistics’ own figures for the year, section by section', async () => {
    const { first, supervisor } = await setup()
    for (const [auth, query] of [
      [supervisor, ''],
      [supervisor, `?committeeId=${first.committee.id}`],
      [first.auth, ''],
    ] as const) {
      const report = await api(auth, 'GET', `/reports/annual/${year}${query}`)
      expect(report.statusCode, report.body).toBe(200)
      const stats = await api(
        auth,
        'GET',
        `/statistics?asOf=${year}-12-31&from=${year}-01-01${query.replace('?', '&')}`,
      )
      expect(stats.statusCode).toBe(200)
      const body = report.json() as TAnnualReport
      const figures = (stats.json() as TStatistics).modules
      expect(body.sections.map((s) => s.section)).toEqual([
        'party',
        'registry',
        'rentals',
        'subsidies',
        'patrol',
        'co-building',
      ])
      for (const section of body.sections)
        expect(section.figures).toEqual(
          figures.find((m) => m.module === section.section)?.figures ?? [],
        )
    }
    // The database is the file's: earlier tests' committees are in the office's figures.
    const report = (
      await api(supervisor, 'GET', `/reports/annual/${year}?committeeId=${first.committee.id}`)
    ).json() as TAnnualReport
    const registry = report.sections.find((s) => s.section === 'registry')!
    expect(registry.figures.find((f) => f.key === 'registry.buildings')?.value).toBe(2)
    expect(registry.tables[0]).toMatchObject({ figureKey: 'registry.buildings', of: '居委会' })
    expect(registry.tables[0]?.rows).toEqual([
      { key: first.committee.id, label: first.committee.name, value: 2 },
    ])
    expect(report.office).toBe(first.committee.name)
    expect(report.editable).toBe(true)
    // The office's report carries the office's name once it is set (系统设置 › 单位名称).
    await t().db.prisma.setting.create({ data: { key: 'officeName', value: '永兴社区管委会' } })
    expect((await api(supervisor, 'GET', `/reports/annual/${year}`)).json().office).toBe(
      '永兴社区管委会',
    )
    expect(
      (
        await api(supervisor, 'GET', `/reports/annual/${year}?committeeId=${first.committee.id}`)
      ).json().office,
    ).toBe(first.committee.name)
  })

  it('keeps every saved text as a version: If-Match the one read, 428 without, 412 when stale', async () => {
    const { supervisor } = await setup()
    const first = await api(supervisor, 'PUT', textUrl('registry'), { body: '第一稿' }, 0)
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json()).toMatchObject({ body: '第一稿', version: 1, updatedBy: '王主任' })
    expect(first.headers.etag).toBe('"1"')
    const second = await api(supervisor, 'PUT', textUrl('registry'), { body: '第二稿' }, 1)
    expect(second.json()).toMatchObject({ body: '第二稿', version: 2 })

    const stale = await api(supervisor, 'PUT', textUrl('registry'), { body: '旧稿' }, 1)
    expect(stale.statusCode).toBe(412)
    expect((await api(supervisor, 'PUT', textUrl('registry'), { body: '无版本' })).statusCode).toBe(
      428,
    )

    const history = await api(
      supervisor,
      'GET',
      `${textUrl('registry').replace('/text', '/history')}`,
    )
    expect(history.statusCode).toBe(200)
    expect(history.json().items.map((i: { version: number; body: string }) => i.body)).toEqual([
      '第二稿',
      '第一稿',
    ])
    const report = (await api(supervisor, 'GET', `/reports/annual/${year}`)).json() as TAnnualReport
    expect(report.sections.find((s) => s.section === 'registry')?.text).toMatchObject({
      body: '第二稿',
      version: 2,
      updatedBy: '王主任',
    })
    expect(report.sections.find((s) => s.section === 'party')?.text.version).toBe(0)

    const rows = await t().db.prisma.annualReportText.findMany({
      where: { year, scopeKey: 'all', section: 'registry' },
    })
    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityType: 'annual_report_text', entityId: { in: rows.map((r) => r.id) } },
      orderBy: { occurredAt: 'asc' },
    })
    expect(audit.map((a) => [a.action, (a.before as { body?: string } | null)?.body])).toEqual([
      ['update', undefined],
      ['update', '第一稿'],
    ])
    expect((audit[1]?.after as { body: string }).body).toBe('第二稿')
  })

  it('lets a clerk write their committee’s report, never the office’s nor another committee’s', async () => {
    const { first, second } = await setup()
    const office = (await api(first.auth, 'GET', `/reports/annual/${year}`)).json()
    expect(office.editable).toBe(false)
    const refused = await api(first.auth, 'PUT', textUrl('party'), { body: '全街道' }, 0)
    expect(refused.statusCode).toBe(403)
    const theirs = await api(
      first.auth,
      'PUT',
      textUrl('party', `?committeeId=${second.committee.id}`),
      { body: '别人的' },
      0,
    )
    expect(theirs.statusCode).toBe(400)
    expect(theirs.json().errors[0]).toMatchObject({
      path: 'committeeId',
      code: 'committee_unknown',
    })
    const own = await api(
      first.auth,
      'PUT',
      textUrl('party', `?committeeId=${first.committee.id}`),
      { body: '本社区' },
      0,
    )
    expect(own.statusCode, own.body).toBe(200)
    expect(
      await t().db.prisma.annualReportText.count({ where: { scopeKey: first.committee.id } }),
    ).toBe(1)
    expect(
      await t().db.prisma.annualReportText.count({ where: { scopeKey: 'all', section: 'party' } }),
    ).toBe(0)
  })

  it('takes the years 2000 to the current one', async () => {
    const { supervisor } = await setup()
    for (const bad of [1999, year + 1]) {
      const answer = await api(supervisor, 'GET', `/reports/annual/${bad}`)
      expect(answer.statusCode).toBe(400)
      expect(answer.json().errors[0]).toMatchObject({
        path: 'params.year',
        code: 'report_year_out_of_range',
      })
    }
    expect((await api(supervisor, 'GET', '/reports/annual/2000')).statusCode).toBe(200)
  })

  it('downloads as a Word document with the figures and the texts', async () => {
    const { first, supervisor } = await setup()
    const committee = `?committeeId=${first.committee.id}`
    const saved = await api(
      supervisor,
      'PUT',
      textUrl('registry', committee),
      { body: '楼栋信息全部核实。\n第二段。' },
      0,
    )
    expect(saved.statusCode).toBe(200)
    const answer = await t().app.inject({
      url: `/api/v1/reports/annual/${year}/docx${committee}`,
      headers: { ...supervisor, 'accept-language': 'en' },
    })
    expect(answer.statusCode, answer.body).toBe(200)
    expect(answer.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect(answer.headers['content-disposition']).toContain(
      encodeURIComponent(`${first.committee.name}${year}年度工作总结.docx`),
    )
    const zip = await JSZip.loadAsync(answer.rawPayload)
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '')
    expect(xml).toContain(`${year}年度工作总结`)
    expect(xml).toContain(`截至${year}年12月31日，共登记楼栋2栋`)
    expect(xml).toContain('党组织未录入')
    // In Chinese though the caller's UI is English: the office's document.
    expect(xml).toContain('二、以房管人')
    expect(xml).toContain('楼栋居委会数量')
    expect(xml).toContain('楼栋信息全部核实。')
    expect(xml).toContain('第二段。')
    const styles = await zip.file('word/styles.xml')!.async('string')
    expect(styles).toContain('宋体')
    expect(styles).toContain('黑体')
  })
})
