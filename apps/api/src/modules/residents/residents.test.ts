import { describe, expect, it } from 'vitest'
import { seedCommittee, seedResident, seedUser, testIdNumber } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

const setup = async (role: 'clerk' | 'viewer' | 'supervisor' = 'clerk') => {
  const committee = await seedCommittee(t().db.prisma)
  const user = await seedUser(t().db.prisma, { role, committeeIds: [committee.id] })
  return { committee, auth: await signIn(t().app, user.username) }
}

const post = (auth: object, payload: object) =>
  t().app.inject({
    method: 'POST',
    url: '/api/v1/residents',
    headers: auth as Record<string, string>,
    payload,
  })

describe('registering residents', () => {
  it('derives sex and birth date from the ID number and masks it and the phone', async () => {
    const { committee, auth } = await setup()
    const idNumber = testIdNumber({ birthDate: '1965-03-15', male: false })
    const response = await post(auth, {
      committeeId: committee.id,
      name: '王秀英',
      idNumber: ` ${idNumber.toLowerCase()} `,
      phone: '138 0013 8000',
      ethnicity: '01',
      politicalStatus: '13',
      tags: ['elderly'],
    })
    expect(response.statusCode).toBe(201)
    expect(response.json()).toMatchObject({
      name: '王秀英',
      sex: '2',
      birthDate: '1965-03-15',
      idNumberMasked: `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`,
      phoneMasked: '138****8000',
      tags: ['elderly'],
      household: null,
    })
    expect(response.body).not.toContain(idNumber)
    expect(response.body).not.toContain('13800138000')
    const audit = await t().db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: response.json().id },
    })
    expect(JSON.stringify(audit)).not.toContain(idNumber)
  })

  it.each([
    [
      'a wrong check digit',
      { idNumber: 'CHECK' },
      'idNumber',
      'id_number_check_digit',
      '身份证号校验位错误，请核对每一位',
    ],
    [
      'a sex that contradicts the ID number',
      { sex: '1' },
      'sex',
      'sex_mismatch',
      '性别与身份证号不符',
    ],
    [
      'a birth date that contradicts it',
      { birthDate: '1966-03-15' },
      'birthDate',
      'birth_date_mismatch',
      '出生日期与身份证号不符',
    ],
    ['an unknown code', { ethnicity: '77' }, 'ethnicity', 'code_unknown', '不是代码表中的有效代码'],
    [
      'an ID number Excel turned into a number',
      { idNumber: '3.70521E+17' },
      'idNumber',
      'id_number_scientific',
      null,
    ],
  ])(
    'refuses %s with a Chinese field error and writes nothing',
    async (_name, change, path, code, message) => {
      const { committee, auth } = await setup()
      const idNumber = testIdNumber({ birthDate: '1965-03-15', male: false })
      const wrongCheck = idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0')
      const payload = { committeeId: committee.id, name: '李四', idNumber, ...change }
      if (payload.idNumber === 'CHECK') payload.idNumber = wrongCheck
      const before = await t().db.prisma.resident.count()
      const response = await post(auth, payload)
      expect(response.statusCode).toBe(400)
      const error = response.json().errors.find((e: { path: string }) => e.path === path)
      expect(error).toMatchObject({ code })
      if (message) expect(error.message).toBe(message)
      else expect(error.message).toMatch(/科学计数法/)
      expect(await t().db.prisma.resident.count()).toBe(before)
    },
  )

  it('registers a foreigner with the older permanent-residence number, asking for the sex it does not carry', async () => {
    const { committee, auth } = await setup()
    const yymmdd = `${50 + Math.floor(Math.random() * 40)}0${1 + Math.floor(Math.random() * 9)}15`
    const number = `GBR3100${yymmdd}${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`
    const body = { committeeId: committee.id, name: 'Anna Smith', idNumber: number.toLowerCase() }
    const withoutSex = await post(auth, body)
    expect(withoutSex.statusCode).toBe(400)
    expect(withoutSex.json().errors).toEqual([
      expect.objectContaining({ path: 'sex', code: 'sex_required' }),
    ])
    const created = await post(auth, { ...body, sex: '2' })
    expect(created.statusCode, created.body).toBe(201)
    expect(created.json()).toMatchObject({
      sex: '2',
      birthDate: `19${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-15`,
      idNumberMasked: `${number.slice(0, 6)}*****${number.slice(-4)}`,
    })
    expect(created.body).not.toContain(number)
    const found = await t().app.inject({
      method: 'POST',
      url: '/api/v1/residents/search',
      headers: auth,
      payload: { idNumber: number },
    })
    expect(found.json().items.map((r: { id: string }) => r.id)).toEqual([created.json().id])
  })

  it('changes only the fields a PATCH names: the tags and the category stay', async () => {
    const { committee, auth } = await setup()
    const created = (
      await post(auth, {
        committeeId: committee.id,
        name: '赵敏',
        idNumber: testIdNumber(),
        category: 'floating',
        tags: ['elderly', 'disabled'],
      })
    ).json()
    const patched = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/residents/${created.id}`,
      headers: { ...(auth as Record<string, string>), 'if-match': '"1"' },
      payload: { notes: '独居' },
    })
    expect(patched.statusCode, patched.body).toBe(200)
    expect(patched.json()).toMatchObject({
      notes: '独居',
      category: 'floating',
      tags: ['elderly', 'disabled'],
    })
  })

  it('refuses a second person with the same ID number and points at the first', async () => {
    const { committee, auth } = await setup()
    const idNumber = testIdNumber()
    const first = await post(auth, { committeeId: committee.id, name: '张三', idNumber })
    const second = await post(auth, {
      committeeId: committee.id,
      name: '张三二',
      idNumber: idNumber.toLowerCase(),
    })
    expect(second.statusCode).toBe(409)
    expect(second.json()).toMatchObject({
      errors: [{ path: 'idNumber', code: 'id_number_taken' }],
      existing: { type: 'resident', id: first.json().id, label: expect.stringContaining('张三') },
    })
  })

  it('tells a clerk a number is registered elsewhere without saying where or whose; who sees everything is told', async () => {
    const { committee, auth } = await setup()
    const elsewhere = await seedCommittee(t().db.prisma, { name: '远方社区居委会' })
    const idNumber = testIdNumber()
    const theirs = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: elsewhere.id,
      name: '隐私人',
      idNumber,
    })
    const tried = await post(auth, { committeeId: committee.id, name: '试探', idNumber })
    expect(tried.statusCode).toBe(409)
    expect(tried.json()).toMatchObject({
      errors: [{ path: 'idNumber', code: 'id_number_registered_elsewhere' }],
    })
    expect(tried.json().errors[0].message).toMatch(/迁入/)
    expect(tried.json().existing).toBeUndefined()
    expect(tried.body).not.toMatch(/远方|隐私人/)
    expect(tried.body).not.toContain(elsewhere.id)
    expect(tried.body).not.toContain(theirs.id)

    // Who sees every committee (an administrator here; a supervisor finds the number with
    // 按身份证号查找) is told where and whose.
    const admin = await seedUser(t().db.prisma, { role: 'admin' })
    const seen = await post(await signIn(t().app, admin.username), {
      committeeId: committee.id,
      name: '试探',
      idNumber,
    })
    expect(seen.statusCode).toBe(409)
    expect(seen.json()).toMatchObject({
      errors: [{ path: 'idNumber', code: 'id_number_taken' }],
      existing: { type: 'resident', id: theirs.id, label: '隐私人（远方社区居委会）' },
    })
  })

  it('does not let a clerk file a resident under another committee', async () => {
    const { auth } = await setup()
    const other = await seedCommittee(t().db.prisma)
    const response = await post(auth, {
      committeeId: other.id,
      name: '越权',
      idNumber: testIdNumber(),
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors[0]).toMatchObject({
      path: 'committeeId',
      code: 'committee_unknown',
    })
  })
})

describe('finding residents', () => {
  it('searches by two characters of a name, the last four of the ID number or phone, and a whole phone', async () => {
    const { committee, auth } = await setup()
    const idNumber = testIdNumber()
    await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: committee.id,
      name: '欧阳春花',
      idNumber,
      phone: '13912345678',
    })
    await seedResident(t().db.prisma, t().app.cipher, { committeeId: committee.id, name: '李秋月' })
    const find = async (q: string) =>
      (
        await t().app.inject({
          method: 'GET',
          url: `/api/v1/residents?q=${encodeURIComponent(q)}&committeeId=${committee.id}`,
          headers: auth,
        })
      )
        .json()
        .items.map((r: { name: string }) => r.name)
    expect(await find('春花')).toEqual(['欧阳春花'])
    expect(await find('阳春')).toEqual(['欧阳春花'])
    expect(await find(idNumber.slice(-4))).toEqual(['欧阳春花'])
    expect(await find('5678')).toEqual(['欧阳春花'])
    expect(await find('139 1234 5678')).toEqual(['欧阳春花'])
    // Phones are encrypted: a part of one other than its last four finds nobody.
    expect(await find('1391234')).toEqual([])
    expect(await find('秋月')).toEqual(['李秋月'])
  })

  it('finds a person by full ID number only through a POST body', async () => {
    const { committee, auth } = await setup()
    const idNumber = testIdNumber()
    const resident = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: committee.id,
      idNumber,
    })
    const response = await t().app.inject({
      method: 'POST',
      url: '/api/v1/residents/search',
      headers: auth,
      payload: { idNumber: idNumber.toLowerCase() },
    })
    expect(response.json().items.map((r: { id: string }) => r.id)).toEqual([resident.id])
    expect(response.body).not.toContain(idNumber)
  })
})

describe('privacy', () => {
  it('shows a clerk only their committees’ residents: another committee’s is 404', async () => {
    const { auth } = await setup()
    const other = await seedCommittee(t().db.prisma)
    const foreign = await seedResident(t().db.prisma, t().app.cipher, { committeeId: other.id })
    expect(
      (
        await t().app.inject({
          method: 'GET',
          url: `/api/v1/residents/${foreign.id}`,
          headers: auth,
        })
      ).statusCode,
    ).toBe(404)
    const list = (
      await t().app.inject({ method: 'GET', url: '/api/v1/residents?limit=100', headers: auth })
    ).json()
    expect(list.items.map((r: { id: string }) => r.id)).not.toContain(foreign.id)
    const byId = await t().app.inject({
      method: 'POST',
      url: '/api/v1/residents/search',
      headers: auth,
      payload: { idNumber: '' },
    })
    expect(byId.statusCode).toBe(400)
  })

  it('reveals a full ID number to a clerk for a reason and audits it; a viewer can never reveal', async () => {
    const { committee, auth } = await setup()
    const idNumber = testIdNumber()
    const resident = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: committee.id,
      idNumber,
    })
    const noReason = await t().app.inject({
      method: 'POST',
      url: `/api/v1/residents/${resident.id}/reveal`,
      headers: auth,
      payload: { field: 'idNumber', reason: '' },
    })
    expect(noReason.statusCode).toBe(400)
    const revealed = await t().app.inject({
      method: 'POST',
      url: `/api/v1/residents/${resident.id}/reveal`,
      headers: auth,
      payload: { field: 'idNumber', reason: '办理低保核对' },
    })
    expect(revealed.json()).toEqual({ field: 'idNumber', value: idNumber })
    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityId: resident.id, action: 'reveal' },
    })
    expect(audit).toEqual([
      expect.objectContaining({ reason: '办理低保核对', committeeId: committee.id }),
    ])

    const viewer = await seedUser(t().db.prisma, { role: 'viewer', committeeIds: [committee.id] })
    const viewerAuth = await signIn(t().app, viewer.username)
    const refused = await t().app.inject({
      method: 'POST',
      url: `/api/v1/residents/${resident.id}/reveal`,
      headers: viewerAuth,
      payload: { field: 'idNumber', reason: '想看看' },
    })
    expect(refused.statusCode).toBe(403)
    const page = await t().app.inject({
      method: 'GET',
      url: `/api/v1/residents/${resident.id}`,
      headers: viewerAuth,
    })
    expect(page.statusCode).toBe(200)
    expect(page.body).not.toContain(idNumber)
  })

  it('stores no ID number in the clear anywhere in the database', async () => {
    const { committee } = await setup()
    const idNumber = testIdNumber()
    await seedResident(t().db.prisma, t().app.cipher, { committeeId: committee.id, idNumber })
    const { rows } = await t().db.pool.query(`SELECT to_jsonb(r)::text AS row FROM resident r`)
    expect(rows.map((r) => r.row).join('\n')).not.toContain(idNumber)
  })
})
