import { describe, expect, it } from 'vitest'
import type { TFigureRows, TSeries, TStatistics } from '@cr/shared/statistics/statistics'
import { apiRequest, type TAuth } from '../../test/api-request.ts'
import { useTestApp } from '../../test/test-app.ts'
import { seedHistory } from './statistics-history.seed.ts'

const t = useTestApp()
const api = apiRequest(t)

/** A figure as the test writes it: its value, and its parts by label. */
type TExpected = [number | null, Record<string, number>]

const get = async <T>(auth: TAuth, url: string) => {
  const reply = await api(auth, 'GET', url)
  expect(reply.statusCode, reply.body).toBe(200)
  return reply.json() as T
}

const figuresOf = (statistics: TStatistics, module: string) =>
  Object.fromEntries(
    statistics.modules
      .filter((m) => m.module === module)
      .flatMap((m) => m.figures)
      .map((f) => [
        f.key,
        [f.value, Object.fromEntries(f.parts.map((p) => [p.label, p.value]))] as TExpected,
      ]),
  )

/**
 * The drill-down lists exactly the figure's records: as many rows as a count, rows whose
 * amounts add up to a sum.
 */
const checkRows = async (auth: TAuth, query: string, statistics: TStatistics) => {
  for (const figure of statistics.modules.flatMap((m) => m.figures)) {
    if (figure.value === null) continue
    const rows = await get<TFigureRows>(
      auth,
      `/statistics/figures/${figure.key}/rows?${query}&limit=100`,
    )
    expect(rows.figure.value, figure.key).toBe(figure.value)
    if (figure.unit === 'fen')
      expect(
        rows.items.reduce((sum, row) => sum + (row.amount ?? 0), 0),
        figure.key,
      ).toBe(figure.value)
    else expect(rows.total, figure.key).toBe(figure.value)
    expect(rows.items.length, figure.key).toBe(rows.total)
  }
}

const branch1 = '第一党支部'
const branch2 = '第二党支部'
const east = '东风居委会'
const west = '西湖居委会'

/** Every party figure on each date, counted by hand from the seeded history. */
const party: Record<string, Record<string, TExpected>> = {
  '2025-12-31': {
    'party.organizations': [3, { 党工委: 1, 党支部: 2 }],
    'party.members': [5, { [branch1]: 3, [branch2]: 2 }],
    'party.members.status': [5, { 正式党员: 4, 预备党员: 1 }],
    'party.members.category': [5, { 直管党员: 4, '居民党员（在职党员报到）': 1 }],
    'party.members.age': [
      5,
      { '35岁及以下': 1, '36至45岁': 1, '46至55岁': 1, '56至65岁': 1, '76岁及以上': 1 },
    ],
    'party.members.education': [5, { 大学本科: 2, 大学专科: 1, 普通高中: 1, 未填写: 1 }],
    'party.joined': [1, { [branch1]: 1 }],
    'party.confirmed': [0, {}],
    'party.transfers-in': [0, {}],
    'party.transfers-out': [0, {}],
    'party.left': [0, {}],
    // 张一: October to December at 16 元 (September settled), October and November paid by
    // 31 December (December's payment came on 15 January); 王三: 0.2 元 from October, October paid.
    'party.dues.due': [4860, { [branch1]: 4860 }],
    'party.dues.paid': [3220, { [branch1]: 3220 }],
    'party.dues.owed': [1640, { [branch1]: 1640 }],
    'party.meetings': [1, { 支部党员大会: 1 }],
  },
  '2026-06-30': {
    'party.organizations': [3, { 党工委: 1, 党支部: 2 }],
    'party.members': [3, { [branch1]: 2, [branch2]: 1 }],
    'party.members.status': [3, { 正式党员: 2, 预备党员: 1 }],
    'party.members.category': [3, { 直管党员: 2, '居民党员（在职党员报到）': 1 }],
    'party.members.age': [3, { '35岁及以下': 1, '46至55岁': 1, '66至75岁': 1 }],
    'party.members.education': [3, { 大学本科: 2, 大学专科: 1 }],
    'party.joined': [0, {}],
    'party.confirmed': [0, {}],
    'party.transfers-in': [0, {}],
    'party.transfers-out': [0, {}],
    'party.left': [2, { 出党: 1, 去世: 1 }],
    // 张一 6 × 16 元 (January–March paid); 李四 January–June (died 15 June); 王三 6 × 0.2 元;
    // 孙七 January–March (left 20 March).
    'party.dues.due': [9900, { [branch1]: 9840, [branch2]: 60 }],
    'party.dues.paid': [4800, { [branch1]: 4800 }],
    'party.dues.owed': [5100, { [branch1]: 5040, [branch2]: 60 }],
    'party.meetings': [1, { 党课: 1 }],
  },
  '2026-11-30': {
    'party.organizations': [4, { 党工委: 1, 党支部: 2, 党小组: 1 }],
    'party.members': [3, { [branch1]: 2, [branch2]: 1 }],
    'party.members.status': [3, { 正式党员: 3 }],
    'party.members.category': [3, { 直管党员: 2, 流动党员: 1 }],
    'party.members.age': [3, { '35岁及以下': 1, '36至45岁': 1, '66至75岁': 1 }],
    'party.members.education': [3, { 大学本科: 2, 硕士研究生: 1 }],
    'party.joined': [0, {}],
    'party.confirmed': [1, { [branch1]: 1 }],
    'party.transfers-in': [1, { [branch2]: 1 }],
    'party.transfers-out': [1, { [branch2]: 1 }],
    'party.left': [2, { 出党: 1, 去世: 1 }],
    // 张一 6 × 16 元 + 5 × 60 元 (from July); 王三 11 × 0.2 元; 李四, 孙七 as in June; 赵五
    // July–September (July paid); 周八 September–November (August settled by the letter).
    'party.dues.due': [40120, { [branch1]: 39940, [branch2]: 180 }],
    'party.dues.paid': [4820, { [branch1]: 4800, [branch2]: 20 }],
    'party.dues.owed': [35300, { [branch1]: 35140, [branch2]: 160 }],
    'party.meetings': [3, { 党课: 1, 支部委员会会议: 1, 党小组会: 1 }],
  },
}

