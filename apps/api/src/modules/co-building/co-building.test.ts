import { describe, expect, it } from 'vitest'
import { addMonths } from '@cr/shared/party/calendar'
import { seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { testToday } from '../../test/test-clock.ts'

const t = useTestApp()

type TAuth = Record<string, string>
const api = (auth: TAuth, method: 'GET' | 'POST', url: string, payload?: object) =>
  t().app.inject({ method, url: `/api/v1${url}`, headers: auth, ...(payload ? { payload } : {}) })
/** The app's fixed business day (test-clock.ts): the date rules are checked on it. */
const today = testToday

/** Co-building units are kept by party administrators (lib/party-scope.ts). */
const partyAdmin = async () => {
  const user = await seedUser(t().db.prisma, { role: 'admin' })
  return { auth: await signIn(t().app, user.username) }
}

describe('co-building (共建)', () => {
  it('keeps units, their agreements (in force or not) and the activities held under them', async () => {
    const { auth } = await partyAdmin()
    const unit = await api(auth, 'POST', '/co-building-units', {
      name: '垦利区税务局',
      partyBranchName: '垦利区税务局机关党支部',
      contactName: '刘主任',
      contactPhone: '0546-2512345',
    })
    expect(unit.statusCode, unit.body).toBe(201)
    const id = unit.json().id
    const bad = await api(auth, 'POST', `/co-building-units/${id}/agreements`, {
      signedOn: today,
      termEnd: addMonths(today, -1),
      commitments: '共同开展志愿服务',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0]).toMatchObject({ path: 'termEnd', code: 'date_range_invalid' })
    const signed = await api(auth, 'POST', `/co-building-units/${id}/agreements`, {
      signedOn: addMonths(today, -2),
      termEnd: addMonths(today, 10),
      commitments: '每季度联合开展一次主题党日；结对帮扶困难党员',
    })
    expect(signed.statusCode, signed.body).toBe(201)
    const expired = await api(auth, 'POST', `/co-building-units/${id}/agreements`, {
      signedOn: addMonths(today, -30),
      termEnd: addMonths(today, -6),
      commitments: '上一期协议',
    })
    const agreements = expired.json().agreements
    expect(agreements.map((a: { inForce: boolean }) => a.inForce)).toEqual([true, false])
    const activity = await api(
      auth,
      'POST',
      `/co-building-units/agreements/${agreements[0].id}/activities`,
      {
        heldOn: today,
        title: '联合主题党日：走访困难群众',
      },
    )
    expect(activity.statusCode, activity.body).toBe(201)
    expect(activity.json().agreements[0].activities).toEqual([
      expect.objectContaining({ heldOn: today, title: '联合主题党日：走访困难群众' }),
    ])
    const audit = await t().db.prisma.auditEvent.count({
      where: {
        entityType: { in: ['co_building_unit', 'co_building_agreement', 'co_building_activity'] },
      },
    })
    expect(audit).toBe(4)
  })
})
