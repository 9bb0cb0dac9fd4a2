import { describe, expect, it } from 'vitest'
import { seedCommitteeClerk } from '../../test/api-request.ts'
import { seedUser } from '../../test/factories.ts'
import { figureReader } from '../../test/figures.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { toDbDate } from '../../lib/dates.ts'
import { newId } from '../../lib/ids.ts'

const t = useTestApp()
const { figure, expectFigure } = figureReader(t)

const at = (date: string) => new Date(`${date}T10:00:00+08:00`)

/**
 * Four units with dated agreements and activities (written with Prisma: the dates a unit was
 * entered and deleted are the history being read):
 * - 甲: entered 2026-03-01 but with an agreement signed 2024-05-01 (to 2026-04-30) — live from
 *   2024; a second agreement from 2026-05-01, open-ended; activities 2025-10-01, 2026-05-20,
 *   2026-10-01.
 * - 乙: entered 2026-02-10, no agreement, deleted 2026-09-01.
 * - 丙: entered 2026-08-01, agreement 2026-08-15 to 2027-08-14, activity 2026-09-10.
 * - 丁: entered 2025-01-01, deleted 2025-06-01, an open agreement of 2025-01-05 and an activity
 *   of 2025-03-01 — gone from every figure after its deletion.
 */
const seed = async () => {
  const db = t().db.prisma
  const unit = (name: string, createdOn: string, deletedOn?: string) =>
    db.coBuildingUnit.create({
      data: {
        id: newId(),
        name,
        createdAt: at(createdOn),
        deletedAt: deletedOn ? at(deletedOn) : null,
      },
    })
  const agreement = (unitId: string, signedOn: string, termEnd: string | null) =>
    db.coBuildingAgreement.create({
      data: {
        id: newId(),
        unitId,
        signedOn: toDbDate(signedOn),
        termEnd: termEnd ? toDbDate(termEnd) : null,
        commitments: '共驻共建',
      },
    })
  const activity = (agreementId: string, heldOn: string, title: string) =>
    db.coBuildingActivity.create({
      data: { id: newId(), agreementId, heldOn: toDbDate(heldOn), title },
    })
  const jia = await unit('甲单位', '2026-03-01')
  const yi = await unit('乙单位', '2026-02-10', '2026-09-01')
  const bing = await unit('丙单位', '2026-08-01')
  const ding = await unit('丁单位', '2025-01-01', '2025-06-01')
  const jia1 = await agreement(jia.id, '2024-05-01', '2026-04-30')
  const jia2 = await agreement(jia.id, '2026-05-01', null)
  const bing1 = await agreement(bing.id, '2026-08-15', '2027-08-14')
  const ding1 = await agreement(ding.id, '2025-01-05', null)
  await activity(jia1.id, '2025-10-01', '敬老')
  await activity(jia2.id, '2026-05-20', '植树')
  await activity(jia2.id, '2026-10-01', '国庆慰问')
  await activity(bing1.id, '2026-09-10', '助学')
  await activity(ding1.id, '2025-03-01', '义诊')
  return { jia, yi, bing, ding }
}

describe('co-building figures as of a date', () => {
  it('are not recorded (null) while there is no unit', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    expect((await figure(auth, 'co-building.units', '2026-11-30')).value).toBeNull()
    expect((await figure(auth, 'co-building.activities', '2026-11-30')).value).toBeNull()
  })

  it('count units, agreements in force and activities as of three dates', async () => {
    const { jia, bing } = await seed()
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)

    const end2025 = { asOf: '2025-12-31' }
    await expectFigure(auth, 'co-building.units', end2025, { value: 1 })
    await expectFigure(auth, 'co-building.agreements', end2025, { value: 1 })
    await expectFigure(auth, 'co-building.activities', end2025, {
      value: 1,
      parts: { [jia.id]: 1 },
    })

    const mid2026 = { asOf: '2026-06-30' }
    await expectFigure(auth, 'co-building.units', mid2026, { value: 2 })
    await expectFigure(auth, 'co-building.agreements', mid2026, { value: 1 })
    await expectFigure(auth, 'co-building.activities', mid2026, {
      value: 1,
      parts: { [jia.id]: 1 },
    })

    const today = { asOf: '2026-11-30' }
    const units = await expectFigure(auth, 'co-building.units', today, { value: 2 })
    expect(units.items.map((row) => row.label)).toEqual(['丙单位', '甲单位'])
    await expectFigure(auth, 'co-building.agreements', today, { value: 2 })
    const held = await expectFigure(auth, 'co-building.activities', today, {
      value: 3,
      parts: { [jia.id]: 2, [bing.id]: 1 },
    })
    expect(held.items.map((row) => row.date).sort()).toEqual([
      '2026-05-20',
      '2026-09-10',
      '2026-10-01',
    ])
    // A period of its own: only the activities held from 1 September.
    await expectFigure(
      auth,
      'co-building.activities',
      { asOf: '2026-11-30', from: '2026-09-01' },
      { value: 2, parts: { [jia.id]: 1, [bing.id]: 1 } },
    )
  })

  it('are the 党工委’s: every committee’s clerk sees the same units as the list', async () => {
    const { auth } = await seedCommitteeClerk(t())
    await expectFigure(auth, 'co-building.units', { asOf: '2026-11-30' }, { value: 2 })
    await expectFigure(auth, 'co-building.agreements', { asOf: '2026-11-30' }, { value: 2 })
    const list = await t().app.inject({
      method: 'GET',
      url: '/api/v1/co-building-units?limit=100',
      headers: auth,
    })
    expect(list.statusCode).toBe(200)
    expect((list.json() as { items: unknown[] }).items).toHaveLength(2)
  })
})
