import { type Locator, type Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import { seedCommittee, seedResident, seedUser, testIdNumber } from '@cr/api/test/factories'
import { newId } from '@cr/api/lib/ids'
import { choose, typeDate } from '../fixtures/antd.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

/** Submits the dialog's form and waits for the server's answer to the write it sends. */
const submit = async (
  page: Page,
  dialog: Locator,
  button: string,
  path: RegExp,
  status: number,
  confirm = false,
) => {
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname),
  )
  await dialog.getByRole('button', { name: button, exact: true }).click()
  if (confirm) await page.getByRole('button', { name: '确定', exact: true }).click()
  const response = await answered
  expect(response.status(), await response.text()).toBe(status)
  await expect(dialog).toBeHidden()
}

// The business day is fixed (testToday, 2026-11-30, a Monday): the help is dated the Friday before.
test('[ASSISTANCE] an urgent 急难型 case: recorded by the clerk, approved after a deposit into the fund, paid from it', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `救助社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const supervisor = await seedUser(db, { role: 'supervisor' })
  const name = `张桂${suffix.slice(-2)}`
  await seedResident(db, e2eCipher(), {
    committeeId: committee.id,
    name,
    idNumber: testIdNumber({ birthDate: '1958-04-02', male: false }),
  })
  // A standard (760 元) the limit is measured by, unless one is already set for that month.
  await db.subsidyStandard.upsert({
    where: { effectiveMonth: '2025-01' },
    create: { id: newId(), effectiveMonth: '2025-01', standardFen: 76_000, floorFen: 0 },
    update: {},
  })
  const balance = page.getByTestId(`fund-balance-${committee.id}`)
  const row = page
    .getByRole('table', { name: '临时救助案件' })
    .getByRole('row', { name: new RegExp(name) })
  const open = async () => {
    await page.goto('/')
    const nav = page.getByRole('navigation', { name: '主导航' })
    await nav.getByRole('link', { name: '临时救助' }).click()
    await expect(page.getByRole('heading', { name: '临时救助', level: 1 })).toBeVisible()
  }

  await test.step('the clerk records an urgent 急难型 case, helped on Friday', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    await open()
    await expect(page.getByText('尚无备用金，请主管拨入')).toBeVisible()
    await page.getByRole('button', { name: '登记临时救助' }).click()
    const dialog = page.getByRole('dialog', { name: '登记临时救助' })
    await choose(dialog, '救助对象', name)
    await expect(dialog.getByRole('radio', { name: '急难型' })).toBeChecked()
    await choose(dialog, '程序', '紧急', '紧急程序（先救助后补办）')
    await dialog.getByLabel('救助事由').fill('家中失火')
    await dialog.getByLabel('救助金额（元）').fill('1,500')
    await typeDate(dialog, '先行救助日期', '2026-11-27')
    await submit(page, dialog, '保存', /^\/api\/v1\/assistance-cases$/, 201)
    await expect(row).toContainText('待审批')
    await expect(row).toContainText('紧急')
    // Five working days from Friday 27 November.
    await expect(row).toContainText('补办期限 2026-12-04')
    await expect(row.getByRole('button', { name: /^审批/ })).toHaveCount(0)
  })

  await test.step('a supervisor deposits 3,000 元 into the fund and approves the case', async () => {
    await signInThroughApi(page, supervisor.username, supervisor.password)
    await open()
    await page.getByRole('button', { name: '拨入备用金' }).click()
    const dialog = page.getByRole('dialog', { name: '拨入备用金' })
    await choose(dialog, '居委会', committee.name)
    await dialog.getByLabel('金额（元）').fill('3000')
    await dialog.getByLabel('说明').fill('街道拨入')
    await submit(page, dialog, '拨入备用金', /^\/api\/v1\/assistance-fund\/deposits$/, 201)
    await expect(balance).toHaveText('¥3,000.00')

    await row.getByRole('button', { name: `审批 ${name}` }).click()
    const approve = page.getByRole('dialog', { name: `审批临时救助 · ${name}` })
    await submit(page, approve, '审批', /\/approve$/, 200, true)
    await expect(row).toContainText('已审批待发放')
  })

  await test.step('the clerk pays it from the fund: the balance falls by the amount', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    await open()
    await row.getByRole('button', { name: `发放 ${name}` }).click()
    const pay = page.getByRole('dialog', { name: `发放临时救助 · ${name}` })
    await submit(page, pay, '发放', /\/pay$/, 200, true)
    await expect(row).toContainText('已办结')
    await expect(balance).toHaveText('¥1,500.00')
    await expect(page.getByTestId('assistance-totals')).toContainText('已发放 1,500.00 元')
  })
})
