import { relationshipSexMismatch } from '@cr/shared/code-tables/relationship'
import { describe, expect, it } from 'vitest'
import { seedCommittee, seedResident, seedUser, testIdNumber } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { relationshipSexWarning } from '../residents/people.import-build.ts'

const t = useTestApp()

type TAuth = Record<string, string>
const api = (
  auth: TAuth,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) =>
  t().app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...auth, ...headers },
    ...(payload ? { payload } : {}),
  })

/** A committee with a clerk, a dwelling and two residents in no household. */
const setup = async () => {
  const committee = await seedCommittee(t().db.prisma)
  const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  const auth = await signIn(t().app, clerk.username)
  const building = (
    await api(auth, 'POST', '/buildings', {
      committeeId: committee.id,
      street: '胜利路',
      buildingNumber: '18号楼',
    })
  ).json()
  const dwelling = (
    await api(auth, 'POST', '/dwellings', { buildingId: building.id, unit: '2', room: '502' })
  ).json()
  const [father, mother] = await Promise.all(
    ['张建国', '李秀兰'].map((name) =>
      seedResident(t().db.prisma, t().app.cipher, { committeeId: committee.id, name }),
    ),
  )
  return { committee, auth, dwelling, father: father!, mother: mother! }
}

const counts = async () => ({
  residents: await t().db.prisma.resident.count(),
  households: await t().db.prisma.household.count(),
  members: await t().db.prisma.householdMember.count(),
  audit: await t().db.prisma.auditEvent.count(),
})

type TMember = { resident: { id: string; name: string }; relationship: string }
const memberLines = (household: { members: TMember[] }) =>
  household.members.map((m) => `${m.resident.name}:${m.relationship}`)

