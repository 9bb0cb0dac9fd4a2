// Done-when (security issue, item 3): "A test that greps every column of every table, and the
// data files, for the ID numbers a test created: 0 in the clear, uploads included."
// People come in through the API and through two imports (.xlsx and .csv, each with rows in
// error, so problems and a report exist; the second updates someone, so undo has a snapshot to
// restore, and is undone). Then every column of every table and the database's files and the WAL
// written meanwhile are searched for every form of every number.
import { randomInt } from 'node:crypto'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { composeIdNumber, maskIdNumber } from '@cr/shared/validators/id-number'
import {
  currentWalSegment,
  findInDatabase,
  findInDataFiles,
  idNumberForms,
  type TKnownIdNumber,
} from '../../test/id-number-leaks.ts'
import { seedCommittee, seedUser } from '../../test/factories.ts'
import { postJob, settledJob, uploadLedger } from '../../test/imports.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

/**
 * Numbers of this test alone (the test cluster is shared with files running at once): 北京朝阳
 * (110105), born 1950–1999 on a random day, a random sequence; other tests use 370521 or fixed
 * numbers of 1949. `newNumber('X')` draws one whose check character is X.
 */
const drawn = new Set<string>()
const newNumber = (check: 'X' | 'digit' = 'digit'): string => {
  for (;;) {
    const birth = `19${randomInt(50, 100)}-${String(randomInt(1, 13)).padStart(2, '0')}-${String(randomInt(1, 29)).padStart(2, '0')}`
    const number = composeIdNumber('110105', birth, randomInt(0, 1000))
    if (number.endsWith('X') === (check === 'X') && !drawn.has(number)) {
      drawn.add(number)
      return number
    }
  }
}
const known = (canonical: string, typed = canonical): TKnownIdNumber => ({ canonical, typed })
/** A 15-digit number of the old kind: 19 left out of the year, no check character. */
const legacy = (): TKnownIdNumber => {
  const canonical = newNumber()
  return { canonical, typed: canonical.slice(0, 6) + canonical.slice(8, 17) }
}

/** Full-width digits (and Ｘ), as some ledgers have them. */
const fullWidth = (text: string) =>
  text.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))

const viaApi = [known(newNumber()), ((n) => known(n, n.toLowerCase()))(newNumber('X'))]
const inXlsx = {
  plain: known(newNumber()),
  fullWidth: ((n) => known(n, fullWidth(n)))(newNumber()),
  legacy: legacy(),
  /** In a row with an unknown 民族: refused, so only in the upload and the problems. */
  refused: known(newNumber('X')),
}
const inCsv = {
  updated: inXlsx.plain,
  created: known(newNumber()),
  duplicated: known(newNumber()),
  refused: known(newNumber()),
  /** Typed into 联系电话 as well: the phone is refused and shows the cell as written. */
  inPhone: known(newNumber()),
  /** A wrong check character: not a valid number, but a real one mistyped. */
  badCheck: ((n) => known(n, n.slice(0, 17) + (n[17] === '0' ? '1' : '0')))(newNumber()),
}
const everyNumber = [...viaApi, ...Object.values(inXlsx), ...Object.values(inCsv)]

/** The WAL from here on is this test's (and any test file running beside it). */
let walFrom = ''
const jobs: { xlsx?: string; csv?: string } = {}
let committeeId = ''

