import { seedBuilding, seedCommittee, seedDwelling, seedUser } from '@cr/api/test/factories'
import { expect, test } from '../fixtures/test.ts'
import { e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

test('[REGISTRY] a clerk pages through the dwellings ledger by number: 共 N 条, page size, jump to a page, a filter starts again at page 1', async ({
  page,
}) => {
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `翻页社区居委会${Date.now().toString(36)}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const building = await seedBuilding(db, {
    committeeId: committee.id,
    street: '翻页路',
    buildingNumber: '1号楼',
  })
  // 25 dwellings: rooms 101 … 125, in address order.
  for (let room = 101; room <= 125; room++)
    await seedDwelling(db, { buildingId: building.id, unit: '1', room: String(room) })
  const table = page.getByRole('table', { name: '房屋列表' })
  const pager = page.getByRole('list').filter({ has: page.getByText('共 25 条') })

  await test.step('the clerk opens 房屋台账 from the navigation: page 1 of 2, with the total', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    await page.goto('/')
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '房屋台账' })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: '房屋台账' })).toBeVisible()
    await expect(pager).toBeVisible()
    await expect(table.getByRole('row', { name: /101室/ })).toBeVisible()
    await expect(table.getByRole('row', { name: /121室/ })).toHaveCount(0)
  })

  await test.step('page 2 shows the rest, and the URL keeps the page', async () => {
    await pager.getByTitle('2', { exact: true }).click()
    await expect(table.getByRole('row', { name: /125室/ })).toBeVisible()
    await expect(table.getByRole('row', { name: /101室/ })).toHaveCount(0)
    await expect(page).toHaveURL(/[?&]page=2/)
    await page.reload()
    await expect(table.getByRole('row', { name: /125室/ })).toBeVisible()
  })

  await test.step('10 a page, then jump to page 3', async () => {
    await pager.getByRole('combobox').click()
    await page.getByRole('option', { name: '10 条/页' }).click()
    await expect(page).toHaveURL(/[?&]size=10/)
    await expect(table.getByRole('row', { name: /110室/ })).toBeVisible()
    const jump = pager.getByRole('textbox')
    await jump.fill('3')
    await jump.press('Enter')
    await expect(table.getByRole('row', { name: /121室/ })).toBeVisible()
    await expect(table.getByRole('row', { name: /120室/ })).toHaveCount(0)
  })

  await test.step('a filter starts again at page 1', async () => {
    const use = page.getByLabel('按用途筛选')
    await use.click()
    await use.fill('自住')
    await use.press('Enter')
    await expect(page).not.toHaveURL(/[?&]page=/)
    await expect(table.getByRole('row', { name: /101室/ })).toBeVisible()
  })
})
