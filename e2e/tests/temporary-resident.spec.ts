import { type Locator, type Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import {
  seedBuilding,
  seedCommittee,
  seedDwelling,
  seedRentalContract,
  seedRentalProperty,
  seedResident,
  seedUser,
  testIdNumber,
} from '@cr/api/test/factories'
import { choose, typeDate } from '../fixtures/antd.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

/** Saves the dialog's form (after its confirmation, if any) and waits for the server's answer. */
const save = async (
  page: Page,
  dialog: Locator,
  path: RegExp,
  options: { status?: number; confirm?: boolean } = {},
) => {
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname),
  )
  await dialog.getByRole('button', { name: '保存' }).click()
  if (options.confirm)
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '确定' }).click()
  const response = await answered
  expect(response.status(), await response.text()).toBe(options.status ?? 201)
  await expect(dialog).toBeHidden()
  return (await response.json()) as Record<string, unknown>
}

test('[RENTALS] a temporary resident’s page: opened from the list, the 登记表 printed, moved to a household they stay with, then 注销, with the history; the dwelling’s page shows the letting', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `兴华社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const estate = `兴华${suffix}小区`
  const building = await seedBuilding(db, {
    committeeId: committee.id,
    street: '兴华路',
    estateName: estate,
    buildingNumber: '7号楼',
  })
  const rented = await seedDwelling(db, { buildingId: building.id, unit: '1', room: '101' })
  await seedDwelling(db, { buildingId: building.id, unit: '1', room: '102' })
  const landlord = await seedResident(db, e2eCipher(), {
    committeeId: committee.id,
    name: `钱房东${suffix.slice(-3)}`,
    residence: 'elsewhere',
  })
  const property = await seedRentalProperty(db, e2eCipher(), {
    dwellingId: rented.id,
    landlordResidentId: landlord.id,
    allowedOccupants: 3,
  })
  const contract = await seedRentalContract(db, {
    propertyId: property.id,
    number: `XHSQ-${suffix}`,
    leaseStartsOn: '2026-06-01',
    leaseEndsOn: '2027-05-31',
  })
  const rentedAddress = `兴华路${estate}7号楼1单元101室`
  const familyAddress = `兴华路${estate}7号楼1单元102室`
  const tenant = {
    name: '赵明远',
    idNumber: testIdNumber({ birthDate: '1992-07-15', male: true }),
  }
  const nav = page.getByRole('navigation', { name: '主导航' })
  const heading = page.getByRole('heading', { name: tenant.name, level: 1 })

  await test.step('the clerk signs in and registers a tenant at the desk', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    await page.goto('/')
    await nav.getByRole('link', { name: '暂住人口' }).click()
    await expect(page.getByRole('heading', { name: '暂住人口', level: 1 })).toBeVisible()
    await page.getByRole('button', { name: '暂住登记' }).click()
    const dialog = page.getByRole('dialog', { name: '暂住登记' })
    await expect(dialog.getByLabel('身份证号')).toBeFocused()
    await page.keyboard.type(tenant.idNumber)
    await expect(dialog.getByLabel('性别')).toHaveValue('男')
    await dialog.getByLabel('姓名', { exact: true }).fill(tenant.name)
    await dialog.getByLabel('联系电话').fill('13605321234')
    await choose(dialog, '居住的出租房屋', estate, rentedAddress)
    await typeDate(dialog, '入住日期', '2026-11-27')
    await choose(dialog, '暂住事由', '务工')
    await dialog.getByLabel('服务处所 / 就读学校').fill('兴华电子厂')
    await save(page, dialog, /^\/api\/v1\/temporary-residents$/)
  })

  await test.step('finds them by name in the list and opens their page from the row', async () => {
    await page.getByLabel('查找暂住人口').fill('明远')
    // The search lands in the URL after a pause: wait for it, or it would follow the click.
    await expect(page).toHaveURL(/[?&]q=/)
    const table = page.getByRole('table', { name: '暂住人口列表' })
    await expect(table.getByRole('row')).toHaveCount(2)
    await table.getByRole('link', { name: `查看 ${tenant.name}` }).click()
    await expect(heading).toBeVisible()
    await expect(page.getByText('在住', { exact: true })).toBeVisible()
    await expect(page.getByRole('link', { name: rentedAddress })).toBeVisible()
    await expect(page.getByText(contract.number)).toBeVisible()
    await expect(page.getByText('兴华电子厂')).toBeVisible()
    await expect(page.getByText(tenant.idNumber)).toHaveCount(0)
    const history = page.getByRole('region', { name: '登记记录' })
    await expect(history).toContainText('入住')
    await expect(history).toContainText('申报暂住登记')
  })

  await test.step('prints the 暂住人口登记表: masked ID number, the landlord, both signature lines', async () => {
    await page.getByRole('link', { name: '打印' }).click()
    const sheet = page.getByRole('article', { name: '暂住人口登记表' })
    await expect(sheet.getByRole('heading', { name: '暂住人口登记表' })).toBeVisible()
    await expect(sheet).toContainText(tenant.name)
    await expect(sheet).toContainText('1992年')
    await expect(sheet).toContainText(rentedAddress)
    await expect(sheet).toContainText('务工')
    await expect(sheet).toContainText('兴华电子厂')
    await expect(sheet).toContainText(landlord.name)
    await expect(sheet).not.toContainText(tenant.idNumber)
    await expect(sheet).toContainText(tenant.idNumber.slice(-4))
    await expect(sheet).toContainText('申报人（签字）：')
    await expect(sheet).toContainText('登记人（签字）：')
    await expect(page.getByRole('button', { name: '打印', exact: true })).toBeEnabled()
    await page.getByRole('link', { name: '返回' }).click()
    await expect(heading).toBeVisible()
  })

  await test.step('records the 居住证 by 编辑登记: its 签注 due a year after issue', async () => {
    await page.getByRole('button', { name: '编辑登记' }).click()
    const dialog = page.getByRole('dialog', { name: `编辑暂住登记 · ${tenant.name}` })
    await expect(dialog.getByLabel('服务处所 / 就读学校')).toHaveValue('兴华电子厂')
    await dialog.getByLabel('居住证号').fill('370200202600654321')
    await typeDate(dialog, '签发日期', '2025-12-15')
    const answered = page.waitForResponse((r) => r.request().method() === 'PATCH')
    await dialog.getByRole('button', { name: '保存' }).click()
    expect((await answered).status()).toBe(200)
    await expect(dialog).toBeHidden()
    const permit = page.getByRole('region', { name: '居住证' })
    await expect(permit).toContainText('370200202600654321')
    await expect(permit).toContainText('2026-12-15')
    await expect(permit).toContainText('即将到期')
  })

  await test.step('moves them to a household they stay with (any registry dwelling), dated', async () => {
    await page.getByRole('button', { name: '变更居住地' }).click()
    const dialog = page.getByRole('dialog', { name: `变更居住地 · ${tenant.name}` })
    await expect(dialog).toContainText(`现居住地：${rentedAddress}`)
    await dialog.locator('label', { hasText: '借住亲友家' }).click()
    await expect(dialog.getByRole('radio', { name: '借住亲友家' })).toBeChecked()
    await choose(dialog, '所在楼栋', estate, `兴华路${estate}7号楼`)
    await choose(dialog, '房屋', '102', '1单元102室')
    await typeDate(dialog, '搬迁日期', '2026-11-29')
    await save(page, dialog, /\/move$/, { status: 200 })
    await expect(page.getByText(familyAddress).first()).toBeVisible()
    await expect(page.getByRole('link', { name: rentedAddress })).toHaveCount(0)
    await expect(page.getByRole('region', { name: '登记记录' })).toContainText(
      `${rentedAddress} → ${familyAddress}`,
    )
  })

  await test.step('注销 after a confirmation: dated, with a reason, and the history shows every step', async () => {
    await page.getByRole('button', { name: '注销' }).click()
    const dialog = page.getByRole('dialog', { name: `注销暂住登记 · ${tenant.name}` })
    await typeDate(dialog, '离开日期', '2026-11-30')
    await dialog.getByLabel('注销原因').fill('返回原籍')
    await save(page, dialog, /\/leave$/, { status: 200, confirm: true })
    await expect(page.getByText('已注销', { exact: true })).toBeVisible()
    await expect(page.getByText('已于 2026-11-30 注销暂住登记')).toBeVisible()
    await expect(page.getByRole('button', { name: '变更居住地' })).toHaveCount(0)
    const history = page.getByRole('region', { name: '登记记录' })
    for (const step of ['入住', '申报暂住登记', '变更居住地', '注销', '返回原籍'])
      await expect(history).toContainText(step)
  })

  await test.step('the dwelling’s page shows it is let: its rental page and the contract’s status', async () => {
    await page.goto(`/places?dwelling=${rented.id}`)
    const card = page.getByRole('region', { name: '出租与暂住' })
    await expect(card).toContainText(`出租房屋：出租人 ${landlord.name}`)
    await expect(card).toContainText(contract.number)
    await expect(card).toContainText('有效')
    await expect(card).toContainText('没有登记在此暂住的人员')
    await card.getByRole('link', { name: '查看出租房屋' }).click()
    await expect(page.getByRole('heading', { name: `出租房屋 · ${rentedAddress}` })).toBeVisible()
  })
})
