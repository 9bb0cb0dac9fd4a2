import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import {
  seedBuilding,
  seedCommittee,
  seedDwelling,
  seedResident,
  seedUser,
} from '@cr/api/test/factories'
import { typeDate } from '../fixtures/antd.ts'
import { expect, test } from '../fixtures/test.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

type TRecord = { id: string; version: number }

/** The API as the user signed in on the page (the session cookie is the context's). */
const api = (page: Page) => {
  const send = async (method: 'POST' | 'PUT', url: string, data: object, ifMatch?: number) => {
    const response = await page.request.fetch(`/api/v1${url}`, {
      method,
      data,
      headers: ifMatch === undefined ? {} : { 'If-Match': `"${ifMatch}"` },
    })
    expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true)
    return (await response.json()) as TRecord
  }
  return {
    post: (url: string, data: object) => send('POST', url, data),
    put: (url: string, data: object) => send('PUT', url, data),
    /** A case's step, on the version it has now. */
    step: async (caseId: string, verb: string, data: object) => {
      const current = await page.request.get(`/api/v1/subsidy-cases/${caseId}`)
      const { version } = (await current.json()) as TRecord
      return send('POST', `/subsidy-cases/${caseId}/${verb}`, data, version)
    },
  }
}

test('[SUBSIDY] a clerk generates the month’s 低保 roll, a supervisor locks it, the clerk downloads the bank file and prints the roll', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `保障社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const supervisor = await seedUser(db, { role: 'supervisor' })
  const admin = await seedUser(db, { role: 'admin' })
  const building = await seedBuilding(db, { committeeId: committee.id })
  const dwelling = await seedDwelling(db, { buildingId: building.id })
  const [head, spouse, child] = await Promise.all(
    ['王建国', '李秀英', '王小明'].map((name) =>
      seedResident(db, e2eCipher(), { committeeId: committee.id, name: `${name}${suffix}` }),
    ),
  )
  const headName = `王建国${suffix}`
  const rowName = new RegExp(committee.name)
  const nav = page.getByRole('navigation', { name: '主导航' })

  await test.step('seeded through the API: the standard, a household, its case approved from November', async () => {
    await signInThroughApi(page, admin.username, admin.password)
    // 800 元 a person from July 2026 (the case test's standard).
    await api(page).put('/subsidy-standards/2026-07', { standardFen: 80_000, floorFen: 3_000 })
    await signInThroughApi(page, clerk.username, clerk.password)
    const { post, step } = api(page)
    const household = await post('/households', {
      dwellingId: dwelling.id,
      headResidentId: head!.id,
      members: [
        { residentId: spouse!.id, relationship: '10' },
        { residentId: child!.id, relationship: '20' },
      ],
      movedInOn: '2020-03-01',
    })
    const opened = await post('/subsidy-cases', {
      householdId: household.id,
      applicantId: head!.id,
      appliedOn: '2026-09-24',
      hardshipReason: 'illness',
      classification: 'changing',
      bankName: '农商银行',
      bankAccount: '6230520012345678',
      members: [
        { residentId: head!.id, income: { transfer: '1,200' } },
        { residentId: spouse!.id },
        { residentId: child!.id, covered: false, income: { wage: 600 } },
      ],
    })
    await step(opened.id, 'investigate', {
      investigatedOn: '2026-09-30',
      investigators: ['赵敏', '钱进'],
    })
    await step(opened.id, 'deliberate', { heldOn: '2026-10-09', members: 9, present: 9, agree: 9 })
    await step(opened.id, 'publicize', { startsOn: '2026-10-13' })
    await step(opened.id, 'street-review', { reviewedOn: '2026-10-20' })
    // 1,800 元 over 3 members = 600 元 each; (800 − 600) × 2 covered = 400.00 元 a month.
    await step(opened.id, 'approve', {
      approvedOn: '2026-11-03',
      certificateNumber: `低保${suffix}`,
    })
  })

  await test.step('the clerk generates November’s roll from 社会保障 › 发放花名册', async () => {
    await page.goto('/')
    await nav.getByRole('link', { name: '发放花名册' }).click()
    await expect(page.getByRole('heading', { name: '发放花名册', level: 1 })).toBeVisible()
    await expect(page.getByLabel('月份')).toHaveValue('2026-11')
    const row = page.getByRole('row', { name: rowName })
    await expect(row.getByText('未生成')).toBeVisible()
    // Clerks record; only supervisors lock.
    await expect(page.getByRole('button', { name: /^锁定/ })).toHaveCount(0)
    await row.getByRole('button', { name: `生成${committee.name}2026年11月的花名册` }).click()
    const confirm = page.getByRole('dialog', { name: /生成.*发放花名册？/ })
    const generated = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/subsidy-payouts'),
    )
    await confirm.getByRole('button', { name: '生成' }).click()
    expect((await generated).status()).toBe(201)
    const changes = page.getByRole('dialog', { name: /已生成/ })
    await expect(changes.getByText('花名册已生成，共 1 户。')).toBeVisible()
    await expect(changes.getByText('400.00')).toBeVisible()
    await changes.getByRole('button', { name: '知道了' }).click()
    await expect(row.getByText('待核对')).toBeVisible()
    await expect(row.getByRole('cell', { name: '400.00' }).first()).toBeVisible()
    const totals = page.getByRole('row', { name: /^合计/ })
    await expect(totals).toContainText('400.00')
  })

  await test.step('a supervisor locks it, told a locked month never changes', async () => {
    await signInThroughApi(page, supervisor.username, supervisor.password)
    await page.goto('/subsidy-payouts')
    const row = page.getByRole('row', { name: rowName })
    await expect(row.getByRole('button', { name: /^生成|^重新生成/ })).toHaveCount(0)
    await row.getByRole('button', { name: `锁定${committee.name}2026年11月的花名册` }).click()
    const confirm = page.getByRole('dialog', { name: /锁定.*发放花名册？/ })
    await expect(confirm).toContainText('共 1 户、2 人，合计 400.00 元。')
    await expect(confirm).toContainText('锁定后，本月花名册不再改变')
    const locked = page.waitForResponse(
      (r) => r.request().method() === 'POST' && /\/subsidy-payouts\/[^/]+\/lock$/.test(r.url()),
    )
    await confirm.getByRole('button', { name: '锁定' }).click()
    expect((await locked).status()).toBe(200)
    await expect(row.getByText('已锁定')).toBeVisible()
  })

  await test.step('the clerk downloads the bank file: the account, the amount and 合计', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    await page.goto('/subsidy-payouts')
    const row = page.getByRole('row', { name: rowName })
    await expect(row.getByText('已锁定')).toBeVisible()
    await expect(row.getByRole('button', { name: /^重新生成/ })).toHaveCount(0)
    await row.getByRole('button', { name: /银行代发文件/ }).click()
    const download = page.waitForEvent('download')
    await page.getByRole('menuitem', { name: 'CSV（.csv）' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^低保金代发_.*_2026-11\.csv$/)
    const text = (await readFile((await file.path())!, 'utf8')).replace(/^\uFEFF/, '').trim()
    const lines = text.split(/\r?\n/)
    expect(lines[0]).toMatch(/^户名,账号,开户银行,金额（元）/)
    expect(lines[1]).toContain(headName)
    expect(lines[1]).toContain('6230520012345678')
    expect(lines[1]).toContain('400.00')
    expect(lines.at(-1)).toMatch(/^合计,.*400\.00/)
  })

  await test.step('opens the roll and prints it: names only, signature column, 合计, 制表人/审核人', async () => {
    await page
      .getByRole('row', { name: rowName })
      .getByRole('link', { name: committee.name })
      .click()
    await expect(
      page.getByRole('heading', { level: 1, name: /2026年11月发放花名册/ }),
    ).toBeVisible()
    const lines = page.getByRole('table', { name: '花名册明细' })
    await expect(lines.getByRole('row', { name: new RegExp(headName) })).toContainText('400.00')
    await expect(lines).toContainText('****5678')
    await page.getByRole('link', { name: '打印' }).click()
    const sheet = page.getByRole('article', {
      name: `${committee.name}2026年11月城市低保金发放花名册`,
    })
    await expect(sheet).toBeVisible()
    for (const header of ['序号', '户主姓名', '保障人数', '金额（元）', '领取人签名', '备注'])
      await expect(sheet.getByRole('columnheader', { name: header })).toBeVisible()
    await expect(sheet.getByRole('row', { name: new RegExp(headName) })).toContainText('400.00')
    await expect(sheet.getByRole('row', { name: /^合计/ })).toContainText('400.00')
    await expect(sheet).toContainText('制表人')
    await expect(sheet).toContainText('审核人')
    // Passed round for signatures: no account, no ID number.
    await expect(sheet).not.toContainText('5678')
  })
})

test('[SUBSIDY] an administrator sets the 低保标准 from a month; a clerk sees the overdue review on the home page and in 待复核', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `复核社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const admin = await seedUser(db, { role: 'admin' })
  const building = await seedBuilding(db, { committeeId: committee.id })
  const dwelling = await seedDwelling(db, { buildingId: building.id })
  const head = await seedResident(db, e2eCipher(), {
    committeeId: committee.id,
    name: `张桂兰${suffix}`,
  })
  const nav = page.getByRole('navigation', { name: '主导航' })

  await test.step('the administrator sets 760 元 from July 2025 on the 低保标准 page', async () => {
    await signInThroughApi(page, admin.username, admin.password)
    await page.goto('/')
    await nav.getByRole('link', { name: '低保标准' }).click()
    await expect(page.getByRole('heading', { name: '低保标准', level: 1 })).toBeVisible()
    await expect(
      page.getByText('新标准自其起始月份起适用，不改变此前各月已确定的保障金额。'),
    ).toBeVisible()
    const form = page.getByRole('form', { name: '设置低保标准' })
    await typeDate(form, '起始月份', '2025-07')
    await form.getByLabel('低保标准').fill('760')
    await form.getByRole('button', { name: '保存标准' }).click()
    const confirm = page.getByRole('dialog', { name: '自2025年7月起执行这一标准？' })
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().endsWith('/subsidy-standards/2025-07'),
    )
    await confirm.getByRole('button', { name: '确定' }).click()
    expect((await saved).status()).toBe(200)
    const history = page.getByRole('table', { name: '历次低保标准' })
    await expect(history.getByRole('row', { name: /2025年7月/ })).toContainText('760.00')
  })

  await test.step('a case approved in November 2025, reviewed yearly, is seeded through the API', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    const { post, step } = api(page)
    const household = await post('/households', {
      dwellingId: dwelling.id,
      headResidentId: head.id,
      members: [],
      movedInOn: '2020-03-01',
    })
    const opened = await post('/subsidy-cases', {
      householdId: household.id,
      applicantId: head.id,
      appliedOn: '2025-09-01',
      hardshipReason: 'illness',
      classification: 'stable',
      members: [{ residentId: head.id, income: { transfer: 300 } }],
    })
    await step(opened.id, 'investigate', {
      investigatedOn: '2025-09-08',
      investigators: ['赵敏', '钱进'],
    })
    await step(opened.id, 'deliberate', { heldOn: '2025-09-12', members: 9, present: 9, agree: 9 })
    await step(opened.id, 'publicize', { startsOn: '2025-09-15' })
    await step(opened.id, 'street-review', { reviewedOn: '2025-09-24' })
    await step(opened.id, 'approve', { approvedOn: '2025-11-10' })
  })

  await test.step('the clerk’s home page counts it overdue; 待复核 lists it with its classification', async () => {
    await page.goto('/')
    const card = page.locator('.ant-card', {
      has: page.getByRole('heading', { name: '低保待复核' }),
    })
    await expect(card.getByText('复核已逾期')).toBeVisible()
    await expect(card.locator('.ant-statistic').first()).toContainText('1')
    await card.getByRole('link', { name: '低保待复核' }).click()
    await expect(page.getByRole('heading', { name: '待复核', level: 1 })).toBeVisible()
    const row = page.getByRole('table', { name: '待复核的低保案件' }).getByRole('row', {
      name: new RegExp(`张桂兰${suffix}`),
    })
    // Approved 2025-11-10, yearly: due 2026-11-10, 20 days before the tests' day.
    await expect(row).toContainText('2026-11-10')
    await expect(row).toContainText('已逾期 20 天')
    await expect(row).toContainText('每年复核')
    await expect(row.getByRole('link', { name: `张桂兰${suffix}` })).toHaveAttribute(
      'href',
      /^\/subsidy-cases\/[0-9a-f-]+$/,
    )
    // Clerks read the standard; only administrators set it.
    await nav.getByRole('link', { name: '低保标准' }).click()
    await expect(page.getByRole('heading', { name: '低保标准', level: 1 })).toBeVisible()
    await expect(page.getByRole('form', { name: '设置低保标准' })).toHaveCount(0)
  })
})
