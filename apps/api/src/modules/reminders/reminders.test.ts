import { describe, expect, it } from 'vitest'
import type { TReminderCount, TReminderPage } from '@cr/shared/reminders/reminder'
import { fixedClock } from '../../lib/clock.ts'
import { toDbDate } from '../../lib/dates.ts'
import { newId } from '../../lib/ids.ts'
import {
  apiRequest,
  seedClerkBranch,
  seedCommitteeClerk,
  type TAuth,
} from '../../test/api-request.ts'
import {
  seedBuilding,
  seedDwelling,
  seedPartyMember,
  seedRentalContract,
  seedRentalProperty,
  seedResident,
  seedUser,
} from '../../test/factories.ts'
import { seedPatrolFindings } from '../../test/patrol-findings.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

// A clock the test moves: the reminders are judged on its day (snoozes end by it).
let day = '2026-11-30'
const t = useTestApp({ clock: () => fixedClock(day)() })
const api = apiRequest(t)

/**
 * Committee 甲 (its clerk, branch, a probationary member, a rented dwelling whose contract ends
 * on 10 December, an overdue patrol follow-up) and committee 乙 (an overdue follow-up of its
 * own), on 30 November 2026.
 */
const setup = async () => {
  const db = t().db.prisma
  const cipher = t().app.cipher
  const mine = await seedClerkBranch(t())
  const theirs = await seedCommitteeClerk(t())
  const resident = await seedResident(db, cipher, { committeeId: mine.committee.id, name: '张三' })
  const member = await seedPartyMember(db, {
    residentId: resident.id,
    organizationId: mine.branch.id,
    status: 'probationary',
    joinedOn: '2025-12-10',
  })
  const building = await seedBuilding(db, { committeeId: mine.committee.id })
  const dwelling = await seedDwelling(db, { buildingId: building.id })
  const property = await seedRentalProperty(db, cipher, { dwellingId: dwelling.id })
  const contract = await seedRentalContract(db, {
    propertyId: property.id,
    leaseStartsOn: '2025-12-11',
    leaseEndsOn: '2026-12-10',
  })
  // A 低保 case in payment since 5 December 2025, reviewed yearly: due on 5 December 2026.
  const household = await db.household.create({
    data: {
      id: newId(),
      committeeId: mine.committee.id,
      dwellingId: dwelling.id,
      headResidentId: resident.id,
    },
  })
  const subsidyCase = await db.subsidyCase.create({
    data: {
      id: newId(),
      committeeId: mine.committee.id,
      householdId: household.id,
      applicantId: resident.id,
      appliedOn: toDbDate('2025-11-01'),
      stage: 'in_payment',
      stageEnteredOn: toDbDate('2025-12-05'),
      hardshipReason: 'illness',
      classification: 'stable',
      approvedOn: toDbDate('2025-12-05'),
    },
  })
  const followUp = async (committeeId: string, dueOn: string) => {
    const owner = await seedUser(db, { displayName: '李干事', committeeIds: [committeeId] })
    const findings = await seedPatrolFindings(db, { committeeId, leaderUserId: owner.id })
    return db.patrolFollowUp.create({
      data: {
        id: newId(),
        committeeId,
        logId: findings.logId,
        incidentId: findings.incidentId,
        ownerId: owner.id,
        openedOn: toDbDate('2026-11-02'),
        dueOn: toDbDate(dueOn),
      },
    })
  }
  const myFollowUp = await followUp(mine.committee.id, '2026-11-20')
  const theirFollowUp = await followUp(theirs.committee.id, '2026-11-25')
  return {
    mine,
    theirs,
    keys: {
      probation: `party.probation:${member.id}:2026-12-10`,
      contract: `rentals.contract-ending:${contract.id}:2026-12-10`,
      followUp: `patrol.follow-up-overdue:${myFollowUp.id}:2026-11-20`,
      theirFollowUp: `patrol.follow-up-overdue:${theirFollowUp.id}:2026-11-25`,
      review: `subsidies.review-due:${subsidyCase.id}:2026-12-05`,
    },
    ids: { member: member.id, property: property.id, followUp: myFollowUp.id },
  }
}

