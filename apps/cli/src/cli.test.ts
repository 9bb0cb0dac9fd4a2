import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMMITTEE_NAME } from '@cr/api/imports/fixtures/residents-ledger.fixture'
import { writeXlsxFixture } from '@cr/api/imports/fixtures/write-ledgers'
import {
  partyRosterOfficeLedger,
  rosterMember,
} from '@cr/api/modules/party-members/fixtures/party-roster-office-ledger'
import {
  officeLedgerRowOf,
  officeLedgerWarningSerials,
  residentsOfficeLedger,
} from '@cr/api/modules/residents/fixtures/residents-office-ledger'
import { errorReportNotes } from '@cr/api/test/error-report'
import {
  seedCommittee,
  seedPartyOrganization,
  seedResident,
  seedUser,
  testIdNumber,
} from '@cr/api/test/factories'
import { ledgerWorkbook, type TLedgerLayout } from '@cr/api/test/ledger-workbook'
import { signIn } from '@cr/api/test/sign-in'
import { useTestApp } from '@cr/api/test/test-app'
import { testToday } from '@cr/api/test/test-clock'
import { addDays } from '@cr/shared/party/calendar'
import { run } from './run.ts'

const t = useTestApp()

let server: string
let dir: string
beforeAll(async () => {
  // The CLI speaks HTTP, so the real app listens on an ephemeral port (inject() would not do).
  await t().app.listen({ port: 0, host: '127.0.0.1' })
  server = `http://127.0.0.1:${(t().app.server.address() as AddressInfo).port}`
  dir = await mkdtemp(join(tmpdir(), 'cr-cli-'))
})
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** A committee and a clerk's API token for it, created through the API as an admin would. */
const setup = async (name?: string) => {
  const db = t().db.prisma
  const committee =
    (name && (await db.committee.findFirst({ where: { name } }))) ||
    (await seedCommittee(db, name ? { name } : {}))
  const admin = await seedUser(db, { role: 'admin' })
  const response = await t().app.inject({
    method: 'POST',
    url: '/api/v1/api-tokens',
    headers: await signIn(t().app, admin.username),
    payload: {
      name: '台账脚本',
      role: 'clerk',
      committeeIds: [committee.id],
      expiresOn: addDays(testToday, 30),
    },
  })
  expect(response.statusCode, response.body).toBe(201)
  return { committee, token: response.json().token as string }
}

/** Runs the CLI in-process, the way `pnpm cli …` would from `dir`, capturing its output. */
const cli = async (argv: string[], token: string) => {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: dir,
    env: { CR_SERVER: server, CR_TOKEN: token },
    pollMs: 50,
  })
  // Whatever happens, the secret is never printed.
  expect(stdout + stderr).not.toContain(token)
  return { code, stdout, stderr }
}

const csvLedger = async (name: string, rows: string[][]) => {
  await writeFile(join(dir, name), `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`)
  return name
}

const xlsxLedger = async (name: string, layout: TLedgerLayout) => {
  await writeFile(join(dir, name), await ledgerWorkbook(layout))
  return name
}

const residentsIn = (committeeId: string) =>
  t().db.prisma.resident.count({ where: { committeeId } })