describe('registering a household in one step (登记住户)', () => {
  it('creates the household with two residents and a new person, audited once per record', async () => {
    const { auth, committee, dwelling, father, mother } = await setup()
    const sonNumber = testIdNumber({ birthDate: '2008-03-15', male: true })
    const answer = await api(
      auth,
      'POST',
      '/households/register',
      {
        dwellingId: dwelling.id,
        members: [
          { kind: 'resident', residentId: mother.id, relationship: '10' },
          { kind: 'resident', residentId: father.id, relationship: '02' },
          {
            kind: 'new',
            name: ' 张小伟 ',
            idNumber: sonNumber,
            phone: '13800138000',
            relationship: '20',
          },
        ],
        movedInOn: '2024-05-01',
      },
      { 'idempotency-key': 'register-1' },
    )
    expect(answer.statusCode).toBe(201)
    const household = answer.json()
    expect(household.head).toMatchObject({ id: father.id })
    expect(memberLines(household)).toEqual(['张建国:02', '李秀兰:10', '张小伟:20'])
    expect(JSON.stringify(household)).not.toContain(sonNumber)

    // The new person is a resident like any other: in the dwelling's committee, sex and birth
    // date from the number, the number encrypted and found by its blind index.
    const son = household.members[2].resident
    const resident = (await api(auth, 'GET', `/residents/${son.id}`)).json()
    expect(resident).toMatchObject({
      name: '张小伟',
      sex: '1',
      birthDate: '2008-03-15',
      committee: { id: committee.id },
      household: { id: household.id, relationship: '20', isHead: false },
    })
    const row = await t().db.prisma.resident.findUniqueOrThrow({ where: { id: son.id } })
    expect(row.idNumberHash).toBe(t().app.cipher.blindIndex(sonNumber))
    expect(JSON.stringify(row)).not.toContain(sonNumber)

    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityId: { in: [household.id, son.id, father.id, mother.id] } },
    })
    expect(audit.map((e) => `${e.entityType}:${e.action}`).sort()).toEqual([
      'household:create',
      'resident:create',
    ])
    const history = (await api(auth, 'GET', `/households/${household.id}/history`)).json().items
    expect(history.map((e: { type: string; occurredOn: string }) => e.type).sort()).toEqual([
      'created',
      'moved_in',
      'moved_in',
    ])

    // A retry with the same key gets the same answer and writes nothing more.
    const before = await counts()
    const replay = await api(
      auth,
      'POST',
      '/households/register',
      {
        dwellingId: dwelling.id,
        members: [
          { kind: 'resident', residentId: mother.id, relationship: '10' },
          { kind: 'resident', residentId: father.id, relationship: '02' },
          {
            kind: 'new',
            name: ' 张小伟 ',
            idNumber: sonNumber,
            phone: '13800138000',
            relationship: '20',
          },
        ],
        movedInOn: '2024-05-01',
      },
      { 'idempotency-key': 'register-1' },
    )
    expect(replay.statusCode).toBe(201)
    expect(replay.json().id).toBe(household.id)
    expect(await counts()).toEqual(before)
  })

  it('writes nothing when the third row’s ID number is invalid, and says which row', async () => {
    const { auth, dwelling, father, mother } = await setup()
    const before = await counts()
    const valid = testIdNumber({ male: false })
    const wrongCheckDigit = `${valid.slice(0, 17)}${valid.endsWith('0') ? '1' : '0'}`
    const answer = await api(auth, 'POST', '/households/register', {
      dwellingId: dwelling.id,
      members: [
        { kind: 'resident', residentId: father.id, relationship: '02' },
        { kind: 'new', name: '王芳', idNumber: testIdNumber({ male: false }), relationship: '30' },
        { kind: 'new', name: '王丽', idNumber: wrongCheckDigit, relationship: '30' },
        { kind: 'resident', residentId: mother.id, relationship: '10' },
      ],
    })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().errors).toEqual([
      {
        path: 'members.2.idNumber',
        code: 'id_number_check_digit',
        message: '身份证号校验位错误，请核对每一位',
      },
    ])
    expect(await counts()).toEqual(before)
  })

  it('refuses a number already registered at its row, after a new person was written, and rolls both back', async () => {
    const { auth, dwelling, committee, father } = await setup()
    const taken = testIdNumber()
    const holder = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: committee.id,
      name: '赵先生',
      idNumber: taken,
    })
    const before = await counts()
    const answer = await api(auth, 'POST', '/households/register', {
      dwellingId: dwelling.id,
      members: [
        { kind: 'resident', residentId: father.id, relationship: '02' },
        { kind: 'new', name: '新人', idNumber: testIdNumber(), relationship: '20' },
        { kind: 'new', name: '赵先生', idNumber: taken, relationship: '99' },
      ],
    })
    expect(answer.statusCode).toBe(409)
    expect(answer.json()).toMatchObject({
      code: 'conflict',
      errors: [{ path: 'members.2.idNumber', code: 'id_number_taken' }],
      existing: { type: 'resident', id: holder.id },
    })
    expect(await counts()).toEqual(before)
  })

  it('names every wrong row at once, and needs exactly one head', async () => {
    const { auth, dwelling, father, mother } = await setup()
    const before = await counts()
    const noHead = await api(auth, 'POST', '/households/register', {
      dwellingId: dwelling.id,
      members: [{ kind: 'resident', residentId: father.id, relationship: '10' }],
    })
    expect(noHead.json().errors).toMatchObject([{ path: 'members', code: 'household_head_count' }])
    const twice = await api(auth, 'POST', '/households/register', {
      dwellingId: dwelling.id,
      members: [
        { kind: 'resident', residentId: father.id, relationship: '02' },
        { kind: 'resident', residentId: father.id, relationship: '10' },
      ],
    })
    expect(twice.json().errors).toMatchObject([
      { path: 'members.1.residentId', code: 'member_repeated' },
    ])
    const housed = (
      await api(auth, 'POST', '/households', { dwellingId: dwelling.id, headResidentId: mother.id })
    ).json()
    expect(housed.id).toBeTruthy()
    const rows = await api(auth, 'POST', '/households/register', {
      dwellingId: dwelling.id,
      members: [
        { kind: 'resident', residentId: father.id, relationship: '02' },
        { kind: 'resident', residentId: mother.id, relationship: '10' },
        {
          kind: 'resident',
          residentId: '00000000-0000-4000-8000-000000000000',
          relationship: '20',
        },
      ],
    })
    expect(rows.statusCode).toBe(400)
    expect(rows.json().errors).toMatchObject([
      { path: 'members.1.residentId', code: 'already_in_household' },
      { path: 'members.2.residentId', code: 'resident_unknown' },
    ])
    expect((await counts()).households).toBe(before.households + 1)
  })

  it('answers another committee’s dwelling and residents as unknown, and writes nothing', async () => {
    const { auth, dwelling, father } = await setup()
    const other = await setup()
    const before = await counts()
    const theirDwelling = await api(auth, 'POST', '/households/register', {
      dwellingId: other.dwelling.id,
      members: [{ kind: 'resident', residentId: father.id, relationship: '02' }],
    })
    expect(theirDwelling.json().errors).toMatchObject([
      { path: 'dwellingId', code: 'dwelling_unknown' },
    ])
    const theirResident = await api(auth, 'POST', '/households/register', {
      dwellingId: dwelling.id,
      members: [
        { kind: 'resident', residentId: other.father.id, relationship: '02' },
        { kind: 'new', name: '新人', idNumber: testIdNumber(), relationship: '10' },
      ],
    })
    expect(theirResident.json().errors).toMatchObject([
      { path: 'members.0.residentId', code: 'resident_unknown' },
    ])
    expect(await counts()).toEqual(before)
  })
})

