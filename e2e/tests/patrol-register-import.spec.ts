import { type Page } from '@playwright/test'
import { seedCommittee, seedResident, seedUser } from '@cr/api/test/factories'
import { expect, test } from '../fixtures/test.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { ledgerXlsx } from '../fixtures/ledger.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

const shots = process.env.PATROL_SHOTS ?? '/tmp/patrol-shots'
/** Each page at a desktop and a phone size, for a person to look at. */
const screenshot = async (page: Page, name: string) => {
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: `${shots}/figures-${name}-${width}.png`, fullPage: true })
  }
  await page.setViewportSize({ width: 1366, height: 768 })
}

test('[PATROL] a clerk imports a messy patrol register and sees its counts in the month’s figures', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `巡逻统计社区${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const [wang, li] = await Promise.all(
    ['王建国', '李明'].map((name) =>
      seedResident(db, e2eCipher(), { committeeId: committee.id, name }),
    ),
  )
  const team = `夜巡队${suffix.slice(-4)}`
  await page.setViewportSize({ width: 1366, height: 768 })
  await signInThroughApi(page, clerk.username, clerk.password)

  await test.step('setup: the team and its two members, through the API', async () => {
    const created = await page.request.post('/api/v1/patrol-teams', {
      data: { committeeId: committee.id, kind: 'team', name: team },
    })
    expect(created.status()).toBe(201)
    let { id, version } = (await created.json()) as { id: string; version: number }
    for (const [index, person] of [wang!, li!].entries()) {
      const joined = await page.request.post(`/api/v1/patrol-teams/${id}/members`, {
        headers: { 'if-match': `"${version}"` },
        data: { residentId: person.id, leader: index === 0, joinedOn: '2026-01-01' },
      })
      expect(joined.status(), await joined.text()).toBe(200)
      ;({ id, version } = (await joined.json()) as { id: string; version: number })
    }
  })

  // A register as offices keep it: the time in one cell, full-width digits, 、 and ，, 无异常,
  // and a team the system does not know (a row error; the other rows go in).
  const register = await ledgerXlsx([
    ['日期', '巡逻时间', '巡逻队', '带班人', '参加人员', '发现情况', '处理结果'],
    ['2026-10-03', '20:00-次日02:00', team, '王建国', '李明', '无异常', ''],
    [
      '２０２６年１０月４日',
      '２０：００－次日０１：３０',
      team,
      '王建国',
      '李明，王建国',
      '3号楼消防通道堆放杂物；东门有可疑人员徘徊',
      '已通知物业清理',
    ],
    ['2026.10.5', '19:00-21:00', team, '王建国', '李明', '无', ''],
    ['2026-10-06', '20:00-22:00', '不存在的队', '王建国', '李明', '无异常', ''],
  ])

  await test.step('the clerk imports the register from the import page', async () => {
    await page.goto('/imports')
    await page.getByRole('button', { name: '导入台账' }).click()
    const dialog = page.getByRole('dialog', { name: '导入台账' })
    await dialog.getByLabel('台账类型', { exact: true }).click()
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^巡逻登记簿$/ })
      .click()
    await dialog.locator('input[type="file"]').setInputFiles({
      name: '巡逻登记簿.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: register,
    })
    await dialog.getByRole('button', { name: '上传并检查' }).click()
    const result = page.getByRole('region', { name: '检查结果' })
    await expect(result).toContainText('正确 3')
    await expect(page.getByText('本居委会没有这个名称的巡逻队').first()).toBeVisible()
    await screenshot(page, 'import-check')
  })

  await test.step('only the valid rows: committed', async () => {
    const mode = page.getByText('只导入正确的行')
    if (await mode.count()) await mode.first().click()
    await page.getByRole('button', { name: '确认导入' }).click()
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确认导入' }).click()
    await expect(page.getByText('导入完成', { exact: true })).toBeVisible()
    await expect(page.getByRole('region', { name: '导入结果' })).toContainText('新增 3')
  })

  await test.step('巡逻统计 for October: 3 patrols, 13.5 hours, one fire hazard and one suspicious person', async () => {
    await page.goto('/patrol-figures?month=2026-10')
    await expect(page.getByRole('heading', { name: '巡逻统计', level: 1 })).toBeVisible()
    const row = page.getByRole('row', { name: new RegExp(team) }).first()
    // 6 + 5.5 + 2 hours = 13.5; 消防隐患 1, 可疑人员 1.
    await expect(row).toContainText('13.5')
    const cells = row.getByRole('cell')
    await expect(cells.nth(1)).toHaveText('3')
    await expect(cells.nth(2)).toHaveText('13.5')
    const member = page.getByRole('row', { name: /李明/ }).first()
    await expect(member.getByRole('cell').nth(1)).toHaveText('3')
    await screenshot(page, 'page')
  })

  await test.step('the printable monthly report', async () => {
    await page.goto('/patrol-figures/print?month=2026-10')
    await expect(page.getByRole('heading', { name: '月度巡逻情况报表' })).toBeVisible()
    await expect(page.getByText(team).first()).toBeVisible()
    await expect(page.getByText('制表人（签字）：')).toBeVisible()
    await screenshot(page, 'print')
  })
})
