import { type Page } from '@playwright/test'
import { addDays } from '@cr/shared/party/calendar'
import { seedCommittee, seedUser } from '@cr/api/test/factories'
import { seedPatrolFindings } from '@cr/api/test/patrol-findings'
import { testToday } from '@cr/api/test/test-clock'
import { choose } from '../fixtures/antd.ts'
import { expect, test } from '../fixtures/test.ts'
import { e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

const shots = process.env.PATROL_SHOTS
/** Each page at a desktop and a phone size, for a person to look at (PATROL_SHOTS=dir). */
const screenshot = async (page: Page, name: string) => {
  if (!shots) return
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: `${shots}/follow-${name}-${width}.png`, fullPage: true })
    // Nothing wider than the window: the page scrolls down, never sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0)
  }
  await page.setViewportSize({ width: 1366, height: 768 })
}

/**
 * A clerk's committee with a patrol log (an incident and a 盘查) written to the tables: the logs
 * API is another module's, so the seed goes around it, as the API tests' seed does.
 */
const seedClerkWithLog = async () => {
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `巡逻跟进社区${suffix}` })
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
  return { committee, clerk, ...findings }
}

test('[PATROL] the follow-ups list: empty, then an overdue follow-up of a patrol finding, closed in its modal', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const { clerk, incidentId } = await seedClerkWithLog()
  await page.setViewportSize({ width: 1366, height: 768 })
  await signInThroughApi(page, clerk.username, clerk.password)

  await test.step('nothing to follow up yet: the empty state', async () => {
    await page.goto('/')
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '跟进事项' })
      .click()
    await expect(page.getByRole('heading', { name: '跟进事项', level: 1 })).toBeVisible()
    await expect(page.getByText('没有跟进事项')).toBeVisible()
    await screenshot(page, 'empty')
  })

  await test.step('a follow-up due two days ago shows overdue, and is closed with a date and a note', async () => {
    const opened = await page.request.post('/api/v1/patrol-follow-ups', {
      data: {
        findingId: incidentId,
        ownerId: clerk.id,
        openedOn: addDays(testToday, -10),
        dueOn: addDays(testToday, -2),
        note: '联系物业清理消防通道',
      },
    })
    expect(opened.status()).toBe(201)
    await page.reload()
    const row = page.getByRole('row', { name: /消防通道堆放杂物/ })
    await expect(row).toContainText('已逾期')
    await expect(row).toContainText('消防隐患')
    await screenshot(page, 'overdue')

    await row.getByRole('button', { name: '办结' }).click()
    const dialog = page.getByRole('dialog', { name: '办结跟进事项' })
    await dialog.getByLabel('办结情况').fill('物业已清理，通道畅通')
    const closed = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/close'),
    )
    await dialog.getByRole('button', { name: '保存', exact: true }).click()
    expect((await closed).status()).toBe(200)
    await expect(dialog).toBeHidden()
    await expect(row).toContainText('已办结')
    await expect(row).toContainText('物业已清理')

    // Closed, it is overdue no more: filtered by 已逾期 the list has nothing.
    await choose(page.locator('main'), '状态', '已逾期')
    await expect(page.getByText('没有符合条件的记录')).toBeVisible()
  })
})

// The register list and a log's page read the logs API; 开跟进 is offered on the log's findings.
test('[PATROL] the register lists the log; its page shows the findings and opens a follow-up on the incident', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const { clerk, logId } = await seedClerkWithLog()
  await page.setViewportSize({ width: 1366, height: 768 })
  await signInThroughApi(page, clerk.username, clerk.password)
  await page.goto('/patrol-logs')
  await expect(page.getByRole('heading', { name: '巡逻登记', level: 1 })).toBeVisible()
  const row = page.getByRole('row', { name: /20:00–次日02:00/ })
  await expect(row).toContainText('消防隐患')
  await screenshot(page, 'register')
  await row.getByRole('link').first().click()
  await expect(page).toHaveURL(new RegExp(`/patrol-logs/${logId}`))
  await expect(page.getByText('3号楼消防通道堆放杂物')).toBeVisible()
  await page.getByRole('button', { name: '开跟进' }).first().click()
  const dialog = page.getByRole('dialog', { name: /开跟进/ })
  const opened = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/patrol-follow-ups'),
  )
  await dialog.getByRole('button', { name: '保存', exact: true }).click()
  expect((await opened).status()).toBe(201)
  // The finding is marked on the page (the toast says it too).
  await expect(page.locator('#main-content').getByText('已开跟进')).toBeVisible()
  await screenshot(page, 'log')
})