beforeAll(async () => {
  walFrom = await currentWalSegment(t().db.pool)
  const committee = await seedCommittee(t().db.prisma, { name: '静态加密社区' })
  committeeId = committee.id
  const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  const auth = await signIn(t().app, clerk.username)

  for (const [i, person] of viaApi.entries()) {
    const created = await t().app.inject({
      method: 'POST',
      url: '/api/v1/residents',
      headers: auth,
      payload: { committeeId, name: `接口${'甲乙'[i]}`, idNumber: person.typed },
    })
    expect(created.statusCode, created.body).toBe(201)
  }

  // Stored, not deflated: the numbers are in the upload's bytes as Excel keeps text.
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('花名册')
  sheet.addRow(['姓名', '身份证号', '民族', '联系电话'])
  sheet.addRow(['表格甲', inXlsx.plain.typed, '汉族', '13800138000'])
  sheet.addRow(['表格乙', inXlsx.fullWidth.typed, '汉族', null])
  sheet.addRow(['表格丙', inXlsx.legacy.typed, '回族', null])
  sheet.addRow(['表格丁', inXlsx.refused.typed, '火星族', null])
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }))
  expect(xlsx.includes(Buffer.from(inXlsx.plain.typed))).toBe(true)

  const csv = [
    ['姓名', '身份证号', '民族', '联系电话'],
    ['表格甲', inCsv.updated.typed, '汉族', '13911112222'],
    ['逗号甲', inCsv.created.typed, '汉族', ''],
    ['逗号乙', inCsv.duplicated.typed, '满族', ''],
    ['逗号丙', inCsv.duplicated.typed, '满族', ''],
    ['逗号丁', inCsv.refused.typed, '火星族', ''],
    ['逗号戊', inCsv.badCheck.typed, '汉族', ''],
    ['逗号己', inCsv.inPhone.typed, '汉族', inCsv.inPhone.typed],
  ]
    .map((row) => row.join(','))
    .join('\r\n')

  const run = async (file: { name: string; content: Buffer }) => {
    const created = await uploadLedger(t().app, auth, file, {
      type: 'residents',
      committeeId,
      dryRun: false,
      mode: 'skip_invalid',
      onConflict: 'update',
    })
    expect(created.statusCode, created.body).toBe(202)
    const job = await settledJob(t().app, auth, created.json().id)
    expect(job.status, JSON.stringify(job.error)).toBe('committed')
    expect(job.problemCount).toBeGreaterThan(0)
    for (const reveal of [false, true]) {
      const report = await t().app.inject({
        method: 'GET',
        url: `/api/v1/imports/${job.id}/report${reveal ? '?reveal=true&reason=核对导入错误' : ''}`,
        headers: auth,
      })
      expect(report.statusCode, report.body).toBe(200)
    }
    return job
  }
  const fromXlsx = await run({ name: '花名册.xlsx', content: xlsx })
  expect(fromXlsx.counts).toMatchObject({ created: 3, invalid: 1 })
  jobs.xlsx = fromXlsx.id
  const fromCsv = await run({ name: '花名册.csv', content: Buffer.from(`\uFEFF${csv}\r\n`) })
  expect(fromCsv.counts).toMatchObject({ created: 2, updated: 1, invalid: 4 })
  jobs.csv = fromCsv.id
  const undone = await postJob(t().app, auth, fromCsv.id, 'undo')
  expect(undone.statusCode, undone.body).toBe(200)
}, 60_000)

describe('ID numbers at rest, after residents came in through the API and imports', () => {
  it('left what the search must cover: residents, uploads, problems, snapshots, audit rows', async () => {
    const { pool } = t().db
    const count = async (sql: string, values: unknown[]) =>
      Number((await pool.query<{ n: string }>(sql, values)).rows[0]!.n)
    const inJobs = [jobs.xlsx, jobs.csv]
    expect(
      await count('SELECT count(*) n FROM resident WHERE committee_id = $1', [committeeId]),
    ).toBe(5) // 2 through the API, 3 from the .xlsx; the .csv's 2 were undone
    expect(
      await count('SELECT count(*) n FROM import_file WHERE job_id = ANY($1::uuid[])', [inJobs]),
    ).toBe(2)
    expect(
      await count('SELECT count(*) n FROM import_problem WHERE job_id = ANY($1::uuid[])', [inJobs]),
    ).toBe(5)
    expect(
      await count(
        `SELECT count(*) n FROM import_record WHERE job_id = $1 AND action = 'update'
           AND before IS NOT NULL`,
        [jobs.csv],
      ),
    ).toBe(1)
    expect(
      await count(`SELECT count(*) n FROM audit_event WHERE committee_id = $1`, [committeeId]),
    ).toBeGreaterThan(10)
    // The masked forms are there, so a search that finds nothing is not searching nothing.
    const masked = await findInDatabase(pool, [maskIdNumber(viaApi[0]!.canonical)])
    expect(masked.hits.map((h) => `${h.table}.${h.column}`)).toContain(
      'public.resident.id_number_masked',
    )
  })

  it('finds none of them in the clear in any column of any table', async () => {
    const found = await findInDatabase(t().db.pool, idNumberForms(everyNumber))
    expect(found.tables).toBeGreaterThan(20)
    expect(found.hits).toEqual([])
  })

  it('finds none of them in the database’s files or the WAL written meanwhile', async (context) => {
    const { pool } = t().db
    const control = await findInDataFiles(pool, [maskIdNumber(viaApi[0]!.canonical)], walFrom)
    if (!control) return context.skip('the test cluster’s data directory is not on this machine')
    expect(control.hits.length).toBeGreaterThan(0)
    const found = await findInDataFiles(pool, idNumberForms(everyNumber), walFrom)
    expect(found!.files).toBeGreaterThan(10)
    expect(found!.hits).toEqual([])
  })
})
