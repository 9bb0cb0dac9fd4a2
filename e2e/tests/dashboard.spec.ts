import { mkdirSync } from 'node:fs'
import {
  seedBuilding,
  seedCommittee,
  seedDwelling,
  seedPartyMember,
  seedPartyOrganization,
  seedRentalContract,
  seedRentalProperty,
  seedResident,
  seedUser,
} from '@cr/api/test/factories'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

// Screenshots for the reviewer (issue 16); looked at, not compared.
const shots = '/tmp/shots-dashboard'
mkdirSync(shots, { recursive: true })
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: `${shots}/${name}.png`, fullPage: true })

/** Whether the page scrolls sideways (a phone's 390 px must hold everything). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)

test('[STATISTICS] a supervisor opens the dashboard, sees the 楼栋 figure and drills down to exactly those buildings', async ({
  page,
}) => {
  const db = e2eDb().prisma
  const suffix = Date.now().toString(36)
  const east = await seedCommittee(db, { name: `看板东社区${suffix}` })
  const west = await seedCommittee(db, { name: `看板西社区${suffix}` })
  await seedBuilding(db, {
    committeeId: east.id,
    street: `看板东路${suffix}`,
    buildingNumber: '1号楼',
  })
  await seedBuilding(db, {
    committeeId: east.id,
    street: `看板东路${suffix}`,
    buildingNumber: '2号楼',
  })
  await seedBuilding(db, {
    committeeId: west.id,
    street: `看板西路${suffix}`,
    buildingNumber: '8号楼',
  })
  const supervisor = await seedUser(db, { role: 'supervisor' })
  await signInThroughApi(page, supervisor.username, supervisor.password)
  const registry = page.getByRole('region', { name: '以房管人' })
  const buildingsCard = registry.getByRole('link', { name: /^楼栋/ })

  await test.step('the home page shows the key figures and leads to the dashboard', async () => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: '关键数据' })).toBeVisible()
    await expect(
      page.locator('.figure-card').getByRole('link', { name: /^实有人口/ }),
    ).toBeVisible()
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

test('[STATISTICS] a clerk’s dashboard draws the figures and charts of the records kept: party, registry, rentals; 未录入 where none', async ({
  page,
}) => {
  const db = e2eDb().prisma
  const cipher = e2eCipher()
  const suffix = Date.now().toString(36)
  const committee = await seedCommittee(db, { name: `图表社区${suffix}` })
  const root = await seedPartyOrganization(db, { name: `图表党工委${suffix}` })
  const branch = await seedPartyOrganization(db, {
    parentId: root.id,
    level: 'branch',
    name: `图表第一党支部${suffix}`,
    committeeIds: [committee.id],
  })
  const building = await seedBuilding(db, { committeeId: committee.id, street: `图表路${suffix}` })
  for (const name of ['甲', '乙']) {
    const resident = await seedResident(db, cipher, {
      committeeId: committee.id,
      name: `图表党员${name}${suffix.slice(-3)}`,
    })
    await seedPartyMember(db, { residentId: resident.id, organizationId: branch.id })
  }
  const dwelling = await seedDwelling(db, { buildingId: building.id, unit: '1', room: '101' })
  const property = await seedRentalProperty(db, cipher, { dwellingId: dwelling.id })
  await seedRentalContract(db, { propertyId: property.id, leaseStartsOn: '2026-02-01' })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  await signInThroughApi(page, clerk.username, clerk.password)

  await page.goto('/dashboard')
  const party = page.getByRole('region', { name: '党建' })
  await expect(party.getByRole('link', { name: /^党员/ }).first()).toContainText('2')
  await expect(
    page
      .getByRole('region', { name: '出租房屋和暂住人口' })
      .getByRole('link', { name: /^有效治安责任书/ }),
  ).toContainText('1')
  // No 低保 case and no patrol in this committee: not recorded, never 0.
  await expect(page.getByRole('region', { name: '社会保障（低保）' })).toContainText('未录入')
  await expect(page.getByRole('region', { name: '社会治安（巡逻）' })).toContainText('未录入')
  for (const chart of ['党员按支部', '实有人口按居委会'])
    await expect(page.getByRole('img', { name: new RegExp(chart) }).locator('svg')).toBeVisible()
  // No patrol here: its chart says so rather than drawing empty weeks.
  const patrols = page.locator('.ant-card').filter({ hasText: '巡逻次数（按周）' })
  await expect(patrols.getByText('暂无数据：相关统计项尚未提供或尚未录入')).toBeVisible()
  await expect(page.getByRole('img', { name: /巡逻次数（按周）/ })).toHaveCount(0)
  await shoot(page, 'dashboard-charts-1366')
  await page.getByText('English', { exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page.getByRole('img', { name: /by branch/i }).locator('svg')).toBeVisible()
  await shoot(page, 'dashboard-charts-en-1366')
  await page.getByText('中文', { exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: '数据看板' })).toBeVisible()
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(page.getByRole('img', { name: /党员按支部/ }).locator('svg')).toBeVisible()
  expect(await scrollsSideways(page)).toBe(false)
  await shoot(page, 'dashboard-charts-390')
})
