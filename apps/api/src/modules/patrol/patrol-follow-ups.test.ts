import { describe, expect, it } from 'vitest'
import { addDays } from '@cr/shared/party/calendar'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import { seedUser } from '../../test/factories.ts'
import { seedPatrolFindings } from '../../test/patrol-findings.ts'
import { signIn } from '../../test/sign-in.ts'
import { testToday } from '../../test/test-clock.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

/** A clerk's committee with a patrol log holding an incident and a 盘查, and a staff owner. */
const setup = async () => {
  const clerk = await seedCommitteeClerk(t())
  const db = t().db.prisma
  const owner = await seedUser(db, {
    role: 'clerk',
    displayName: '社工刘洋',
    committeeIds: [clerk.committee.id],
  })
  const findings = await seedPatrolFindings(db, {
    committeeId: clerk.committee.id,
    leaderUserId: owner.id,
  })
  return { ...clerk, owner, ...findings }
}

const opened = addDays(testToday, -10)

describe('patrol follow-ups', () => {
  it('opens on an incident and on a 盘查, taking the log’s committee; changes, closes, removes', async () => {
    const { auth, committee, owner, logId, incidentId, questioningId } = await setup()
    const created = await api(auth, 'POST', '/patrol-follow-ups', {
      findingId: incidentId,
      ownerId: owner.id,
      openedOn: opened,
      dueOn: addDays(testToday, 5),
      note: '联系物业清理',
    })
    expect(created.statusCode, created.body).toBe(201)
    const onIncident = created.json()
    expect(onIncident).toMatchObject({
      committee: { id: committee.id },
      log: { id: logId, name: '2026-03-01 夜间巡逻队' },
      finding: { kind: 'incident', id: incidentId, type: 'fire_hazard' },
      owner: { id: owner.id, name: '社工刘洋' },
      state: 'open',
      closedOn: null,
    })

    const onQuestioning = await api(auth, 'POST', '/patrol-follow-ups', {
      findingId: questioningId,
      ownerId: owner.id,
      openedOn: opened,
      dueOn: opened,
    })
    expect(onQuestioning.statusCode, onQuestioning.body).toBe(201)
    expect(onQuestioning.json().finding).toMatchObject({
      kind: 'questioning',
      type: null,
      text: '陌生男子',
    })

    // One live follow-up a finding.
    const again = await api(auth, 'POST', '/patrol-follow-ups', {
      findingId: incidentId,
      ownerId: owner.id,
      openedOn: opened,
      dueOn: opened,
    })
    expect(again.statusCode).toBe(409)
    expect(again.json().errors).toMatchObject([
      { path: 'findingId', code: 'patrol_follow_up_exists' },
    ])

    const changed = await api(
      auth,
      'PATCH',
      `/patrol-follow-ups/${onIncident.id}`,
      { dueOn: addDays(testToday, 9), note: '物业已答复，本周清理' },
      onIncident.version,
    )
    expect(changed.statusCode, changed.body).toBe(200)
    expect(changed.json()).toMatchObject({
      dueOn: addDays(testToday, 9),
      note: '物业已答复，本周清理',
    })

    const closed = await api(
      auth,
      'POST',
      `/patrol-follow-ups/${onIncident.id}/close`,
      { closedOn: testToday, note: '杂物已清理，通道畅通' },
      changed.json().version,
    )
    expect(closed.statusCode, closed.body).toBe(200)
    expect(closed.json()).toMatchObject({
      state: 'closed',
      closedOn: testToday,
      closingNote: '杂物已清理，通道畅通',
    })

    // Closed: not closed twice, not changed after.
    const twice = await api(
      auth,
      'POST',
      `/patrol-follow-ups/${onIncident.id}/close`,
      { closedOn: testToday },
      closed.json().version,
    )
    expect(twice.statusCode).toBe(409)
    expect(twice.json().errors).toMatchObject([
      { path: 'closedOn', code: 'patrol_follow_up_closed' },
    ])
    const late = await api(
      auth,
      'PATCH',
      `/patrol-follow-ups/${onIncident.id}`,
      { note: '改' },
      closed.json().version,
    )
    expect(late.statusCode).toBe(409)

    const removed = await api(
      auth,
      'DELETE',
      `/patrol-follow-ups/${onIncident.id}`,
      undefined,
      closed.json().version,
    )
    expect(removed.statusCode).toBe(204)
    expect((await api(auth, 'GET', `/patrol-follow-ups/${onIncident.id}`)).statusCode).toBe(404)
    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityType: 'patrol_follow_up', entityId: onIncident.id },
      orderBy: { occurredAt: 'asc' },
    })
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update', 'delete'])
  })

  it('refuses a due date before it was opened, a closing before it, an unknown finding or owner', async () => {
    const { auth, owner, incidentId } = await setup()
    const early = await api(auth, 'POST', '/patrol-follow-ups', {
      findingId: incidentId,
      ownerId: owner.id,
      openedOn: opened,
      dueOn: addDays(opened, -1),
    })
    expect(early.statusCode).toBe(400)
    expect(early.json().errors).toMatchObject([
      { path: 'dueOn', code: 'patrol_follow_up_due_early' },
    ])

    const unknown = await api(auth, 'POST', '/patrol-follow-ups', {
      findingId: owner.id,
      ownerId: owner.id,
      openedOn: opened,
      dueOn: opened,
    })
    expect(unknown.json().errors).toMatchObject([
      { path: 'findingId', code: 'patrol_finding_unknown' },
    ])
    const stranger = await seedUser(t().db.prisma, { role: 'clerk' })
    const noAccess = await api(auth, 'POST', '/patrol-follow-ups', {
      findingId: incidentId,
      ownerId: stranger.id,
      openedOn: opened,
      dueOn: opened,
    })
    expect(noAccess.json().errors).toMatchObject([
      { path: 'ownerId', code: 'user_unknown_in_committee' },
    ])

    const created = await api(auth, 'POST', '/patrol-follow-ups', {
      findingId: incidentId,
      ownerId: owner.id,
      openedOn: opened,
      dueOn: testToday,
    })
    const followUp = created.json()
    const closedEarly = await api(
      auth,
      'POST',
      `/patrol-follow-ups/${followUp.id}/close`,
      { closedOn: addDays(opened, -1) },
      followUp.version,
    )
    expect(closedEarly.statusCode).toBe(400)
    expect(closedEarly.json().errors).toMatchObject([
      { path: 'closedOn', code: 'patrol_follow_up_closed_early' },
    ])
    const dueEarly = await api(
      auth,
      'PATCH',
      `/patrol-follow-ups/${followUp.id}`,
      { dueOn: addDays(opened, -2) },
      followUp.version,
    )
    expect(dueEarly.json().errors).toMatchObject([
      { path: 'dueOn', code: 'patrol_follow_up_due_early' },
    ])
  })

  it('is overdue once open past its due day (the fixed clock’s today); lists filter by state, team, owner, log', async () => {
    const { auth, committee, owner, teamId, logId, incidentId, questioningId } = await setup()
    const db = t().db.prisma
    const other = await seedPatrolFindings(db, {
      committeeId: committee.id,
      leaderUserId: owner.id,
      teamName: '楼长巡逻组',
      date: '2026-03-02',
    })
    const post = async (findingId: string, dueOn: string, ownerId = owner.id) => {
      const answer = await api(auth, 'POST', '/patrol-follow-ups', {
        findingId,
        ownerId,
        openedOn: opened,
        dueOn,
      })
      expect(answer.statusCode, answer.body).toBe(201)
      return answer.json()
    }
    const dueYesterday = await post(incidentId, addDays(testToday, -1))
    const dueToday = await post(questioningId, testToday)
    const toClose = await post(other.incidentId, addDays(testToday, -3))
    expect(dueYesterday.state).toBe('overdue')
    expect(dueToday.state).toBe('open')
    await api(
      auth,
      'POST',
      `/patrol-follow-ups/${toClose.id}/close`,
      { closedOn: testToday },
      toClose.version,
    )

    const ids = async (query: string) => {
      const answer = await api(auth, 'GET', `/patrol-follow-ups?${query}`)
      expect(answer.statusCode, answer.body).toBe(200)
      return answer.json().items.map((f: { id: string }) => f.id)
    }
    const scope = `committeeId=${committee.id}`
    expect(await ids(`${scope}&state=overdue`)).toEqual([dueYesterday.id])
    expect(await ids(`${scope}&state=open`)).toEqual([dueToday.id])
    expect(await ids(`${scope}&state=closed`)).toEqual([toClose.id])
    expect(await ids(`${scope}&open=true`)).toEqual([dueYesterday.id, dueToday.id])
    expect(await ids(`${scope}&teamId=${teamId}&sort=-dueOn`)).toEqual([
      dueToday.id,
      dueYesterday.id,
    ])
    expect(await ids(`${scope}&teamId=${other.teamId}`)).toEqual([toClose.id])
    expect(await ids(`logId=${logId}`)).toHaveLength(2)
    expect(await ids(`ownerId=${owner.id}&${scope}`)).toHaveLength(3)

    // A deleted log takes its follow-ups out of the lists.
    await db.patrolLog.update({ where: { id: other.logId }, data: { deletedAt: new Date() } })
    expect(await ids(scope)).toEqual([dueYesterday.id, dueToday.id])
  })

  it('keeps to the committee scope: another committee’s finding and follow-up are unknown', async () => {
    const mine = await setup()
    const theirs = await setup()
    const created = await api(theirs.auth, 'POST', '/patrol-follow-ups', {
      findingId: theirs.incidentId,
      ownerId: theirs.owner.id,
      openedOn: opened,
      dueOn: testToday,
    })
    const followUp = created.json()
    expect((await api(mine.auth, 'GET', `/patrol-follow-ups/${followUp.id}`)).statusCode).toBe(404)
    expect((await api(mine.auth, 'GET', '/patrol-follow-ups')).json().total).toBe(0)
    const closing = await api(
      mine.auth,
      'POST',
      `/patrol-follow-ups/${followUp.id}/close`,
      { closedOn: testToday },
      followUp.version,
    )
    expect(closing.statusCode).toBe(404)
    const onTheirs = await api(mine.auth, 'POST', '/patrol-follow-ups', {
      findingId: theirs.questioningId,
      ownerId: mine.owner.id,
      openedOn: opened,
      dueOn: testToday,
    })
    expect(onTheirs.json().errors).toMatchObject([
      { path: 'findingId', code: 'patrol_finding_unknown' },
    ])

    // A viewer reads, and may not write.
    const viewer = await seedUser(t().db.prisma, {
      role: 'viewer',
      committeeIds: [theirs.committee.id],
    })
    const viewerAuth = await signIn(t().app, viewer.username)
    expect((await api(viewerAuth, 'GET', `/patrol-follow-ups/${followUp.id}`)).statusCode).toBe(200)
    const refused = await api(viewerAuth, 'POST', '/patrol-follow-ups', {
      findingId: theirs.questioningId,
      ownerId: theirs.owner.id,
      openedOn: opened,
      dueOn: testToday,
    })
    expect(refused.statusCode).toBe(403)
  })
})
