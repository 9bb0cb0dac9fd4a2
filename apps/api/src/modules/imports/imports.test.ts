import { maskPhone } from '@cr/shared/validators/phone'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMMITTEE_NAME } from '../../imports/fixtures/residents-ledger.fixture.ts'
import { writeXlsxFixture } from '../../imports/fixtures/write-ledgers.ts'
import { seedCommittee, seedResident, seedUser, testIdNumber } from '../../test/factories.ts'
import { postJob, settledJob, uploadLedger } from '../../test/imports.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import {
  expectedProblems,
  expectedRecords,
} from '../residents/fixtures/residents-ledger.expected.ts'

const t = useTestApp()

let dir: string
let xlsx: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cr-import-api-'))
  xlsx = await writeXlsxFixture(dir)
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A committee (the fixture's is shared by the tests that import it) and a clerk of it. */
const setup = async (name: string = COMMITTEE_NAME) => {
  const committee =
    (await t().db.prisma.committee.findFirst({ where: { name } })) ??
    (await seedCommittee(t().db.prisma, { name }))
  const user = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  return { committee, auth: await signIn(t().app, user.username) }
}

/** A CSV ledger as Excel saves it ("CSV UTF-8"): BOM, CRLF. */
const csv = (rows: string[][], name = 'ledger.csv') => ({
  name,
  content: Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`),
})

/** Uploads, waits, and (unless `dryRun`) commits in the same run. */
const importLedger = async (
  auth: Record<string, string>,
  file: Parameters<typeof uploadLedger>[2],
  options: Record<string, unknown>,
) => {
  const created = await uploadLedger(t().app, auth, file, { type: 'residents', ...options })
  expect(created.statusCode, created.body).toBe(202)
  return settledJob(t().app, auth, created.json().id)
}

/** What an import can write in a committee: a check or a refused commit writes nothing. */
const registrySize = async (committeeId: string) => {
  const db = t().db.prisma
  const inCommittee = { committeeId }
  return {
    residents: await db.resident.count({ where: inCommittee }),
    buildings: await db.building.count({ where: inCommittee }),
    dwellings: await db.dwelling.count({ where: inCommittee }),
    households: await db.household.count({ where: inCommittee }),
    members: await db.householdMember.count({ where: { household: inCommittee } }),
    events: await db.householdEvent.count({ where: { household: inCommittee } }),
    residentAudit: await db.auditEvent.count({ where: { entityType: 'resident', ...inCommittee } }),
  }
}
const empty = {
  residents: 0,
  buildings: 0,
  dwellings: 0,
  households: 0,
  members: 0,
  events: 0,
  residentAudit: 0,
}

describe('the residents ledger with every irregularity (xlsx fixture)', () => {
  it('is checked without writing, refused all-or-nothing, and committed row by row', async () => {
    const { committee, auth } = await setup()
    const job = await importLedger(auth, xlsx, { committeeId: committee.id })
    expect(job).toMatchObject({
      status: 'validated',
      error: null,
      headerRowNumber: 4,
      counts: { rows: 14, valid: 7, invalid: 7, created: 7, updated: 0, skipped: 0 },
      problemCount: expectedProblems('xlsx').length,
    })
    expect(job.problems).toEqual(expectedProblems('xlsx').map((p) => ({ ...p, severity: 'error' })))
    expect(await registrySize(committee.id)).toEqual(empty)

    const refused = await postJob(t().app, auth, job.id, 'commit', { mode: 'all_or_nothing' })
    expect(refused.statusCode).toBe(202)
    expect(await settledJob(t().app, auth, job.id)).toMatchObject({
      status: 'validated',
      error: { code: 'import_rows_invalid' },
    })
    expect(await registrySize(committee.id)).toEqual(empty)

    await postJob(t().app, auth, job.id, 'commit', { mode: 'skip_invalid' })
    const done = await settledJob(t().app, auth, job.id)
    expect(done).toMatchObject({ status: 'committed', undoable: true })
    expect(done.counts).toMatchObject({ created: 7, updated: 0, unchanged: 0, skipped: 0 })

    const residents = await t().db.prisma.resident.findMany({
      where: { committeeId: committee.id },
      include: { memberships: { include: { household: { include: { dwelling: true } } } } },
    })
    expect(residents.map((r) => r.name).sort()).toEqual(
      expectedRecords.map((e) => e.record.resident.name).sort(),
    )
    for (const { record } of expectedRecords) {
      const row = residents.find(
        (r) => r.idNumberHash === t().app.cipher.blindIndex(record.resident.idNumber),
      )!
      expect(row).toMatchObject({
        committeeId: committee.id,
        name: record.resident.name,
        phoneHash: record.resident.phone ? t().app.cipher.blindIndex(record.resident.phone) : null,
        phoneMasked: record.resident.phone ? maskPhone(record.resident.phone) : null,
        education: record.resident.education,
        category: record.resident.category,
      })
      expect(row.memberships.map((m) => m.relationship)).toEqual(
        record.relationship && record.address ? [record.relationship] : [],
      )
    }
    // Heads found households; the others join the household at their address.
    const heads = expectedRecords.filter((e) => e.record.relationship === '02')
    expect(await t().db.prisma.household.count({ where: { committeeId: committee.id } })).toBe(
      heads.length,
    )
    const audit = await t().db.prisma.auditEvent.groupBy({
      by: ['entityType', 'action'],
      _count: true,
      where: { action: { in: ['create', 'import'] }, committeeId: committee.id },
    })
    expect(audit).toEqual(
      expect.arrayContaining([
        { entityType: 'resident', action: 'create', _count: 7 },
        { entityType: 'household', action: 'create', _count: heads.length },
        { entityType: 'import_job', action: 'import', _count: 1 },
      ]),
    )
    const auditText = JSON.stringify(await t().db.prisma.auditEvent.findMany())
    for (const { record } of expectedRecords)
      expect(auditText).not.toContain(record.resident.idNumber)
  })

  it('changes nothing when the same ledger comes again, skipping or updating', async () => {
    const { committee, auth } = await setup()
    const first = await importLedger(auth, xlsx, {
      committeeId: committee.id,
      dryRun: false,
      mode: 'skip_invalid',
    })
    expect(first.status).toBe('committed') // created or, after the test above, skipped
    const before = await registrySize(committee.id)
    const versionsNow = () =>
      t().db.prisma.resident.findMany({
        where: { committeeId: committee.id },
        select: { id: true, version: true },
        orderBy: { id: 'asc' },
      })
    const versions = await versionsNow()

    for (const onConflict of ['skip', 'update'] as const) {
      const again = await importLedger(auth, xlsx, {
        committeeId: committee.id,
        dryRun: false,
        mode: 'skip_invalid',
        onConflict,
      })
      expect(again.status).toBe('committed')
      expect(again.counts).toMatchObject(
        onConflict === 'skip'
          ? { created: 0, updated: 0, skipped: 7 }
          : { created: 0, updated: 0, unchanged: 7 },
      )
      expect(await registrySize(committee.id)).toEqual(before)
      expect(await versionsNow()).toEqual(versions)
    }
  })
})

describe('updating matched people', () => {
  it('updates only the cells the sheet fills, audits the change masked, and undoes it', async () => {
    const { committee, auth } = await setup('幸福社区')
    const idNumber = testIdNumber()
    const header = ['姓名', '身份证号', '联系电话', '文化程度']
    await importLedger(auth, csv([header, ['赵六', idNumber, '13800138000', '大学本科']]), {
      committeeId: committee.id,
      dryRun: false,
    })
    const first = await t().db.prisma.resident.findFirstOrThrow({
      where: { committeeId: committee.id },
    })
    expect(first.education).not.toBeNull()
    const job = await importLedger(auth, csv([header, ['赵六', idNumber, '13911112222', '']]), {
      committeeId: committee.id,
      dryRun: false,
      onConflict: 'update',
    })
    expect(job.counts).toMatchObject({ created: 0, updated: 1, unchanged: 0 })
    const row = await t().db.prisma.resident.findFirstOrThrow({
      where: { committeeId: committee.id },
    })
    expect(row).toMatchObject({
      phoneHash: t().app.cipher.blindIndex('13911112222'),
      phoneMasked: '139****2222',
      education: first.education,
      version: 2,
    })
    expect(t().app.cipher.decrypt(row.phoneCipher!)).toBe('13911112222')
    const audit = await t().db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'resident', action: 'update', committeeId: committee.id },
    })
    expect(audit.before).toMatchObject({ phoneMasked: '138****8000' })
    expect(audit.after).toMatchObject({ phoneMasked: '139****2222' })
    expect(JSON.stringify(audit)).not.toContain(idNumber)
    expect(JSON.stringify(audit)).not.toMatch(/13800138000|13911112222/)

    const undone = await postJob(t().app, auth, job.id, 'undo')
    expect(undone.statusCode, undone.body).toBe(200)
    expect(undone.json()).toMatchObject({ status: 'undone', undoable: false })
    const restored = await t().db.prisma.resident.findFirstOrThrow({
      where: { committeeId: committee.id },
    })
    expect(restored).toMatchObject({
      phoneHash: t().app.cipher.blindIndex('13800138000'),
      phoneMasked: '138****8000',
      education: first.education,
      version: 3,
    })
    expect(t().app.cipher.decrypt(restored.phoneCipher!)).toBe('13800138000')
  })
})

describe('undo', () => {
  const household = (head: string, member: string) =>
    csv([
      ['姓名', '身份证号', '与户主关系', '街路巷', '楼号', '单元', '室号'],
      ['钱一', head, '户主', '黄河路', '8', '1', '101'],
      ['钱二', member, '子', '黄河路', '8', '1', '101'],
    ])

  it('removes what a job created: people, places, the household and its history', async () => {
    const { committee, auth } = await setup('黄河社区')
    const job = await importLedger(auth, household(testIdNumber(), testIdNumber()), {
      committeeId: committee.id,
      dryRun: false,
    })
    expect(job.status).toBe('committed')
    expect(await registrySize(committee.id)).toMatchObject({
      residents: 2,
      buildings: 1,
      dwellings: 1,
      households: 1,
      members: 2,
      events: 2,
    })
    const events = await t().db.prisma.householdEvent.findMany({
      where: { household: { committeeId: committee.id } },
      orderBy: { type: 'asc' },
    })
    expect(events.map((e) => e.type)).toEqual(['created', 'moved_in'])

    const undone = await postJob(t().app, auth, job.id, 'undo')
    expect(undone.statusCode, undone.body).toBe(200)
    const size = await registrySize(committee.id)
    expect({ ...size, residentAudit: 0 }).toEqual(empty)
    expect(
      await t().db.prisma.auditEvent.count({
        where: { entityType: 'resident', action: 'delete', committeeId: committee.id },
      }),
    ).toBe(2)

    const again = await postJob(t().app, auth, job.id, 'undo')
    expect(again.statusCode).toBe(409)
    expect(again.json().code).toBe('import_state_invalid')
  })

  it('is refused, changing nothing, once a record has been edited since', async () => {
    const { committee, auth } = await setup('长江社区')
    const job = await importLedger(auth, household(testIdNumber(), testIdNumber()), {
      committeeId: committee.id,
      dryRun: false,
    })
    const resident = await t().db.prisma.resident.findFirstOrThrow({
      where: { name: '钱二', committeeId: committee.id },
    })
    const edited = await t().app.inject({
      method: 'PATCH',
      url: `/api/v1/residents/${resident.id}`,
      headers: { ...auth, 'if-match': `"${resident.version}"` },
      payload: { notes: '已核实' },
    })
    expect(edited.statusCode, edited.body).toBe(200)
    const before = await registrySize(committee.id)

    const undone = await postJob(t().app, auth, job.id, 'undo')
    expect(undone.statusCode).toBe(409)
    expect(undone.json().code).toBe('import_undo_conflict')
    expect(await registrySize(committee.id)).toEqual(before)
    expect((await settledJob(t().app, auth, job.id)).status).toBe('committed')
  })
  it('is refused once someone else has moved a person into a household it created', async () => {
    const { committee, auth } = await setup('珠江社区')
    const job = await importLedger(auth, household(testIdNumber(), testIdNumber()), {
      committeeId: committee.id,
      dryRun: false,
    })
    const created = await t().db.prisma.household.findFirstOrThrow({
      where: { committeeId: committee.id },
    })
    const newcomer = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: committee.id,
    })
    const moved = await t().app.inject({
      method: 'POST',
      url: `/api/v1/households/${created.id}/move-in`,
      headers: { ...auth, 'if-match': `"${created.version}"` },
      payload: { residentId: newcomer.id, relationship: '20' },
    })
    expect(moved.statusCode, moved.body).toBe(200)
    const before = await registrySize(committee.id)
    const undone = await postJob(t().app, auth, job.id, 'undo')
    expect(undone.statusCode).toBe(409)
    expect(undone.json().code).toBe('import_undo_conflict')
    expect(await registrySize(committee.id)).toEqual(before)
  })
})

describe('rows checked together and against the registry', () => {
  it('reports households without a head or with two, and people of another committee', async () => {
    const { committee, auth } = await setup('渤海社区')
    const other = await seedCommittee(t().db.prisma)
    const elsewhere = testIdNumber()
    const headId = testIdNumber()
    await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: other.id,
      idNumber: elsewhere,
    })
    const job = await importLedger(
      auth,
      csv([
        ['姓名', '身份证号', '与户主关系', '街路巷', '楼号', '室号'],
        ['甲', testIdNumber(), '户主', '海河路', '1', '101'],
        ['乙', testIdNumber(), '户主', '海河路', '1', '101'],
        ['丙', testIdNumber(), '子', '海河路', '1', '102'],
        ['丁', elsewhere, '', '', '', ''],
        // The head's ID number is wrong (check digit): the member's row cannot say "no head".
        [
          '戊',
          `${headId.slice(0, 17)}${headId.at(-1) === '1' ? '2' : '1'}`,
          '户主',
          '海河路',
          '1',
          '103',
        ],
        ['己', testIdNumber({ male: false }), '妻', '海河路', '1', '103'],
      ]),
      { committeeId: committee.id },
    )
    expect(job.problems.map((p) => [p.rowNumber, p.code, p.column?.header])).toEqual([
      [3, 'household_head_duplicate', '与户主关系'],
      [4, 'household_head_missing', '与户主关系'],
      [5, 'id_number_taken_elsewhere', '身份证号'],
      [6, 'id_number_check_digit', '身份证号'],
      [7, 'household_head_missing', '与户主关系'],
    ])
    expect(job.problems.find((p) => p.rowNumber === 7)?.message).toContain('户主那一行有误')
    expect(job.counts).toMatchObject({ rows: 6, valid: 1, invalid: 5 })
  })
})

describe('the file as a whole', () => {
  it('fails a ledger without an ID number column, and reads it with a mapping by hand', async () => {
    const { committee, auth } = await setup('清风社区')
    const job = await importLedger(
      auth,
      csv([
        ['姓名', '证件号', '性别'],
        ['孙七', testIdNumber({ male: true }), '男'],
      ]),
      { committeeId: committee.id },
    )
    expect(job).toMatchObject({
      status: 'failed',
      error: { code: 'column_missing' },
      missingRequired: ['idNumber'],
    })
    expect(job.error!.message).toContain('身份证号')
    expect(job.columns.map((c) => [c.letter, c.field, c.source])).toEqual([
      ['A', 'name', 'synonym'],
      ['B', null, 'unrecognised'],
      ['C', 'sex', 'synonym'],
    ])

    const again = await postJob(t().app, auth, job.id, 'validate', {
      committeeId: committee.id,
      mapping: { 证件号: 'idNumber' },
    })
    expect(again.statusCode, again.body).toBe(202)
    expect(await settledJob(t().app, auth, job.id)).toMatchObject({
      status: 'validated',
      error: null,
      counts: { valid: 1, invalid: 0, created: 1 },
    })
  })

  it('reports cells and headers holding NUL (a CSV saved wrongly) instead of failing the job', async () => {
    const { committee, auth } = await setup('晴川社区')
    const job = await importLedger(
      auth,
      csv([
        ['姓名', '身份证号', '备\u0000注'],
        ['周\u0000八', testIdNumber(), '无'],
        ['吴九', testIdNumber(), '无'],
      ]),
      { committeeId: committee.id },
    )
    expect(job).toMatchObject({ status: 'validated', counts: { rows: 2, valid: 1, invalid: 1 } })
    expect(job.columns.map((c) => c.header)).toEqual(['姓名', '身份证号', '备\ufffd注'])
    expect(job.problems).toMatchObject([
      {
        rowNumber: 2,
        field: 'name',
        code: 'text_invalid_characters',
        value: '周\ufffd八',
      },
    ])
    const report = await t().app.inject({
      method: 'GET',
      url: `/api/v1/imports/${job.id}/report`,
      headers: auth,
    })
    expect(report.statusCode).toBe(200)
  })

  it('answers bad uploads with problem details, and only to those who may import', async () => {
    const { committee, auth } = await setup('明月社区')
    const noFile = await t().app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: { ...auth, 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\nContent-Disposition: form-data; name="options"\r\n\r\n{}\r\n--x--\r\n',
    })
    expect(noFile.statusCode).toBe(400)
    expect(noFile.json().code).toBe('import_file_missing')

    const badType = await uploadLedger(t().app, auth, csv([['姓名']]), { type: 'pets' })
    expect(badType.statusCode).toBe(400)
    expect(badType.json().errors.map((e: { path: string }) => e.path)).toEqual(['options.type'])

    const viewer = await seedUser(t().db.prisma, { role: 'viewer', committeeIds: [committee.id] })
    const viewerAuth = await signIn(t().app, viewer.username)
    const forbidden = await uploadLedger(t().app, viewerAuth, csv([['姓名']]), {
      type: 'residents',
    })
    expect(forbidden.statusCode).toBe(403)
  })

  it('answers a body that is not a well-formed upload with a 400 naming the file, not a 500', async () => {
    const { committee, auth } = await setup('明月社区')
    const post = (contentType: string, payload: string) =>
      t().app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        headers: { ...auth, 'content-type': contentType },
        payload,
      })
    const file = (name = 'a.csv') =>
      `Content-Disposition: form-data; name="file"; filename="${name}"\r\n\r\n姓名\r\n`
    for (const [contentType, payload, code] of [
      ['application/json', '{"type":"residents"}', 'import_file_missing'],
      ['text/plain', 'hello', 'import_file_missing'],
      ['multipart/form-data', '--x\r\n' + file(), 'import_upload_malformed'],
      ['multipart/form-data; boundary=x', 'no parts at all', 'import_upload_malformed'],
      ['multipart/form-data; boundary=x', '--x\r\n' + file(), 'import_upload_malformed'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-dat',
        'import_upload_malformed',
      ],
    ] as const) {
      const response = await post(contentType, payload)
      expect(response.statusCode, `${contentType} ${payload}`).toBe(400)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(response.json(), `${contentType} ${payload}`).toMatchObject({
        code,
        errors: [{ path: 'file' }],
      })
    }
    const options = (value: string) =>
      `--x\r\nContent-Disposition: form-data; name="options"\r\n\r\n${value}\r\n--x\r\n${file()}--x--\r\n`
    const nul = await post(
      'multipart/form-data; boundary=x',
      options(JSON.stringify({ type: 'residents', committeeId: committee.id, sheet: 'a\u0000' })),
    )
    expect(nul.statusCode).toBe(400)
    expect(nul.json().errors).toMatchObject([
      { path: 'options.sheet', code: 'text_invalid_characters' },
    ])
    const nulName = await post(
      'multipart/form-data; boundary=x',
      `--x\r\n${file('a\u0000.csv')}--x--\r\n`,
    )
    expect(nulName.statusCode).toBe(400)
    expect(nulName.json().errors).toMatchObject([{ path: 'file', code: 'text_invalid_characters' }])
  })

  it('keeps a job to its owner: another clerk gets 404', async () => {
    const { committee, auth } = await setup('白云社区')
    const job = await importLedger(auth, csv([['姓名', '身份证号']]), { committeeId: committee.id })
    const { auth: stranger } = await setup('蓝天社区')
    const response = await t().app.inject({
      method: 'GET',
      url: `/api/v1/imports/${job.id}`,
      headers: stranger,
    })
    expect(response.statusCode).toBe(404)
  })
})

describe('saved mappings', () => {
  it('are saved by name, replaced by the same name, private to their owner, and deleted', async () => {
    const { auth } = await setup('星河社区')
    const save = (mapping: Record<string, string | null>) =>
      t().app.inject({
        method: 'POST',
        url: '/api/v1/import-mappings',
        headers: auth,
        payload: { type: 'residents', name: '街道花名册', mapping },
      })
    expect((await save({ 证件号: 'idNumber' })).statusCode).toBe(201)
    const replaced = await save({ 证件号: 'idNumber', 户籍地: null })
    const list = (headers: Record<string, string>) =>
      t().app.inject({ method: 'GET', url: '/api/v1/import-mappings?type=residents', headers })
    expect((await list(auth)).json().items).toEqual([
      expect.objectContaining({
        name: '街道花名册',
        mapping: { 证件号: 'idNumber', 户籍地: null },
      }),
    ])
    const { auth: other } = await setup('月亮社区')
    expect((await list(other)).json().items).toEqual([])
    const id = replaced.json().id
    const url = `/api/v1/import-mappings/${id}`
    expect((await t().app.inject({ method: 'DELETE', url, headers: other })).statusCode).toBe(404)
    expect((await t().app.inject({ method: 'DELETE', url, headers: auth })).statusCode).toBe(204)
    expect((await list(auth)).json().items).toEqual([])
    const audit = await t().db.prisma.auditEvent.findMany({
      where: { entityType: 'import_mapping', entityId: id },
      orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
    })
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete'])
  })
})

describe('downloads', () => {
  const load = async (payload: Buffer) => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(payload as unknown as ArrayBuffer)
    return workbook
  }

  it('gives the checked sheet back with the problems beside each row', async () => {
    const { committee, auth } = await setup()
    const job = await importLedger(auth, xlsx, { committeeId: committee.id })
    const response = await t().app.inject({
      method: 'GET',
      url: `/api/v1/imports/${job.id}/report`,
      headers: auth,
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('错误报告'))
    const sheet = (await load(response.rawPayload)).worksheets[0]!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header[0]).toBe('原行号')
    expect(header.at(-1)).toBe('错误说明')
    const byRowNumber = new Map<number, unknown>()
    sheet.eachRow((row, n) => {
      if (n > 1) byRowNumber.set(Number(row.getCell(1).value), row.getCell(header.length).value)
    })
    const expected = new Map<number, string[]>()
    for (const p of expectedProblems('xlsx'))
      expected.set(p.rowNumber, [
        ...(expected.get(p.rowNumber) ?? []),
        `[${p.column!.header}] ${p.message}`,
      ])
    for (const [rowNumber, messages] of expected)
      expect(byRowNumber.get(rowNumber)).toBe(messages.join('；'))
    for (const { rowNumber } of expectedRecords) expect(byRowNumber.get(rowNumber)).toBeNull()
  })

  it('offers a template that, filled in, imports cleanly', async () => {
    const { committee, auth } = await setup('模板社区')
    const response = await t().app.inject({
      method: 'GET',
      url: '/api/v1/import-templates/residents',
      headers: auth,
    })
    expect(response.statusCode).toBe(200)
    const workbook = await load(response.rawPayload)
    const sheet = workbook.worksheets[0]!
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
    const row = sheet.getRow(3)
    row.getCell(headers.indexOf('*姓名') + 1).value = '周八'
    row.getCell(headers.indexOf('*身份证号') + 1).value = testIdNumber()
    row.getCell(headers.indexOf('民族') + 1).value = '汉族'
    const filled = Buffer.from(await workbook.xlsx.writeBuffer())
    const job = await importLedger(
      auth,
      { name: '模板.xlsx', content: filled },
      {
        committeeId: committee.id,
      },
    )
    expect(job).toMatchObject({ status: 'validated', counts: { rows: 1, valid: 1, created: 1 } })
  })
})
