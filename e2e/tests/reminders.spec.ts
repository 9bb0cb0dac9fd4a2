import { type Page } from '@playwright/test'
import { addDays } from '@cr/shared/party/calendar'
import {
  seedBuilding,
  seedCommittee,
  seedDwelling,
  seedRentalContract,
  seedRentalProperty,
  seedUser,
} from '@cr/api/test/factories'
import { newId } from '@cr/api/lib/ids'
import { toDbDate } from '@cr/api/lib/dates'
import { seedPatrolFindings } from '@cr/api/test/patrol-findings'
import { testToday } from '@cr/api/test/test-clock'
import { expect, test } from '../fixtures/test.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

const shots = process.env.REMINDERS_SHOTS ?? '/tmp/shots-reminders'
/** The page at a desktop and a phone size, for a person to look at; never wider than the window. */
const screenshot = async (page: Page, name: string) => {
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: `${shots}/reminders-${name}-${width}.png`, fullPage: true })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0)
  }
  await page.setViewportSize({ width: 1366, height: 768 })
}

/**
 * A clerk's committee with three reminders on the test day: two overdue patrol follow-ups (an
 * incident's and a 盘查's) and a rental contract ending in ten days.
 */
const seedClerkWithReminders = async () => {
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `提醒社区${suffix}` })
  const clerk = await seedUser(db, {
    role: 'clerk',
    displayName: `社工${suffix.slice(-3)}`,
    committeeIds: [committee.id],
  })
  const findings = await seedPatrolFindings(db, {
    committeeId: committee.id,
    leaderUserId: clerk.id,
    teamName: `夜巡队${suffix.slice(-3)}`,
    date: addDays(testToday, -12),
  })
  const followUp = (finding: { incidentId?: string; questioningId?: string }, dueOn: string) =>
    db.patrolFollowUp.create({
      data: {
        id: newId(),
        committeeId: committee.id,
        logId: findings.logId,
        ...finding,
        ownerId: clerk.id,
        openedOn: toDbDate(addDays(testToday, -10)),
        dueOn: toDbDate(dueOn),
      },
    })
  await followUp({ incidentId: findings.incidentId }, addDays(testToday, -2))
  await followUp({ questioningId: findings.questioningId }, addDays(testToday, -5))
  const building = await seedBuilding(db, { committeeId: committee.id })
  const dwelling = await seedDwelling(db, { buildingId: building.id })
  const property = await seedRentalProperty(db, e2eCipher(), { dwellingId: dwelling.id })
  await seedRentalContract(db, {
    propertyId: property.id,
    leaseStartsOn: addDays(testToday, -300),
    leaseEndsOn: addDays(testToday, 10),
  })
  return { clerk }
}

test('[REMINDERS] a clerk snoozes one reminder with a reason, marks another seen, and the count drops', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const { clerk } = await seedClerkWithReminders()
  await page.setViewportSize({ width: 1366, height: 768 })
  await signInThroughApi(page, clerk.username, clerk.password)
  const nav = page.getByRole('navigation', { name: '主导航' })

  await test.step('the navigation shows 提醒中心 with its count; the page lists the three', async () => {
    await page.goto('/')
    await expect(nav.getByTitle('3 条待处理提醒')).toBeVisible()
    await nav.getByRole('link', { name: '提醒中心' }).click()
    await expect(page.getByRole('heading', { name: '提醒中心', level: 1 })).toBeVisible()
    await expect(page.getByRole('row', { name: /消防通道堆放杂物/ })).toContainText('紧急')
    await expect(page.getByRole('row', { name: /陌生男子/ })).toContainText('已逾期')
    await expect(page.getByRole('row', { name: /租赁合同/ })).toContainText(addDays(testToday, 10))
    await expect(page.getByText('共 3 条')).toBeVisible()
    await screenshot(page, 'open')
  })

  await test.step('暂缓 the incident’s follow-up for a week, with a reason', async () => {
    await page
      .getByRole('row', { name: /消防通道堆放杂物/ })
      .getByRole('button', { name: /^暂缓/ })
      .click()
    const dialog = page.getByRole('dialog', { name: '暂缓提醒' })
    await expect(dialog.getByLabel('暂缓到')).toHaveValue(addDays(testToday, 7))
    // The reason is required.
    await dialog.getByRole('button', { name: '保存', exact: true }).click()
    await expect(dialog.getByText('请填写暂缓的原因')).toBeVisible()
    await dialog.getByLabel('原因').fill('物业下周统一清理')
    await screenshot(page, 'snooze-dialog')
    const snoozed = page.waitForResponse((r) => r.url().endsWith('/api/v1/reminders/snooze'))
    await dialog.getByRole('button', { name: '保存', exact: true }).click()
    expect((await snoozed).status()).toBe(200)
    await expect(dialog).toBeHidden()
    await expect(page.getByText(`已暂缓至 ${addDays(testToday, 7)}`)).toBeVisible()
    await expect(page.getByRole('row', { name: /消防通道堆放杂物/ })).toBeHidden()
    await expect(nav.getByTitle('2 条待处理提醒')).toBeVisible()
  })

  await test.step('标为已读 the 盘查’s follow-up, selected, after a confirmation', async () => {
    await page
      .getByRole('row', { name: /陌生男子/ })
      .getByRole('checkbox')
      .check()
    await page.getByRole('button', { name: '标为已读（1）' }).click()
    const confirm = page.getByRole('dialog', { name: /将所选 1 条提醒标为已读/ })
    const seen = page.waitForResponse((r) => r.url().endsWith('/api/v1/reminders/seen'))
    await confirm.getByRole('button', { name: '标为已读' }).click()
    expect((await seen).status()).toBe(200)
    await expect(page.getByText('已将 1 条提醒标为已读')).toBeVisible()
    await expect(page.getByRole('row', { name: /陌生男子/ })).toBeHidden()
    await expect(nav.getByTitle('1 条待处理提醒')).toBeVisible()
    await expect(page.getByText('共 1 条')).toBeVisible()
  })

  await test.step('the snoozed one is under 暂缓, with its day and reason', async () => {
    await page.getByRole('combobox', { name: '按状态筛选' }).click()
    await page.locator('.ant-select-item-option', { hasText: '暂缓' }).click()
    await expect(page).toHaveURL(/state=snoozed/)
    const row = page.getByRole('row', { name: /消防通道堆放杂物/ })
    await expect(row).toContainText(`暂缓至 ${addDays(testToday, 7)}`)
    await screenshot(page, 'snoozed')
  })
})

test('[REMINDERS] a clerk with nothing due: no count in the navigation, the empty list says so', async ({
  page,
}) => {
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `无提醒社区${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  await page.setViewportSize({ width: 1366, height: 768 })
  await signInThroughApi(page, clerk.username, clerk.password)
  // The home page's 党务提醒 card leads to all of them.
  await page.goto('/')
  await expect(page.getByText('目前没有需要处理的党务事项。')).toBeVisible()
  await screenshot(page, 'home')
  await page.getByRole('link', { name: '查看全部提醒' }).click()
  await expect(page).toHaveURL(/\/reminders$/)
  await expect(page.getByRole('heading', { name: '提醒中心', level: 1 })).toBeVisible()
  await expect(page.getByText('今天没有需要处理的提醒')).toBeVisible()
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByTitle(/条待处理提醒/),
  ).toHaveCount(0)
  await screenshot(page, 'empty')
})