describe('correcting a member’s relationship (更正关系)', () => {
  it('changes it in place with the reason in the history and the audit row; needs a reason and If-Match', async () => {
    const { auth, dwelling, father, mother } = await setup()
    const created = await api(auth, 'POST', '/households/register', {
      dwellingId: dwelling.id,
      members: [
        { kind: 'resident', residentId: father.id, relationship: '02' },
        { kind: 'resident', residentId: mother.id, relationship: '20' },
      ],
    })
    const household = created.json()
    const url = `/households/${household.id}/members/${mother.id}`
    const etag = { 'if-match': `"${household.version}"` }

    const noReason = await api(auth, 'PATCH', url, { relationship: '12' }, etag)
    expect(noReason.statusCode).toBe(400)
    expect(noReason.json().errors).toMatchObject([{ path: 'reason', code: 'required' }])
    const blankReason = await api(auth, 'PATCH', url, { relationship: '12', reason: ' ' }, etag)
    expect(blankReason.json().errors).toMatchObject([
      { path: 'reason', code: 'correction_reason_required' },
    ])
    const noVersion = await api(auth, 'PATCH', url, { relationship: '12', reason: '登记时选错' })
    expect(noVersion.statusCode).toBe(428)
    const stale = await api(
      auth,
      'PATCH',
      url,
      { relationship: '12', reason: '登记时选错' },
      { 'if-match': `"${household.version + 5}"` },
    )
    expect(stale.statusCode).toBe(412)
    const ofHead = await api(
      auth,
      'PATCH',
      `/households/${household.id}/members/${father.id}`,
      { relationship: '10', reason: '登记时选错' },
      etag,
    )
    expect(ofHead.json().errors).toMatchObject([{ code: 'head_relationship' }])

    const corrected = await api(
      auth,
      'PATCH',
      url,
      { relationship: '12', reason: '登记时选错' },
      etag,
    )
    expect(corrected.statusCode).toBe(200)
    expect(memberLines(corrected.json())).toEqual(['张建国:02', '李秀兰:12'])
    expect(corrected.json().version).toBeGreaterThan(household.version)
    expect(corrected.headers.etag).toBe(`"${corrected.json().version}"`)

    // Not a move: the membership row is the same one, with its joining date.
    const rows = await t().db.prisma.householdMember.findMany({ where: { residentId: mother.id } })
    expect(rows.map((r) => [r.relationship, r.leftOn])).toEqual([['12', null]])
    const history = (await api(auth, 'GET', `/households/${household.id}/history`)).json().items
    expect(history[0]).toMatchObject({
      type: 'relationship_corrected',
      resident: { id: mother.id },
      relationship: '12',
      previousRelationship: '20',
      reason: '登记时选错',
    })
    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityType: 'household', entityId: household.id, action: 'update' },
    })
    expect(audit).toHaveLength(1)
    expect(audit[0]!.reason).toBe('登记时选错')
    expect(audit[0]!.after).toMatchObject({
      correction: { residentId: mother.id, from: '20', to: '12' },
    })

    const same = await api(
      auth,
      'PATCH',
      url,
      { relationship: '12', reason: '再次更正' },
      { 'if-match': corrected.headers.etag as string },
    )
    expect(same.json().errors).toMatchObject([
      { path: 'relationship', code: 'relationship_unchanged' },
    ])
  })

  it('is not found for another committee’s clerk', async () => {
    const { auth, dwelling, father, mother } = await setup()
    const household = (
      await api(auth, 'POST', '/households/register', {
        dwellingId: dwelling.id,
        members: [
          { kind: 'resident', residentId: father.id, relationship: '02' },
          { kind: 'resident', residentId: mother.id, relationship: '20' },
        ],
      })
    ).json()
    const other = await setup()
    const answer = await api(
      other.auth,
      'PATCH',
      `/households/${household.id}/members/${mother.id}`,
      { relationship: '12', reason: '登记时选错' },
      { 'if-match': `"${household.version}"` },
    )
    expect(answer.statusCode).toBe(404)
  })
})

describe('the relationship-versus-sex warning', () => {
  it('is the one rule the import and the household forms use', () => {
    // 子 for a woman, 妻 for a man: the import's warning and the forms' rule agree.
    expect(relationshipSexMismatch('20', '2')).toEqual({ implied: '1', actual: '2' })
    const person = (sex: '1' | '2') => ({ resident: { sex } }) as never
    expect(relationshipSexWarning(person('2'), '20')?.message).toContain('“子”是男性的称谓')
    expect(relationshipSexWarning(person('1'), '12')?.code).toBe('relationship_sex_mismatch')
    expect(relationshipSexWarning(person('1'), '20')).toBeUndefined()
    // 曾祖母 is a woman (GB/T 4761-2008 code 67).
    expect(relationshipSexWarning(person('2'), '67')).toBeUndefined()
    expect(relationshipSexWarning(person('1'), '67')?.code).toBe('relationship_sex_mismatch')
  })
})
