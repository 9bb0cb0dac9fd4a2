import { addDays } from '@cr/shared/party/calendar'
import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import { seedBuilding, seedCommittee } from '../../test/factories.ts'
import { testToday } from '../../test/test-clock.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

/**
 * The seam itself, on the registry's buildings: a figure as of a date is the records that existed
 * at the end of that day (China time), its drill-down lists exactly those, and the query is
 * checked and scoped. The modules' own figures are tested beside them.
 */
const setup = async () => {
  const { committee, auth } = await seedCommitteeClerk(t())
  const db = t().db.prisma
  const at = (instant: string) => new Date(instant)
  const building = async (name: string, createdAt: string, deletedAt?: string) => {
    const row = await seedBuilding(db, { committeeId: committee.id, street: name })
    await db.building.update({
      where: { id: row.id },
      data: { createdAt: at(createdAt), deletedAt: deletedAt ? at(deletedAt) : null },
    })
    return row
  }
  // Entered on the evening of 31 December in Beijing (15:30 UTC): counts in that year.
  await building('甲路', '2025-12-31T15:30:00Z')
  await building('乙路', '2026-03-10T02:00:00Z')
  // Deleted on 20 June: in the figure as of March and not as of June's end.
  await building('丙路', '2026-01-05T02:00:00Z', '2026-06-20T02:00:00Z')
  return { committee, auth }
}

const buildingsOf = (body: { modules: { figures: { key: string; value: number | null }[] }[] }) =>
  body.modules.flatMap((m) => m.figures).find((f) => f.key === 'registry.buildings')?.value

describe('statistics as of a date', () => {
  it('counts the records that existed at the end of each day, and lists exactly those', async () => {
    const { committee, auth } = await setup()
    const expected = { '2025-12-31': 1, '2026-03-31': 3, '2026-06-30': 2, '2025-12-30': null }
    for (const [asOf, count] of Object.entries(expected)) {
      const response = await api(auth, 'GET', `/statistics?asOf=${asOf}`)
      expect(response.statusCode).toBe(200)
      // Before anything was entered the module is "not recorded", not 0.
      expect(buildingsOf(response.json())).toBe(count)
      const perCommittee = response.json().byCommittee as {
        committee: { id: string }
        values: Record<string, number | null>
      }[]
      expect(perCommittee).toHaveLength(1)
      expect(perCommittee[0]!.committee).toEqual({ id: committee.id, name: committee.name })
      expect(perCommittee[0]!.values['registry.buildings']).toBe(count)
      const rows = await api(
        auth,
        'GET',
        `/statistics/figures/registry.buildings/rows?asOf=${asOf}&page=1`,
      )
      expect(rows.json().total).toBe(count ?? 0)
    }
    const june = await api(
      auth,
      'GET',
      '/statistics/figures/registry.buildings/rows?asOf=2026-06-30&page=1',
    )
    expect(june.json().items.map((row: { label: string }) => row.label.slice(0, 2))).toEqual([
      '甲路',
      '乙路',
    ])
    expect(june.json().items[0]).toMatchObject({
      recordType: 'building',
      committee: { id: committee.id },
      part: committee.id,
    })
  })

  it('gives a series by month', async () => {
    const { auth } = await setup()
    const response = await api(
      auth,
      'GET',
      '/statistics/series?keys=registry.buildings&interval=month&to=2026-06-15&periods=3',
    )
    expect(response.statusCode).toBe(200)
    expect(response.json().points).toEqual([
      { from: '2026-04-01', asOf: '2026-04-30', values: { 'registry.buildings': 3 } },
      { from: '2026-05-01', asOf: '2026-05-31', values: { 'registry.buildings': 3 } },
      { from: '2026-06-01', asOf: '2026-06-30', values: { 'registry.buildings': 2 } },
    ])
  })

  it('refuses another committee, a reversed period and an unknown figure, in Chinese with the field', async () => {
    const { auth } = await setup()
    const other = await seedCommittee(t().db.prisma)
    const outside = await api(auth, 'GET', `/statistics?committeeId=${other.id}`)
    expect(outside.statusCode).toBe(400)
    expect(outside.json().errors).toEqual([
      expect.objectContaining({
        path: 'committeeId',
        code: 'committee_unknown',
        message: '居委会不存在',
      }),
    ])
    const reversed = await api(auth, 'GET', '/statistics?asOf=2026-01-01&from=2026-02-01')
    expect(reversed.statusCode).toBe(400)
    expect(reversed.json().errors[0]).toMatchObject({ path: 'from', code: 'date_range_invalid' })
    const unknown = await api(auth, 'GET', '/statistics/figures/registry.nothing/rows')
    expect(unknown.statusCode).toBe(404)
    const badKeys = await api(auth, 'GET', '/statistics/series?keys=DROP%20TABLE')
    expect(badKeys.statusCode).toBe(400)
  })

  it('on the business day, counts the records as they stand, whatever the database clock stamped', async () => {
    // The test clock's day (testToday); the database stamps rows by the machine's clock, which may
    // be days later (so may a demonstration's fixed clock be behind the machine).
    const { auth, committee } = await setup()
    const db = t().db.prisma
    const late = await seedBuilding(db, { committeeId: committee.id, street: '丁路' })
    await db.building.update({
      where: { id: late.id },
      data: { createdAt: new Date(`${addDays(testToday, 5)}T02:00:00Z`) },
    })
    const gone = await seedBuilding(db, { committeeId: committee.id, street: '戊路' })
    await db.building.update({
      where: { id: gone.id },
      data: {
        createdAt: new Date(`${addDays(testToday, -60)}T02:00:00Z`),
        deletedAt: new Date(`${addDays(testToday, 5)}T02:00:00Z`),
      },
    })
    const streetsOn = async (asOf: string) =>
      (await api(auth, 'GET', `/statistics/figures/registry.buildings/rows?asOf=${asOf}&page=1`))
        .json()
        .items.map((row: { label: string }) => row.label.slice(0, 2))
        .sort()
    // Today: the one stamped later counts, the one deleted since does not.
    expect(await streetsOn(testToday)).toEqual(['丁路', '乙路', '甲路'].sort())
    // The day before is the past: the timestamps decide.
    expect(await streetsOn(addDays(testToday, -1))).toEqual(['乙路', '戊路', '甲路'].sort())
  })
})
