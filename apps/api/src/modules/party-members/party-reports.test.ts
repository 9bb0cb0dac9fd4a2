import { describe, expect, it } from 'vitest'
import { addDays, addMonths, addMonthsToMonth, monthOf } from '@cr/shared/party/calendar'
import { periodOf } from '@cr/shared/party/period'
import {
  seedCommittee,
  seedPartyOrganization,
  seedResident,
  seedUser,
} from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { testToday } from '../../test/test-clock.ts'

const t = useTestApp()

type TAuth = Record<string, string>
const api = (auth: TAuth, method: 'GET' | 'POST', url: string, payload?: object) =>
  t().app.inject({ method, url: `/api/v1${url}`, headers: auth, ...(payload ? { payload } : {}) })

/** The app's fixed business day (test-clock.ts): the date rules are checked on it. */
const today = testToday
const thisMonth = monthOf(today)

describe('party reports', () => {
  it('rolls dues by month, warns of probations and arrears, and checks meeting quotas', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const auth = await signIn(t().app, clerk.username)
    const root = await seedPartyOrganization(t().db.prisma, { name: '党工委' })
    const branch = (
      await api(auth, 'POST', '/party-organizations', {
        parentId: root.id,
        level: 'branch',
        name: '第二党支部',
        committeeIds: [committee.id],
      })
    ).json()
    const [a, b] = await Promise.all(
      ['周一', '吴二'].map((name) =>
        seedResident(t().db.prisma, t().app.cipher, { committeeId: committee.id, name }),
      ),
    )
    const add = async (residentId: string, joinedOn: string) =>
      (
        await api(auth, 'POST', '/party-members', {
          residentId,
          organizationId: branch.id,
          joinedOn,
          dues: { category: 'retired', income: '3200' },
        })
      ).json()
    // 周一's probation ends in ten days; 吴二 joined six months ago and paid only the first month.
    const probationer = await add(a!.id, addDays(addMonths(today, -12), 10))
    const joinedB = addMonths(today, -6)
    const member = await add(b!.id, joinedB)
    const paid = await api(auth, 'POST', `/party-members/${member.id}/dues-payments`, {
      month: monthOf(joinedB),
      paidOn: today,
    })
    expect(paid.statusCode, paid.body).toBe(201)
    const meeting = await api(auth, 'POST', '/party-meetings', {
      organizationId: branch.id,
      type: 'member_meeting',
      heldOn: today,
      title: '第三季度支部党员大会',
      attendance: [
        { memberId: member.id, present: true },
        { memberId: probationer.id, present: false, absenceReason: '外出务工' },
      ],
    })
    expect(meeting.statusCode, meeting.body).toBe(201)
    expect(meeting.json().attendance).toEqual([
      { member: { id: member.id, name: '吴二' }, present: true, absenceReason: null },
      { member: { id: probationer.id, name: '周一' }, present: false, absenceReason: '外出务工' },
    ])

    const roll = (
      await api(auth, 'GET', `/party-dues?organizationId=${branch.id}&month=${monthOf(joinedB)}`)
    ).json()
    // 3,200 元 retirement pay: ≤ 5,000 → 0.5% = 16 元.
    expect(roll.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          member: { id: member.id, name: '吴二' },
          standardFen: 1600,
          dueFen: 1600,
          paidFen: 1600,
          owedFen: 0,
          paidThrough: monthOf(joinedB),
        }),
      ]),
    )
    const now = (
      await api(auth, 'GET', `/party-dues?organizationId=${branch.id}&month=${thisMonth}`)
    ).json()
    const wu = now.rows.find((r: { member: { id: string } }) => r.member.id === member.id)
    expect(wu).toMatchObject({ dueFen: 1600, paidFen: 0, owedFen: 6 * 1600 })
    expect(addMonthsToMonth(monthOf(joinedB), 6)).toBe(thisMonth)

    const reminders = (await api(auth, 'GET', '/party-reminders')).json()
    expect(reminders.probations).toEqual([
      expect.objectContaining({
        member: { id: probationer.id, name: '周一' },
        state: 'upcoming',
        daysUntilDue: 10,
      }),
    ])
    // Five whole months unpaid after 党费交至 (this month not over yet): a warning, not a lapse.
    expect(reminders.arrears).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          member: { id: member.id, name: '吴二' },
          level: 'warning',
          duesMonths: 5,
          meetingMonths: 0,
        }),
      ]),
    )

    const quarter = periodOf(today, 'quarter').label
    const compliance = (
      await api(
        auth,
        'GET',
        `/party-meetings/compliance?organizationId=${branch.id}&period=${quarter}`,
      )
    ).json()
    const byType = Object.fromEntries(compliance.types.map((c: { type: string }) => [c.type, c]))
    expect(byType.member_meeting).toMatchObject({
      frequency: 'quarterly',
      required: 1,
      held: 1,
      compliant: true,
    })
    expect(byType.themed_day).toMatchObject({
      frequency: 'monthly',
      required: 3,
      held: 0,
      compliant: false,
    })
  })

  it('does not warn a branch without 党小组 that its 党小组会 was not held', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
    const auth = await signIn(t().app, clerk.username)
    const root = await seedPartyOrganization(t().db.prisma, { name: '三会一课党工委' })
    const create = async (parentId: string, level: 'branch' | 'group', name: string) => {
      const response = await api(auth, 'POST', '/party-organizations', {
        parentId,
        level,
        name,
        ...(level === 'branch' && { committeeIds: [committee.id] }),
      })
      expect(response.statusCode, response.body).toBe(201)
      return response.json() as { id: string }
    }
    const small = await create(root.id, 'branch', '小支部')
    const large = await create(root.id, 'branch', '大支部')
    await create(large.id, 'group', '第一党小组')

    // Nothing held this quarter: both branches are warned of what they owe.
    const reminders = (await api(auth, 'GET', '/party-reminders')).json()
    const typesWarned = (branch: { id: string }) =>
      new Set(
        (reminders.meetings as { organization: { id: string }; type: string }[])
          .filter((m) => m.organization.id === branch.id)
          .map((m) => m.type),
      )
    expect(typesWarned(small)).toContain('themed_day')
    expect(typesWarned(small)).not.toContain('group_meeting')
    expect(typesWarned(large)).toContain('group_meeting')

    const quarter = periodOf(today, 'quarter').label
    const typesJudged = async (branch: { id: string }) =>
      (
        await api(
          auth,
          'GET',
          `/party-meetings/compliance?organizationId=${branch.id}&period=${quarter}`,
        )
      )
        .json()
        .types.map((c: { type: string }) => c.type)
    expect(await typesJudged(small)).not.toContain('group_meeting')
    expect(await typesJudged(large)).toContain('group_meeting')
  })

  it('refuses meeting dates outside the years the records hold, in the list and when recording', async () => {
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const auth = await signIn(t().app, admin.username)
    const listed = await api(auth, 'GET', '/party-meetings?from=0000-01-01')
    expect(listed.statusCode).toBe(400)
    expect(listed.json().errors).toMatchObject([{ path: 'query.from', code: 'date_out_of_range' }])
    const root = (
      await api(auth, 'POST', '/party-organizations', {
        level: 'committee',
        name: '党工委',
        foundedOn: '0001-01-01',
      })
    ).json()
    expect(root.errors).toMatchObject([{ path: 'foundedOn', code: 'date_out_of_range' }])
  })
})
