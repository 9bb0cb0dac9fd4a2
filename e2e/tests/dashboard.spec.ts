import { mkdirSync } from 'node:fs'
import { seedBuilding, seedCommittee, seedUser } from '@cr/api/test/factories'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import { e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'
import { stubSeries, stubStatistics } from '../fixtures/statistics-stub.ts'

// Screenshots for the reviewer (issue 16); looked at, not compared.
const shots = '/tmp/shots-dashboard'
mkdirSync(shots, { recursive: true })
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: `${shots}/${name}.png`, fullPage: true })

/** Whether the page scrolls sideways (a phone's 390 px must hold everything). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)

/**
 * Records dated before the tests' business day: `createdAt` is the machine's clock, which may be
 * after `testToday`, and a figure as of that day counts only what existed by its end.
 */
const backdate = async (ids: string[]) => {
  await e2eDb().prisma.building.updateMany({
    where: { id: { in: ids } },
    data: { createdAt: new Date('2026-01-05T02:00:00Z') },
  })
}

test('[STATISTICS] a supervisor opens the dashboard, sees the 楼栋 figure and drills down to exactly those buildings', async ({
  page,
}) => {
  const db = e2eDb().prisma
  const suffix = Date.now().toString(36)
  const east = await seedCommittee(db, { name: `看板东社区${suffix}` })
  const west = await seedCommittee(db, { name: `看板西社区${suffix}` })
  const buildings = [
    await seedBuilding(db, {
      committeeId: east.id,
      street: `看板东路${suffix}`,
      buildingNumber: '1号楼',
    }),
    await seedBuilding(db, {
      committeeId: east.id,
      street: `看板东路${suffix}`,
      buildingNumber: '2号楼',
    }),
    await seedBuilding(db, {
      committeeId: west.id,
      street: `看板西路${suffix}`,
      buildingNumber: '8号楼',
    }),
  ]
  await backdate(buildings.map((b) => b.id))
  const supervisor = await seedUser(db, { role: 'supervisor' })
  await signInThroughApi(page, supervisor.username, supervisor.password)
  const registry = page.getByRole('region', { name: '以房管人' })
  const buildingsCard = registry.getByRole('link', { name: /^楼栋/ })

  await test.step('the home page shows the key figures and leads to the dashboard', async () => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: '关键数据' })).toBeVisible()
    await expect(page.locator('.figure-card').getByRole('link', { name: /^楼栋/ })).toBeVisible()
    await shoot(page, 'home-1366')
    await page.getByRole('link', { name: '查看数据看板' }).click()
    await expect(page.getByRole('heading', { level: 1, name: '数据看板' })).toBeVisible()
    await expect(buildingsCard).toBeVisible()
  })

  await test.step('the 楼栋 figure of every committee equals the rows of its drill-down', async () => {
    const value = Number(
      (await buildingsCard.locator('.figure-card-value').innerText()).replace(/,/g, ''),
    )
    expect(value).toBeGreaterThanOrEqual(3)
    await shoot(page, 'dashboard-1366')
    await buildingsCard.click()
    await expect(page).toHaveURL(/\/statistics\/registry\.buildings\?/)
    await expect(page.getByRole('heading', { level: 1, name: '楼栋：明细' })).toBeVisible()
    await expect(page.getByText(`共 ${value} 条`)).toBeVisible()
  })

  await test.step('one committee: its card says 2 and its drill-down lists exactly its two buildings', async () => {
    await page.goto(`/dashboard?committeeId=${east.id}`)
    await expect(buildingsCard.locator('.figure-card-value')).toHaveText('2')
    await buildingsCard.click()
    await expect(page.getByText('共 2 条')).toBeVisible()
    const table = page.getByRole('table', { name: '统计明细' })
    await expect(
      table.getByRole('row', { name: new RegExp(`看板东路${suffix}1号楼`) }),
    ).toBeVisible()
    await expect(
      table.getByRole('row', { name: new RegExp(`看板东路${suffix}2号楼`) }),
    ).toBeVisible()
    await expect(table.getByRole('row', { name: /看板西路/ })).toHaveCount(0)
    await shoot(page, 'drill-down-1366')
  })

  await test.step('a part of the breakdown (one committee) lists its building', async () => {
    await page.goto('/dashboard')
    await registry.getByRole('link', { name: new RegExp(`看板西社区${suffix}`) }).click()
    await expect(page).toHaveURL(new RegExp(`part=${west.id}`))
    await expect(page.getByText('共 1 条')).toBeVisible()
    await expect(page.getByRole('cell', { name: `看板西路${suffix}8号楼` })).toBeVisible()
    await page.getByRole('link', { name: '数据看板' }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: '数据看板' })).toBeVisible()
  })

  await test.step('on a phone (390×844) nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/dashboard')
    await expect(buildingsCard).toBeVisible()
    await expect(page.getByRole('heading', { name: '图表' })).toBeVisible()
    expect(await scrollsSideways(page)).toBe(false)
    await shoot(page, 'dashboard-390')
    await page.goto(`/statistics/registry.buildings?committeeId=${east.id}`)
    await expect(page.getByText('共 2 条')).toBeVisible()
    expect(await scrollsSideways(page)).toBe(false)
    await shoot(page, 'drill-down-390')
  })
})