const registry: Record<string, Record<string, TExpected>> = {
  '2025-12-31': {
    'registry.buildings': [2, { [east]: 1, [west]: 1 }],
    'registry.dwellings': [2, { [east]: 1, [west]: 1 }],
    'registry.households': [2, { [east]: 1, [west]: 1 }],
    'registry.residents': [6, { [east]: 3, [west]: 3 }],
    'registry.residents.category': [6, { 户籍人口: 5, 暂住人口: 1 }],
    'registry.moves-in': [4, { [east]: 3, [west]: 1 }],
    'registry.moves-out': [0, {}],
  },
  '2026-06-30': {
    'registry.buildings': [3, { [east]: 1, [west]: 2 }],
    'registry.dwellings': [3, { [east]: 2, [west]: 1 }],
    'registry.households': [3, { [east]: 2, [west]: 1 }],
    'registry.residents': [5, { [east]: 2, [west]: 3 }],
    'registry.residents.category': [5, { 户籍人口: 3, 常住人口: 1, 暂住人口: 1 }],
    'registry.moves-in': [1, { [east]: 1 }],
    'registry.moves-out': [2, { 迁出: 1, 死亡: 1 }],
  },
  '2026-11-30': {
    'registry.buildings': [2, { [east]: 1, [west]: 1 }],
    'registry.dwellings': [3, { [east]: 2, [west]: 1 }],
    'registry.households': [3, { [east]: 2, [west]: 1 }],
    'registry.residents': [6, { [east]: 2, [west]: 4 }],
    'registry.residents.category': [6, { 户籍人口: 3, 常住人口: 1, 暂住人口: 1, 流动人口: 1 }],
    'registry.moves-in': [2, { [east]: 1, [west]: 1 }],
    'registry.moves-out': [2, { 迁出: 1, 死亡: 1 }],
  },
}