const list = async (auth: TAuth, query = '') => {
  const res = await api(auth, 'GET', `/reminders${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json() as TReminderPage
}
const count = async (auth: TAuth) => {
  const res = await api(auth, 'GET', '/reminders/count')
  expect(res.statusCode, res.body).toBe(200)
  return res.json() as TReminderCount
}
const keysOf = (page: TReminderPage) => page.items.map((r) => r.key)
const byKey = (page: TReminderPage, key: string) => page.items.find((r) => r.key === key)

describe('the reminders centre', () => {
  it('lists the modules’ reminders in the clerk’s committees, and keeps seen, snoozed and reopened', async () => {
    day = '2026-11-30'
    const { mine, theirs, keys, ids } = await setup()
    const admin = await signIn(t().app, (await seedUser(t().db.prisma, { role: 'admin' })).username)

    // Party, rentals and patrol, with their keys, severities, due dates, titles and records.
    const open = await list(mine.auth, '?limit=100')
    expect(keysOf(open)).toEqual(
      expect.arrayContaining([keys.probation, keys.contract, keys.followUp, keys.review]),
    )
    expect(byKey(open, keys.review)).toMatchObject({
      module: 'subsidies',
      kind: 'subsidies.review-due',
      severity: 'medium',
      dueOn: '2026-12-05',
      title: '张三户 低保复核将于2026-12-05到期',
      subject: { recordType: 'subsidy_case' },
    })
    expect(keysOf(open)).not.toContain(keys.theirFollowUp)
    expect(byKey(open, keys.probation)).toMatchObject({
      module: 'party',
      kind: 'party.probation',
      severity: 'low',
      dueOn: '2026-12-10',
      committee: { id: mine.committee.id },
      title: '张三 预备期将于2026-12-10届满',
      subject: { recordType: 'party_member', recordId: ids.member, label: '张三' },
      state: 'open',
    })
    expect(byKey(open, keys.contract)).toMatchObject({
      module: 'rentals',
      kind: 'rentals.contract-ending',
      severity: 'low',
      dueOn: '2026-12-10',
      subject: { recordType: 'rental_property', recordId: ids.property },
    })
    expect(byKey(open, keys.followUp)).toMatchObject({
      module: 'patrol',
      kind: 'patrol.follow-up-overdue',
      severity: 'high',
      dueOn: '2026-11-20',
      subject: { recordType: 'patrol_follow_up', recordId: ids.followUp },
    })
    // By due date, then severity.
    const dues = open.items.map((r) => r.dueOn ?? '9999-12-31')
    expect(dues).toEqual([...dues].sort())
    expect(open.total).toBe(open.items.length)
    // English titles by Accept-Language.
    const english = await t().app.inject({
      url: '/api/v1/reminders?module=party',
      headers: { ...mine.auth, 'accept-language': 'en' },
    })
    expect(byKey(english.json(), keys.probation)?.title).toBe('张三: probation ends on 2026-12-10')
    // Filters.
    expect(keysOf(await list(mine.auth, '?module=patrol'))).toEqual([keys.followUp])
    expect(keysOf(await list(mine.auth, '?severity=high&module=patrol'))).toEqual([keys.followUp])
    expect(keysOf(await list(mine.auth, '?q=预备期&module=party'))).toEqual([keys.probation])
    expect(keysOf(await list(mine.auth, `?committeeId=${theirs.committee.id}`))).toEqual([])
    // The other committee's clerk sees theirs only; the administrator both.
    expect(keysOf(await list(theirs.auth))).toEqual([keys.theirFollowUp])
    expect(keysOf(await list(admin, '?module=patrol'))).toEqual(
      expect.arrayContaining([keys.followUp, keys.theirFollowUp]),
    )
    const before = await count(mine.auth)
    expect(before.total).toBe(open.total)
    expect(before.high + before.medium + before.low).toBe(before.total)

    // 标为已读: gone from the open list and the count, listed as seen with who did it.
    const seen = await api(mine.auth, 'POST', '/reminders/seen', { keys: [keys.followUp] })
    expect(seen.statusCode, seen.body).toBe(200)
    expect(seen.json().items[0]).toMatchObject({ key: keys.followUp, state: 'seen' })
    expect(keysOf(await list(mine.auth, '?limit=100'))).not.toContain(keys.followUp)
    expect(await count(mine.auth)).toMatchObject({ total: before.total - 1, high: before.high - 1 })
    expect(byKey(await list(mine.auth, '?state=seen'), keys.followUp)).toMatchObject({
      state: 'seen',
      handledBy: '测试用户',
    })
    // Office-wide: the administrator sees it seen too.
    expect(byKey(await list(admin, '?state=all&module=patrol'), keys.followUp)?.state).toBe('seen')

    // 暂缓 until 5 December with a reason: hidden until then, audited with the reason.
    const snoozed = await api(mine.auth, 'POST', '/reminders/snooze', {
      key: keys.contract,
      until: '2026-12-05',
      reason: '房东出差，回来后续签',
    })
    expect(snoozed.statusCode, snoozed.body).toBe(200)
    expect(keysOf(await list(mine.auth, '?limit=100'))).not.toContain(keys.contract)
    expect(byKey(await list(mine.auth, '?state=snoozed'), keys.contract)).toMatchObject({
      state: 'snoozed',
      snoozedUntil: '2026-12-05',
      reason: '房东出差，回来后续签',
    })
    expect((await count(mine.auth)).total).toBe(before.total - 2)
    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityType: 'reminder', entityId: keys.contract },
    })
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      action: 'update',
      committeeId: mine.committee.id,
      reason: '房东出差，回来后续签',
      before: expect.objectContaining({ state: 'open', snoozedUntil: null }),
      after: expect.objectContaining({ state: 'snoozed', snoozedUntil: '2026-12-05' }),
    })
    const stored = await t().db.prisma.reminderState.findUniqueOrThrow({
      where: { reminderKey: keys.contract },
    })
    expect(stored).toMatchObject({ state: 'snoozed', committeeId: mine.committee.id })

    // On 5 December it is back.
    day = '2026-12-05'
    expect(byKey(await list(mine.auth, '?limit=100'), keys.contract)).toMatchObject({
      state: 'open',
      snoozedUntil: '2026-12-05',
    })
    day = '2026-11-30'

    // 恢复: the seen one is open again, audited.
    const reopened = await api(mine.auth, 'POST', '/reminders/reopen', { key: keys.followUp })
    expect(reopened.statusCode, reopened.body).toBe(200)
    expect(byKey(await list(mine.auth, '?limit=100'), keys.followUp)?.state).toBe('open')
    expect(
      await t().db.prisma.reminderState.findUnique({ where: { reminderKey: keys.followUp } }),
    ).toBeNull()
    expect(
      await t().db.prisma.auditEvent.count({
        where: { entityType: 'reminder', entityId: keys.followUp },
      }),
    ).toBe(2)
  })

  it('refuses keys the caller does not see, bad snoozes, and callers without the permission', async () => {
    day = '2026-11-30'
    const { mine, keys } = await setup()
    const fields = (res: { json: () => unknown }) =>
      (res.json() as { errors: { path: string; code: string }[] }).errors
    // Another committee's reminder answers as one that does not exist, and nothing is stored.
    for (const key of [keys.theirFollowUp, 'patrol.follow-up-overdue:nothing:2026-11-20']) {
      const snooze = await api(mine.auth, 'POST', '/reminders/snooze', {
        key,
        until: '2026-12-05',
        reason: '原因',
      })
      expect(snooze.statusCode).toBe(400)
      expect(fields(snooze)).toEqual([
        expect.objectContaining({ path: 'key', code: 'reminder_unknown' }),
      ])
      const reopen = await api(mine.auth, 'POST', '/reminders/reopen', { key })
      expect(fields(reopen)).toEqual([
        expect.objectContaining({ path: 'key', code: 'reminder_unknown' }),
      ])
      const seen = await api(mine.auth, 'POST', '/reminders/seen', { keys: [keys.followUp, key] })
      expect(fields(seen)).toEqual([
        expect.objectContaining({ path: 'keys.1', code: 'reminder_unknown' }),
      ])
    }
    expect(
      await t().db.prisma.reminderState.count({
        where: { reminderKey: { in: [keys.followUp, keys.theirFollowUp] } },
      }),
    ).toBe(0)
    // Snooze: a day after today, and a reason.
    const today = await api(mine.auth, 'POST', '/reminders/snooze', {
      key: keys.followUp,
      until: '2026-11-30',
      reason: '原因',
    })
    expect(fields(today)).toEqual([
      expect.objectContaining({ path: 'until', code: 'reminder_snooze_not_future' }),
    ])
    const blank = await api(mine.auth, 'POST', '/reminders/snooze', {
      key: keys.followUp,
      until: '2026-12-05',
      reason: '  ',
    })
    expect(blank.statusCode).toBe(400)
    expect(fields(blank)[0]).toMatchObject({ path: 'reason', message: '请填写暂缓的原因' })
    const long = await api(mine.auth, 'POST', '/reminders/snooze', {
      key: keys.followUp,
      until: '2026-12-05',
      reason: '长'.repeat(201),
    })
    expect(long.statusCode).toBe(400)
    // A field role reads none; a viewer reads but does not write.
    const patroller = await seedUser(t().db.prisma, {
      role: 'patrol_member',
      committeeIds: [mine.committee.id],
    })
    const field = await signIn(t().app, patroller.username)
    expect((await api(field, 'GET', '/reminders')).statusCode).toBe(403)
    expect((await api(field, 'GET', '/reminders/count')).statusCode).toBe(403)
    const viewer = await signIn(
      t().app,
      (await seedUser(t().db.prisma, { role: 'viewer', committeeIds: [mine.committee.id] }))
        .username,
    )
    expect(keysOf(await list(viewer, '?module=patrol'))).toEqual([keys.followUp])
    const write = await api(viewer, 'POST', '/reminders/seen', { keys: [keys.followUp] })
    expect(write.statusCode).toBe(403)
  })
})