describe('pnpm cli import', () => {
  it('checks a clean ledger with --dry-run: exit 0, nothing written, no error file', async () => {
    const { committee, token } = await setup()
    const file = await csvLedger('clean.csv', [
      ['姓名', '身份证号'],
      ['张三', testIdNumber()],
      ['李四', testIdNumber()],
    ])
    const result = await cli(
      ['import', 'residents', file, '--dry-run', '--committee', committee.id],
      token,
    )
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('已检查（试运行，未写入）')
    expect(result.stdout).toMatch(/行数 2\s+有效 2\s+无效 0/)
    expect(await residentsIn(committee.id)).toBe(0)
    expect((await readdir(dir)).filter((f) => f.startsWith('clean.errors'))).toEqual([])
  })

  it('commits a clean ledger in one job, the committee given by name: exit 0', async () => {
    const { committee, token } = await setup()
    const file = await csvLedger('commit.csv', [
      ['姓名', '身份证号', '联系电话'],
      ['王五', testIdNumber(), '13800138000'],
    ])
    const result = await cli(['import', 'residents', file, '--committee', committee.name], token)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('已导入')
    expect(result.stdout).toMatch(/新增 1/)
    expect(await residentsIn(committee.id)).toBe(1)
  })

  it('refuses a ledger with bad rows: exit 1, problems listed, the error file beside it', async () => {
    const { committee, token } = await setup(COMMITTEE_NAME)
    const xlsx = await writeXlsxFixture(dir)
    const result = await cli(['import', 'residents', xlsx, '--committee', COMMITTEE_NAME], token)
    expect(result.code, result.stderr).toBe(1)
    expect(result.stdout).toMatch(/无效 7/)
    expect(result.stdout).toMatch(/第 \d+ 行 \[[^\]]+\] \S/)
    expect(await residentsIn(committee.id)).toBe(0) // all or nothing

    const base = xlsx.replace(/\.xlsx$/, '')
    const hasReportRoute = t().app.hasRoute({
      method: 'GET',
      url: '/api/v1/imports/:id/report',
    })
    if (hasReportRoute) {
      const report = await readFile(`${base}.errors.xlsx`)
      expect(report.subarray(0, 2).toString()).toBe('PK') // a zip: an .xlsx
    } else {
      // The report route is not there yet: the CLI says so and writes the problems as CSV.
      expect(result.stderr).toContain('返回 404')
      const csv = await readFile(`${base}.errors.csv`, 'utf8')
      expect(csv.startsWith('\uFEFF行号,') || csv.startsWith('\uFEFF"行号"')).toBe(true)
      expect(csv.trim().split('\r\n')).toHaveLength(1 + 7)
    }
    expect(result.stdout).toContain('错误报告：')
  })

  it('stops with exit 2 on a wrong token, a missing file, or an unreachable server', async () => {
    const { committee, token } = await setup()
    const file = await csvLedger('any.csv', [['姓名', '身份证号']])

    const wrong = await cli(['import', 'residents', file, '--committee', committee.id], 'crt_nope')
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('HTTP 401')
    expect(wrong.stderr).toContain('令牌')

    const missing = await cli(['import', 'residents', 'no-such.xlsx'], token)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain(`找不到文件：${join(dir, 'no-such.xlsx')}`)

    const usage = await cli(['import', 'residents', file, '--on-conflict', 'merge'], token)
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('--on-conflict')

    const down = await cli(['import', 'residents', file, '--server', 'http://127.0.0.1:1'], token)
    expect(down.code).toBe(2)
    expect(down.stderr).toContain('无法连接服务器')
  })
})