test('[STATISTICS] with nothing recorded in scope the dashboard says so and points to the import', async ({
  page,
}) => {
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `看板空社区${Date.now().toString(36)}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  await signInThroughApi(page, clerk.username, clerk.password)
  await page.goto('/dashboard')
  await expect(page.getByText('还没有可统计的记录')).toBeVisible()
  await expect(page.getByRole('link', { name: '去导入数据' })).toBeVisible()
  await shoot(page, 'dashboard-empty-1366')
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(page.getByText('还没有可统计的记录')).toBeVisible()
  expect(await scrollsSideways(page)).toBe(false)
  await shoot(page, 'dashboard-empty-390')
})

test('[STATISTICS] the dashboard draws every module’s figures and charts the API sends (answers stubbed)', async ({
  page,
}) => {
  const db = e2eDb().prisma
  const supervisor = await seedUser(db, { role: 'supervisor' })
  await signInThroughApi(page, supervisor.username, supervisor.password)
  // Until every module has its figures (issue 16), the answers are stubbed: the page is written
  // for whatever modules and figures the API sends.
  await page.route(/\/api\/v1\/statistics(\?.*)?$/, (route) => {
    const url = new URL(route.request().url())
    const asOf = url.searchParams.get('asOf') ?? '2026-11-30'
    return route.fulfill({
      json: stubStatistics(asOf, `${asOf.slice(0, 4)}-01-01`, asOf === '2026-11-30' ? 1 : 0.9),
    })
  })
  await page.route(/\/api\/v1\/statistics\/series\?/, (route) => {
    const url = new URL(route.request().url())
    const interval = url.searchParams.get('interval') === 'week' ? 'week' : 'month'
    return route.fulfill({
      json: stubSeries(interval, (url.searchParams.get('keys') ?? '').split(',')),
    })
  })
  await page.goto('/dashboard')
  await expect(
    page.getByRole('region', { name: '党建' }).getByRole('link', { name: /^党员/ }),
  ).toContainText('130')
  await expect(page.getByRole('link', { name: /^已交党费/ })).toContainText('1,234.56 元')
  await expect(page.getByRole('link', { name: /^巡逻时长/ })).toContainText('312.5 小时')
  await expect(page.getByRole('link', { name: /^暂住登记及时率/ })).toContainText('92.5%')
  await expect(page.getByRole('region', { name: '共驻共建' })).toContainText('未录入')
  await expect(page.getByText('较上期 +13')).toBeVisible()
  for (const chart of [
    '党员按支部',
    '常住人口按居委会',
    '暂住登记率与低保发放（按月）',
    '巡逻次数（按周）',
  ])
    await expect(page.getByRole('img', { name: new RegExp(chart) }).locator('svg')).toBeVisible()
  await shoot(page, 'dashboard-charts-1366')
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page.getByRole('img', { name: /Patrols \(by week\)/ }).locator('svg')).toBeVisible()
  await shoot(page, 'dashboard-charts-en-1366')
  await page.getByText('中文', { exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: '数据看板' })).toBeVisible()
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(page.getByRole('img', { name: /巡逻次数（按周）/ }).locator('svg')).toBeVisible()
  expect(await scrollsSideways(page)).toBe(false)
  await shoot(page, 'dashboard-charts-390')
  await page
    .getByRole('img', { name: /常住人口按居委会/ })
    .screenshot({ path: `${shots}/chart-residents-390.png` })
})
