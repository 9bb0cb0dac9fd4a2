import { randomUUID } from 'node:crypto'
import { type Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import {
  seedBuilding,
  seedCommittee,
  seedDwelling,
  seedResident,
  seedUser,
  testIdNumber,
} from '@cr/api/test/factories'
import { choose, typeDate } from '../fixtures/antd.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

/** Sends the life-event dialog and waits for the server's answer. */
const recordIn = async (page: Page, confirm = false) => {
  const dialog = page.getByRole('dialog', { name: /^登记变动/ })
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /\/life-events$/.test(new URL(r.url()).pathname),
  )
  await dialog.getByRole('button', { name: '登记' }).click()
  if (confirm)
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '确定' }).click()
  const response = await answered
  expect(response.status(), await response.text()).toBe(200)
  await expect(dialog).toBeHidden()
}

test('[REGISTRY] a clerk records a move out and a death: the person leaves the household and the default list, the filter brings them back, the profile shows the former household', async ({
  page,
}) => {
  // Three pages and two dialogs: near a minute on the loaded 2-core machine.
  test.slow()
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `和平社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const building = await seedBuilding(db, { committeeId: committee.id, street: '和平路' })
  const dwelling = await seedDwelling(db, { buildingId: building.id, unit: '3', room: '301' })
  const person = (name: string, birthDate: string) =>
    seedResident(db, e2eCipher(), {
      committeeId: committee.id,
      name,
      idNumber: testIdNumber({ birthDate }),
    })
  const head = await person('周国强', '1955-02-01')
  const son = await person('周明远', '1985-07-01')
  const mother = await person('吴桂英', '1930-04-01')
  const householdId = randomUUID()
  await db.household.create({
    data: {
      id: householdId,
      committeeId: committee.id,
      dwellingId: dwelling.id,
      headResidentId: head.id,
    },
  })
  await db.householdMember.createMany({
    data: [
      { residentId: head.id, relationship: '02' },
      { residentId: son.id, relationship: '20' },
      { residentId: mother.id, relationship: '50' },
    ].map((m) => ({ id: randomUUID(), householdId, joinedOn: new Date('2000-01-01'), ...m })),
  })
  const { address } = await db.dwelling.findUniqueOrThrow({ where: { id: dwelling.id } })

  await signInThroughApi(page, clerk.username, clerk.password)

  await test.step('records 迁出 with its destination on the profile', async () => {
    await page.goto(`/residents/${son.id}`)
    await expect(page.getByRole('heading', { name: '周明远' })).toBeVisible()
    await expect(page.getByText('在册', { exact: true })).toBeVisible()
    await page.getByRole('button', { name: '登记变动' }).click()
    const dialog = page.getByRole('dialog', { name: '登记变动：周明远' })
    await choose(dialog, '变动类型', '迁出')
    await typeDate(dialog, '变动日期', '2026-11-02')
    await dialog.getByLabel('迁往地').fill('北京市朝阳区')
    await dialog.getByLabel('证明文件编号').fill('准迁证 2026-0012')
    // The dialog fits a 768 px high screen, its buttons included.
    const box = await dialog
      .locator('.ant-modal-container, .ant-modal-content')
      .first()
      .boundingBox()
    expect(box && box.y + box.height).toBeLessThanOrEqual(768)
    await recordIn(page)
    await expect(page.getByText('已迁出', { exact: true }).first()).toBeVisible()
    await expect(page.getByText('已迁出，不在任何户')).toBeVisible()
    const history = page.getByRole('region', { name: '人员变动' })
    await expect(history).toContainText('至 北京市朝阳区')
    await expect(history).toContainText(`原属户：${address}（子）`)
  })

  await test.step('the default list leaves them out; 状态 已迁出 brings them back, in the URL', async () => {
    await page.goto(`/residents?committeeId=${committee.id}`)
    const table = page.getByRole('table', { name: '居民列表' })
    await expect(table.getByRole('link', { name: /周国强/ })).toBeVisible()
    await expect(table.getByRole('link', { name: /周明远/ })).toHaveCount(0)
    await choose(page.locator('body'), '按状态筛选', '已迁出')
    await expect(page).toHaveURL(/status=moved_out/)
    await expect(table.getByRole('link', { name: /周明远/ })).toBeVisible()
    await expect(table.getByRole('link', { name: /周国强/ })).toHaveCount(0)
  })

  await test.step('records 死亡 after a confirmation; the household has one member fewer', async () => {
    await page.goto(`/residents/${mother.id}`)
    await page.getByRole('button', { name: '登记变动' }).click()
    const dialog = page.getByRole('dialog', { name: '登记变动：吴桂英' })
    await choose(dialog, '变动类型', '死亡')
    await expect(dialog.getByText('登记死亡后户口注销')).toBeVisible()
    await typeDate(dialog, '变动日期', '2026-11-20')
    await recordIn(page, true)
    await expect(page.getByText('已死亡', { exact: true }).first()).toBeVisible()
    await expect(page.getByRole('button', { name: '编辑' })).toBeDisabled()
    await page.goto(`/households/${householdId}`)
    const members = page.getByRole('table', { name: '本户成员' })
    await expect(members.getByRole('link', { name: '周国强' })).toBeVisible()
    await expect(members.getByRole('link', { name: '吴桂英' })).toHaveCount(0)
    await expect(page.getByText('共 1 人')).toBeVisible()
    await expect(page.getByRole('region', { name: '变动记录' })).toContainText('死亡')
  })
})
