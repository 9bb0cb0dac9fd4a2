import { describe, expect, it } from 'vitest'
import {
  apiRequest,
  seedClerkBranch,
  seedCommitteeClerk,
  type TAuth,
} from '../../test/api-request.ts'
import {
  seedBuilding,
  seedPartyMember,
  seedPartyOrganization,
  seedResident,
  testIdNumber,
} from '../../test/factories.ts'
import { settledJob, uploadLedger } from '../../test/imports.ts'
import { testToday } from '../../test/test-clock.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

/** A clerk's committee with a household (张建国 head, 李秀兰 spouse, 张伟 son) in 2 单元 502. */
const setup = async () => {
  const { committee, auth } = await seedCommitteeClerk(t())
  const building = (
    await api(auth, 'POST', '/buildings', {
      committeeId: committee.id,
      street: '胜利路',
      buildingNumber: '18号楼',
      estateName: '阳光小区',
    })
  ).json()
  const dwelling = (
    await api(auth, 'POST', '/dwellings', { buildingId: building.id, unit: '2', room: '502' })
  ).json()
  const person = (name: string, birthDate: string) =>
    seedResident(t().db.prisma, t().app.cipher, {
      committeeId: committee.id,
      name,
      idNumber: testIdNumber({ birthDate }),
    })
  const head = await person('张建国', '1950-03-01')
  const spouse = await person('李秀兰', '1952-06-01')
  const son = await person('张伟', '1980-09-01')
  const household = await api(auth, 'POST', '/households', {
    dwellingId: dwelling.id,
    headResidentId: head.id,
    members: [
      { residentId: spouse.id, relationship: '10' },
      { residentId: son.id, relationship: '20' },
    ],
    movedInOn: '2010-05-01',
  })
  expect(household.statusCode, household.body).toBe(201)
  return { committee, auth, dwelling, household: household.json(), head, spouse, son }
}

const record = (auth: TAuth, id: string, body: object) =>
  api(auth, 'POST', `/residents/${id}/life-events`, body)
const listIds = async (auth: TAuth, query: string) => {
  const response = await api(auth, 'GET', `/residents?limit=100${query}`)
  expect(response.statusCode, response.body).toBe(200)
  return {
    ids: response.json().items.map((r: { id: string }) => r.id),
    total: response.json().total,
  }
}