describe('the party and registry figures as of a date', () => {
  it('counts from the dated history on three dates, and the drill-downs list the same rows', async () => {
    const { auth, clerkAuth, a, b, empty } = await seedHistory(t())

    for (const asOf of Object.keys(party)) {
      const statistics = await get<TStatistics>(auth, `/statistics?asOf=${asOf}`)
      expect({ asOf, ...figuresOf(statistics, 'party') }).toEqual({ asOf, ...party[asOf] })
      expect({ asOf, ...figuresOf(statistics, 'registry') }).toEqual({ asOf, ...registry[asOf] })
      await checkRows(auth, `asOf=${asOf}`, statistics)
    }

    // Month by month, each month's figures as of its last day and over its days.
    const series = await get<TSeries>(
      auth,
      '/statistics/series?keys=party.members,party.left,party.dues.due,registry.residents,registry.moves-out&to=2026-06-30&periods=4',
    )
    expect(series.points).toEqual(
      (
        [
          ['2026-03', 31, [4, 1, 1660, 6, 0]],
          ['2026-04', 30, [4, 0, 1640, 7, 0]],
          ['2026-05', 31, [4, 0, 1640, 6, 1]],
          ['2026-06', 30, [3, 1, 1640, 5, 1]],
        ] as [string, number, number[]][]
      ).map(([month, last, [members, left, due, residents, movesOut]]) => ({
        from: `${month}-01`,
        asOf: `${month}-${last}`,
        values: {
          'party.members': members,
          'party.left': left,
          'party.dues.due': due,
          'registry.residents': residents,
          'registry.moves-out': movesOut,
        },
      })),
    )

    // Per committee: the same rows by the committee they belong to.
    const november = await get<TStatistics>(auth, '/statistics?asOf=2026-11-30')
    const values = (id: string) => november.byCommittee.find((c) => c.committee.id === id)?.values
    expect(values(a.id)).toMatchObject({
      'party.members': 2,
      'party.organizations': 2,
      'party.meetings': 2,
      'registry.residents': 2,
      'registry.households': 2,
    })
    expect(values(b.id)).toMatchObject({
      'party.members': 1,
      'party.organizations': 1,
      'party.dues.due': 180,
      'registry.residents': 4,
      'registry.moves-out': 0,
    })
    expect(values(empty.id)).toMatchObject({ 'party.members': 0, 'registry.residents': 0 })

    // committeeId narrows: 西湖 alone.
    const westOnly = await get<TStatistics>(auth, `/statistics?asOf=2026-11-30&committeeId=${b.id}`)
    expect(figuresOf(westOnly, 'party')['party.members']).toEqual([1, { [branch2]: 1 }])
    expect(figuresOf(westOnly, 'registry')['registry.residents']).toEqual([4, { [west]: 4 }])
    await checkRows(auth, `asOf=2026-11-30&committeeId=${b.id}`, westOnly)

    // A committee with no records: not recorded (null), not 0.
    const none = await get<TStatistics>(auth, `/statistics?asOf=2026-11-30&committeeId=${empty.id}`)
    for (const module of ['party', 'registry']) {
      const section = none.modules.find((m) => m.module === module)!
      expect(section.recorded, module).toBe(false)
      expect(section.figures.every((f) => f.value === null && f.parts.length === 0)).toBe(true)
    }

    // The clerk of 东风 sees 东风's figures only, and cannot ask for 西湖's.
    const clerk = await get<TStatistics>(clerkAuth, '/statistics?asOf=2026-11-30')
    expect(clerk.byCommittee.map((c) => c.committee.id)).toEqual([a.id])
    expect(figuresOf(clerk, 'party')).toMatchObject({
      'party.organizations': [2, { 党支部: 1, 党小组: 1 }],
      'party.members': [2, { [branch1]: 2 }],
      'party.left': [1, { 去世: 1 }],
      'party.transfers-in': [0, {}],
      'party.meetings': [2, { 党课: 1, 党小组会: 1 }],
    })
    expect(figuresOf(clerk, 'registry')).toMatchObject({
      'registry.buildings': [1, { [east]: 1 }],
      'registry.residents': [2, { [east]: 2 }],
      'registry.moves-out': [2, { 迁出: 1, 死亡: 1 }],
    })
    await checkRows(clerkAuth, 'asOf=2026-11-30', clerk)
    const refused = await api(clerkAuth, 'GET', `/statistics?committeeId=${b.id}`)
    expect(refused.statusCode).toBe(400)
  })
})