describe('pnpm cli import: the office ledgers as kept (issue 11 §1)', () => {
  it('imports the residents ledger headed 街路/户室号 with no mapping; warnings shown and in the report', async () => {
    const { committee, token } = await setup()
    const file = await xlsxLedger('永兴社区居民台账.xlsx', residentsOfficeLedger())
    const result = await cli(['import', 'residents', file, '--committee', committee.name], token)
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(result.stdout).toContain('已导入')
    expect(result.stdout).toMatch(/行数 6\s+有效 6\s+无效 0/)
    expect(result.stdout).toMatch(/新增 6/)
    // The relationship that contradicts the ID number's sex: a warning, the row imported.
    expect(result.stdout).toContain('错误 0 条，提醒 2 条')
    for (const serial of officeLedgerWarningSerials)
      expect(result.stdout).toContain(`提醒 第 ${officeLedgerRowOf(serial)} 行 [与户主关系]`)
    expect(await residentsIn(committee.id)).toBe(6)

    // The error report is saved beside the ledger, the warnings beside their rows.
    expect(result.stdout).toContain('错误报告：')
    const notes = await errorReportNotes(await readFile(join(dir, '永兴社区居民台账.errors.xlsx')))
    for (const serial of officeLedgerWarningSerials)
      expect(notes.get(officeLedgerRowOf(serial))).toMatch(/^\[与户主关系\] 提醒：/)
    expect(notes.get(officeLedgerRowOf(1))).toBe('')
  })

  it('imports a roster without 居委会 and without --committee when its members are registered', async () => {
    const { committee, token } = await setup()
    const db = t().db.prisma
    const root = await seedPartyOrganization(db, { name: `永兴社区党工委${committee.code}` })
    const branch = await seedPartyOrganization(db, {
      parentId: root.id,
      level: 'branch',
      name: '第一党支部',
      committeeIds: [committee.id],
    })
    const people = [
      ['周振华', testIdNumber({ birthDate: '1948-11-12', male: true })],
      ['吴桂兰', testIdNumber({ birthDate: '1955-04-21', male: false })],
    ] as const
    for (const [name, idNumber] of people)
      await seedResident(db, t().app.cipher, { committeeId: committee.id, name, idNumber })
    const file = await xlsxLedger(
      '党员花名册.xlsx',
      partyRosterOfficeLedger(
        people.map(([name, idNumber], i) => rosterMember(i + 1, name, idNumber, null)),
      ),
    )
    const result = await cli(['import', 'party-members', file], token)
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(result.stdout).toContain('已导入')
    expect(result.stdout).toMatch(/行数 2\s+有效 2\s+无效 0/)
    expect(result.stdout).not.toContain('错误报告：')
    const members = await db.partyMember.findMany({
      where: { organizationId: branch.id },
      include: { resident: { select: { name: true } } },
    })
    expect(members.map((m) => m.resident.name).sort()).toEqual(people.map(([n]) => n).sort())
    expect(await residentsIn(committee.id)).toBe(2)
  })
})

describe('pnpm cli export', () => {
  it('streams the filtered resident list to --out: csv by its name, xlsx by default', async () => {
    const { committee, token } = await setup()
    const file = await csvLedger('for-export.csv', [
      ['姓名', '身份证号'],
      ['赵一', testIdNumber()],
      ['钱二', testIdNumber()],
    ])
    expect(
      (await cli(['import', 'residents', file, '--committee', committee.id], token)).code,
    ).toBe(0)

    const csv = await cli(
      ['export', 'residents', '--committee', committee.name, '--out', 'list.csv'],
      token,
    )
    expect(csv.code, csv.stderr).toBe(0)
    const text = await readFile(join(dir, 'list.csv'), 'utf8')
    const names = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[0])
    expect(names.sort()).toEqual(['赵一', '钱二'].sort())
    expect(csv.stdout).toContain(`写入 ${Buffer.byteLength(text)} 字节`)

    // Who moved out is left out by default and exported with --status.
    await t().db.prisma.resident.updateMany({
      where: { committeeId: committee.id, name: '钱二' },
      data: { status: 'moved_out' },
    })
    const namesIn = async (args: string[], out: string) => {
      const result = await cli(
        ['export', 'residents', '--committee', committee.id, ...args, '--out', out],
        token,
      )
      expect(result.code, result.stderr).toBe(0)
      return (await readFile(join(dir, out), 'utf8'))
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0])
    }
    expect(await namesIn([], 'here.csv')).toEqual(['赵一'])
    expect(await namesIn(['--status', 'moved_out'], 'gone.csv')).toEqual(['钱二'])

    const filtered = await cli(
      ['export', 'residents', '--committee', committee.id, '--q', '赵', '--out', 'zhao.xlsx'],
      token,
    )
    expect(filtered.code, filtered.stderr).toBe(0)
    const xlsx = await readFile(join(dir, 'zhao.xlsx'))
    expect(xlsx.subarray(0, 2).toString()).toBe('PK')
    expect((await readdir(dir)).filter((f) => f.endsWith('.part'))).toEqual([])
  })

  it('reports a type without an export route as exit 2 and leaves no file', async () => {
    const { token } = await setup()
    const result = await cli(['export', 'no-such-records', '--out', 'x.csv'], token)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('没有“no-such-records”的导出接口')
    expect((await readdir(dir)).filter((f) => f.startsWith('x.csv'))).toEqual([])
  })
})