describe('life events: a person who left is out of the current population', () => {
  it('迁出 ends the membership, keeps the former household in the history, and takes the person out of the default list and counts; the filter brings them back', async () => {
    const { committee, auth, household, son } = await setup()
    const before = await listIds(auth, `&committeeId=${committee.id}`)
    expect(before.ids).toContain(son.id)

    const moved = await record(auth, son.id, {
      type: 'moved_out',
      date: '2026-11-02',
      destination: '北京市朝阳区',
      documentNumber: '准迁证 110105-2026-0012',
    })
    expect(moved.statusCode, moved.body).toBe(200)
    expect(moved.json()).toMatchObject({ status: 'moved_out', household: null })

    // Out of the default list and its count (this fails without the status filter)…
    const after = await listIds(auth, `&committeeId=${committee.id}`)
    expect(after.ids).not.toContain(son.id)
    expect(after.total).toBe(before.total - 1)
    // …and back with the 状态 filter.
    expect((await listIds(auth, '&status=moved_out')).ids).toEqual([son.id])
    const all = await listIds(auth, '&status=all')
    expect(all.ids).toContain(son.id)
    expect(all.total).toBe(before.total)
    expect((await listIds(auth, '&status=deceased')).ids).toEqual([])

    // The household's member count drops, and its history says who left, when and why.
    const now = (await api(auth, 'GET', `/households/${household.id}`)).json()
    expect(now.members.map((m: { resident: { id: string } }) => m.resident.id)).not.toContain(
      son.id,
    )
    expect(now.members).toHaveLength(household.members.length - 1)
    const history = (await api(auth, 'GET', `/households/${household.id}/history`)).json()
    expect(history.items[0]).toMatchObject({
      type: 'moved_out',
      occurredOn: '2026-11-02',
      resident: { id: son.id },
      reason: '迁出：北京市朝阳区',
    })
    const member = await t().db.prisma.householdMember.findFirstOrThrow({
      where: { residentId: son.id },
    })
    expect(member.leftOn?.toISOString().slice(0, 10)).toBe('2026-11-02')
    expect(member.leftReason).toBe('迁出：北京市朝阳区')

    // The person's history keeps the former household (原属户).
    const events = (await api(auth, 'GET', `/residents/${son.id}/life-events`)).json()
    expect(events.items).toEqual([
      expect.objectContaining({
        type: 'moved_out',
        occurredOn: '2026-11-02',
        statusBefore: 'active',
        statusAfter: 'moved_out',
        destination: '北京市朝阳区',
        documentNumber: '准迁证 110105-2026-0012',
        household: { id: household.id, address: expect.stringContaining('502') },
        relationship: '20',
        correctedBy: null,
      }),
    ])

    // Audited: the resident's step (status before → after, the event noted) and the household's.
    const audits = await t().db.prisma.auditEvent.findMany({
      where: { entityId: { in: [son.id, household.id] }, action: 'update' },
    })
    const residentAudit = audits.find((a) => a.entityId === son.id)
    expect(residentAudit).toMatchObject({
      entityType: 'resident',
      before: expect.objectContaining({ status: 'active' }),
      after: expect.objectContaining({
        status: 'moved_out',
        lifeEvent: expect.objectContaining({ type: 'moved_out', date: '2026-11-02' }),
      }),
    })
    expect(audits.some((a) => a.entityId === household.id && a.entityType === 'household')).toBe(
      true,
    )
  })

  it('死亡 closes the record: no further events or edits, no household, only an audited correction with a reason opens it again', async () => {
    const { auth, spouse, dwelling } = await setup()
    const died = await record(auth, spouse.id, {
      type: 'deceased',
      date: '2026-10-20',
      documentNumber: '死亡医学证明 A123',
    })
    expect(died.statusCode, died.body).toBe(200)
    expect(died.json().status).toBe('deceased')

    const again = await record(auth, spouse.id, {
      type: 'moved_out',
      date: '2026-11-01',
      destination: '上海市',
    })
    expect(again.statusCode).toBe(409)
    expect(again.headers['content-type']).toContain('application/problem+json')
    expect(again.json().errors).toEqual([
      expect.objectContaining({ path: 'type', code: 'resident_deceased' }),
    ])
    expect(again.json().errors[0].message).toContain('已登记死亡')
    expect((await record(auth, spouse.id, { type: 'returned', date: testToday })).statusCode).toBe(
      409,
    )
    const edit = await api(auth, 'PATCH', `/residents/${spouse.id}`, { notes: '改' }, 2)
    expect(edit.statusCode).toBe(409)
    expect(edit.json().errors[0].code).toBe('resident_deceased')
    // Not offered for a new household: the default list (the pickers' source) leaves them out…
    expect((await listIds(auth, '&q=李秀兰')).ids).toEqual([])
    // …and a household refuses them.
    const household = await api(auth, 'POST', '/households', {
      dwellingId: dwelling.id,
      headResidentId: spouse.id,
    })
    expect(household.statusCode).toBe(409)
    expect(household.json().errors[0]).toMatchObject({
      path: 'headResidentId',
      code: 'resident_deceased',
    })

    // …and no party roll takes them.
    const root = await seedPartyOrganization(t().db.prisma)
    const branch = await api(auth, 'POST', '/party-organizations', {
      parentId: root.id,
      level: 'branch',
      name: '第一党支部',
      branchType: 'community',
      committeeIds: [spouse.committeeId],
    })
    expect(branch.statusCode, branch.body).toBe(201)
    const member = await api(auth, 'POST', '/party-members', {
      residentId: spouse.id,
      organizationId: branch.json().id,
      joinedOn: '1980-07-01',
    })
    expect(member.statusCode, member.body).toBe(409)
    expect(member.json().errors[0]).toMatchObject({ path: 'residentId', code: 'resident_deceased' })

    const noReason = await record(auth, spouse.id, { type: 'corrected', date: testToday })
    expect(noReason.statusCode).toBe(400)
    expect(noReason.json().errors[0]).toMatchObject({
      path: 'reason',
      code: 'life_event_reason_required',
      message: '更正需说明原因（至少 2 个字）',
    })
    const corrected = await record(auth, spouse.id, {
      type: 'corrected',
      date: testToday,
      reason: '误登记，本人健在',
    })
    expect(corrected.statusCode, corrected.body).toBe(200)
    expect(corrected.json().status).toBe('active')
    const events = (await api(auth, 'GET', `/residents/${spouse.id}/life-events`)).json().items
    expect(events.map((e: { type: string }) => e.type)).toEqual(['corrected', 'deceased'])
    expect(events[0]).toMatchObject({ correctsEventId: events[1].id, statusAfter: 'active' })
    expect(events[1].correctedBy).toBe(events[0].id)
    const audit = await t().db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: spouse.id, action: 'update' },
      orderBy: { occurredAt: 'desc' },
    })
    expect(audit.after).toMatchObject({
      status: 'active',
      lifeEvent: { type: 'corrected', reason: '误登记，本人健在' },
    })
  })

  it('死亡 takes the person off the party roll and off their 楼长 posts; 迁出 off the posts only; each change audited', async () => {
    const { committee, auth, branch } = await seedClerkBranch(t())
    const db = t().db.prisma
    const person = (name: string) =>
      seedResident(db, t().app.cipher, { committeeId: committee.id, name })
    const [deceased, movedOut, stays] = await Promise.all(
      ['王德明', '赵丽', '钱进'].map((name) => person(name)),
    )
    const building = await seedBuilding(db, { committeeId: committee.id })
    const leaders = await api(auth, 'PUT', `/buildings/${building.id}/leaders`, {
      residentIds: [deceased!.id, movedOut!.id, stays!.id],
    })
    expect(leaders.statusCode, leaders.body).toBe(200)
    const member = await seedPartyMember(db, {
      residentId: deceased!.id,
      organizationId: branch.id,
    })

    const died = await record(auth, deceased!.id, { type: 'deceased', date: '2026-11-20' })
    expect(died.statusCode, died.body).toBe(200)
    const roll = await api(auth, 'GET', `/party-members/${member.id}`)
    expect(roll.json()).toMatchObject({ state: 'deceased' })
    const history = await api(auth, 'GET', `/party-members/${member.id}/history`)
    expect(history.json().items.at(-1)).toMatchObject({
      type: 'deceased',
      occurredOn: '2026-11-20',
    })
    // Off the roll: the default list (在册) no longer has them.
    const active = await api(auth, 'GET', '/party-members?limit=100')
    expect(active.json().items.map((m: { id: string }) => m.id)).not.toContain(member.id)
    expect(
      await db.auditEvent.findFirst({
        where: { entityType: 'party_member', entityId: member.id, action: 'update' },
      }),
    ).toMatchObject({ committeeId: committee.id, after: { state: 'deceased', on: '2026-11-20' } })

    const moved = await record(auth, movedOut!.id, {
      type: 'moved_out',
      date: '2026-11-25',
      destination: '北京市',
    })
    expect(moved.statusCode, moved.body).toBe(200)
    const after = await api(auth, 'GET', `/buildings/${building.id}`)
    expect(after.json().leaders.map((l: { name: string }) => l.name)).toEqual(['钱进'])
    // One audited step per post ended, besides the one that set them.
    expect(
      await db.auditEvent.count({
        where: { entityType: 'building', entityId: building.id, action: 'update' },
      }),
    ).toBe(3)
  })

  it('失踪, 入伍, 服刑 end with 返回; the head leaves only after the head is changed', async () => {
    const { auth, son, head } = await setup()
    const gone = await record(auth, son.id, { type: 'enlisted', date: '2025-09-10' })
    expect(gone.json().status).toBe('enlisted')
    const twice = await record(auth, son.id, { type: 'missing', date: '2025-10-01' })
    expect(twice.statusCode).toBe(409)
    expect(twice.json().errors[0].code).toBe('resident_not_active')
    const early = await record(auth, son.id, { type: 'returned', date: '2025-09-01' })
    expect(early.statusCode).toBe(400)
    expect(early.json().errors[0]).toMatchObject({
      path: 'date',
      code: 'life_event_date_before_last',
    })
    const back = await record(auth, son.id, {
      type: 'returned',
      date: '2026-09-10',
      reason: '退役',
    })
    expect(back.statusCode, back.body).toBe(200)
    expect(back.json().status).toBe('active')
    expect((await record(auth, son.id, { type: 'returned', date: testToday })).statusCode).toBe(409)

    const headLeaves = await record(auth, head.id, { type: 'imprisoned', date: '2026-11-01' })
    expect(headLeaves.statusCode).toBe(409)
    expect(headLeaves.json().errors[0].code).toBe('head_cannot_leave')
    expect((await api(auth, 'GET', `/residents/${head.id}`)).json().status).toBe('active')
  })

  it.each([
    [
      'a date before birth',
      { type: 'missing', date: '1949-01-01' },
      'date',
      'life_event_date_before_birth',
      '变动日期不能早于出生日期',
    ],
    [
      'a date after today',
      { type: 'missing', date: '2026-12-01' },
      'date',
      'life_event_date_in_future',
      '变动日期不能晚于今天',
    ],
    [
      'an unknown type',
      { type: 'emigrated_to_mars', date: '2026-11-01' },
      'type',
      undefined,
      undefined,
    ],
    [
      'a move out without destination',
      { type: 'moved_out', date: '2026-11-01' },
      'destination',
      'life_event_destination_required',
      '迁出需填写迁往地',
    ],
  ])(
    'refuses %s with a Chinese field error and writes nothing',
    async (_what, body, path, code, message) => {
      const { auth, head } = await setup()
      const response = await api(auth, 'POST', `/residents/${head.id}/life-events`, body, undefined)
      expect(response.statusCode).toBe(400)
      expect(response.headers['content-type']).toContain('application/problem+json')
      const error = response.json().errors.find((e: { path: string }) => e.path === path)
      expect(error, response.body).toBeDefined()
      if (code) expect(error).toMatchObject({ code, message })
      else expect(error.message).toMatch(/[\u4e00-\u9fff]/)
      expect(await t().db.prisma.residentEvent.count({ where: { residentId: head.id } })).toBe(0)
      expect((await api(auth, 'GET', `/residents/${head.id}`)).json().status).toBe('active')
    },
  )

  it('two clerks recording at once: one event stands, the other is refused; a replay answers the same', async () => {
    const { auth, son } = await setup()
    const answers = await Promise.all(
      ['2026-11-01', '2026-11-02'].map((date) =>
        record(auth, son.id, { type: 'moved_out', date, destination: '上海市' }),
      ),
    )
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409])
    expect(await t().db.prisma.residentEvent.count({ where: { residentId: son.id } })).toBe(1)
    expect(
      await t().db.prisma.householdEvent.count({
        where: { residentId: son.id, type: 'moved_out' },
      }),
    ).toBe(1)

    const once = () =>
      t().app.inject({
        method: 'POST',
        url: `/api/v1/residents/${son.id}/life-events`,
        headers: { ...auth, 'idempotency-key': `le-${son.id}` },
        payload: { type: 'returned', date: testToday },
      })
    const first = await once()
    expect(first.statusCode, first.body).toBe(200)
    const replay = await once()
    expect(replay.statusCode).toBe(200)
    expect(replay.json()).toEqual(first.json())
    expect(await t().db.prisma.residentEvent.count({ where: { residentId: son.id } })).toBe(2)
  })

  it('a clerk of another committee gets 404 and changes nothing', async () => {
    const { son } = await setup()
    const { auth: stranger } = await seedCommitteeClerk(t())
    const write = await record(stranger, son.id, { type: 'missing', date: '2026-11-01' })
    expect(write.statusCode).toBe(404)
    expect((await api(stranger, 'GET', `/residents/${son.id}/life-events`)).statusCode).toBe(404)
    expect(await t().db.prisma.residentEvent.count({ where: { residentId: son.id } })).toBe(0)
  })

  it('a residents ledger does not bring back a deceased person (a row error), nor place a moved-out one in a household', async () => {
    const { committee, auth, spouse, son } = await setup()
    const idOf = async (id: string) => {
      const row = await t().db.prisma.resident.findUniqueOrThrow({ where: { id } })
      return t().app.cipher.decrypt(row.idNumberCipher)
    }
    const spouseId = await idOf(spouse.id)
    const sonId = await idOf(son.id)
    expect(
      (await record(auth, spouse.id, { type: 'deceased', date: '2026-10-20' })).statusCode,
    ).toBe(200)
    expect(
      (await record(auth, son.id, { type: 'moved_out', date: '2026-10-21', destination: '上海市' }))
        .statusCode,
    ).toBe(200)
    const header = ['姓名', '身份证号', '联系电话', '与户主关系', '街路巷', '楼号', '单元', '室号']
    const rows = [
      ['李秀兰', spouseId, '13900000001', '', '', '', '', ''],
      ['张伟', sonId, '', '20', '胜利路', '18号楼', '2', '502'],
      ['王新', testIdNumber({ birthDate: '1990-01-01' }), '', '', '', '', '', ''],
    ]
    const upload = await uploadLedger(
      t().app,
      auth,
      {
        name: '花名册.csv',
        content: Buffer.from([header, ...rows].map((r) => r.join(',')).join('\n')),
      },
      {
        type: 'residents',
        committeeId: committee.id,
        dryRun: false,
        onConflict: 'update',
        mode: 'skip_invalid',
      },
    )
    expect(upload.statusCode, upload.body).toBe(202)
    const job = await settledJob(t().app, auth, upload.json().id)
    expect(job.problems.map((p) => [p.rowNumber, p.code, p.message])).toEqual(
      expect.arrayContaining([
        [2, 'resident_deceased', expect.stringContaining('已登记死亡')],
        [3, 'resident_not_active', expect.stringContaining('不在册')],
      ]),
    )
    expect(job.counts).toMatchObject({ created: 1, updated: 0 })
    const spouseNow = await t().db.prisma.resident.findUniqueOrThrow({ where: { id: spouse.id } })
    expect(spouseNow).toMatchObject({ status: 'deceased', phoneHash: null })
    expect(
      await t().db.prisma.householdMember.count({ where: { residentId: son.id, leftOn: null } }),
    ).toBe(0)
  })
})
