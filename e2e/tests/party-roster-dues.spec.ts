import type { Page } from '@playwright/test'
import { addMonthsToMonth, monthOf } from '@cr/shared/party/calendar'
import {
  seedCommittee,
  seedPartyOrganization,
  seedResident,
  testIdNumber,
} from '@cr/api/test/factories'
import { testToday } from '@cr/api/test/test-clock'
import { expect, test } from '../fixtures/test.ts'
import { adminCredentials } from '../fixtures/credentials.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { ledgerXlsx } from '../fixtures/ledger.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

/** A month as the roll shows it: 2026年10月. */
const monthText = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `screenshots/roster-dues-${name}.png`, fullPage: true })

test('[PARTY] a member imported with 党费交至 and 每月党费 owes nothing up to it, and a month paid shows as paid', async ({
  page,
}) => {
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `光明社区居委会${suffix}` })
  const root = await seedPartyOrganization(db, { name: `党工委${suffix}` })
  const branchName = `光明第一党支部${suffix}`
  const branch = await seedPartyOrganization(db, {
    parentId: root.id,
    level: 'branch',
    name: branchName,
    committeeIds: [committee.id],
  })
  const person = '魏建民'
  const idNumber = testIdNumber({ birthDate: '1958-02-17', male: true })
  await seedResident(db, e2eCipher(), { committeeId: committee.id, name: person, idNumber })
  const thisMonth = monthOf(testToday)
  const lastMonth = addMonthsToMonth(thisMonth, -1)
  // Joined in 1985 and paid up to last month where the roster was kept: without 党费交至 every
  // month since 1985 would be owed.
  const roster = await ledgerXlsx([
    ['序号', '姓名', '公民身份号码', '所在党支部', '入党时间', '转正时间', '党费交至', '月缴党费'],
    ['1', person, idNumber, branchName, '1985-07-01', '1986-07-01', lastMonth, '48.00'],
  ])
  const row = () =>
    page.getByRole('table', { name: '党费收缴表' }).getByRole('row', { name: new RegExp(person) })

  await test.step('the administrator imports the roster', async () => {
    await signInThroughApi(page, adminCredentials.username, adminCredentials.password)
    await page.goto('/imports')
    await page.getByRole('button', { name: '导入台账' }).click()
    const dialog = page.getByRole('dialog', { name: '导入台账' })
    // The type is a plain choice (no typing): opened, then picked.
    await dialog.getByLabel('台账类型', { exact: true }).click()
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^党员$/ })
      .click()
    await expect(dialog.locator('.ant-select', { hasText: '党员' })).toBeVisible()
    await dialog.locator('input[type="file"]').setInputFiles({
      name: '光明社区党员花名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: roster,
    })
    await dialog.getByRole('button', { name: '上传并检查' }).click()
    const result = page.getByRole('region', { name: '检查结果' })
    await expect(result).toContainText('正确 1')
    await expect(result).toContainText('将新增 1')
    await page.getByRole('button', { name: '确认导入' }).click()
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确认导入' }).click()
    await expect(page.getByText('导入完成', { exact: true })).toBeVisible()
    await expect(page.getByRole('region', { name: '导入结果' })).toContainText('新增 1')
  })

  await test.step('last month’s roll: the member owes nothing, no lapse after 40 years', async () => {
    await page.goto(`/party?org=${branch.id}&tab=dues&month=${lastMonth}`)
    await expect(row()).toContainText('48.00')
    await expect(row()).toContainText(monthText(lastMonth)) // 党费交至
    await expect(row()).toContainText('已缴')
    await expect(row()).not.toContainText('连续六个月未交')
    await expect(row().getByRole('button', { name: `为${person}登记缴费` })).toHaveCount(0)
  })

  await test.step('this month is owed; paid, it shows as paid and nothing is owed', async () => {
    await page.goto(`/party?org=${branch.id}&tab=dues&month=${thisMonth}`)
    await expect(row()).not.toContainText('已缴')
    await row()
      .getByRole('button', { name: `为${person}登记缴费` })
      .click()
    const dialog = page.getByRole('dialog', { name: `登记党费：${person}` })
    await expect(dialog.getByRole('status')).toContainText('48.00')
    const paid = page.waitForResponse(
      (r) => r.request().method() === 'POST' && /\/dues-payments$/.test(new URL(r.url()).pathname),
    )
    await dialog.getByRole('button', { name: '保存' }).click()
    expect((await paid).status()).toBe(201)
    await expect(dialog).toBeHidden()
    await expect(row()).toContainText('已缴')
    await expect(row()).toContainText(monthText(thisMonth))
    await shot(page, 'paid')
  })

  await test.step('the member’s profile says paid to this month, with the roster’s standard', async () => {
    const member = await db.partyMember.findFirstOrThrow({
      where: { organizationId: branch.id },
    })
    await page.goto(`/party/members/${member.id}`)
    await expect(page.getByText('台账记载每月 48.00 元（收入基数待核定）')).toBeVisible()
    await expect(page.getByText('连续六个月未交')).toHaveCount(0)
  })
})
