import { type Locator, type Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import {
  seedBuilding,
  seedCommittee,
  seedDwelling,
  seedUser,
  testIdNumber,
} from '@cr/api/test/factories'
import { choose, typeDate } from '../fixtures/antd.ts'
import { e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

/** Saves the dialog's form and waits for the server's answer to the write it sends. */
const save = async (page: Page, dialog: Locator, path: RegExp, status = 201) => {
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname),
  )
  await dialog.getByRole('button', { name: '保存' }).click()
  const response = await answered
  expect(response.status(), await response.text()).toBe(status)
  await expect(dialog).toBeHidden()
  return (await response.json()) as Record<string, unknown>
}

test('[RENTALS] a clerk registers a dwelling for rent with its landlord, signs a contract and prints it, and registers a tenant at the desk (late, shown late)', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `永兴社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const estate = `永兴${suffix}小区`
  const building = await seedBuilding(db, {
    committeeId: committee.id,
    street: '永兴路',
    estateName: estate,
    buildingNumber: '3号楼',
  })
  await seedDwelling(db, { buildingId: building.id, unit: '2', room: '302' })
  await seedDwelling(db, { buildingId: building.id, unit: '2', room: '301' })
  const address = `永兴路${estate}3号楼2单元301室`
  const landlord = { name: '孙立国', idNumber: testIdNumber({ male: true }) }
  const tenant = {
    name: '刘晓燕',
    idNumber: testIdNumber({ birthDate: '1995-03-08', male: false }),
  }
  const nav = page.getByRole('navigation', { name: '主导航' })

  await test.step('the clerk signs in', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    await page.goto('/')
  })

  await test.step('registers the dwelling for rent: a registry dwelling, a new landlord, the duties', async () => {
    await nav.getByRole('link', { name: '出租房屋' }).click()
    await expect(page.getByRole('heading', { name: '出租房屋', level: 1 })).toBeVisible()
    await page.getByRole('button', { name: '登记出租房屋' }).click()
    const dialog = page.getByRole('dialog', { name: '登记出租房屋' })
    await choose(dialog, '楼栋', estate, `永兴路${estate}3号楼`)
    await choose(dialog, '房屋', '301', '2单元301室')
    // The landlord's kind from the keyboard: the radio group's arrow keys.
    await dialog.getByRole('radio', { name: '已登记的人员' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(dialog.getByRole('radio', { name: '新登记' })).toBeChecked()
    await dialog.getByLabel('姓名', { exact: true }).fill(landlord.name)
    await dialog.getByLabel('身份证号', { exact: true }).fill(landlord.idNumber)
    await expect(dialog.getByText(/性别 男，出生日期 \d{4}-\d{2}-\d{2}/)).toBeVisible()
    await dialog.getByLabel('联系电话', { exact: true }).fill('13905467788')
    await dialog.getByLabel('出租间数').fill('2')
    await dialog.getByLabel('核定居住人数').fill('2')
    await dialog.getByRole('button', { name: '全部确认' }).click()
    await expect(dialog.getByRole('checkbox', { checked: true })).toHaveCount(7)
    await save(page, dialog, /^\/api\/v1\/rental-properties$/)
    // Registered, the dwelling's rental page opens: the contract is signed there.
    await expect(page.getByRole('heading', { name: `出租房屋 · ${address}` })).toBeVisible()
    await expect(page.getByText(landlord.name).first()).toBeVisible()
    await expect(page.getByText('非本社区居民')).toBeVisible()
  })

  const number =
    await test.step('signs the 治安责任书; its number follows the office’s scheme', async () => {
      await page.getByRole('button', { name: '签订责任书' }).click()
      const dialog = page.getByRole('dialog', { name: `签订治安责任书 · ${address}` })
      await typeDate(dialog, '签订日期', '2026-11-30')
      await typeDate(dialog, '租期开始', '2026-12-01')
      await typeDate(dialog, '租期结束', '2027-11-30')
      await dialog.getByLabel('月租金（元）').fill('1500')
      const contract = await save(page, dialog, /^\/api\/v1\/rental-contracts$/)
      const signed = String(contract.number)
      expect(signed).toMatch(/^XXSQ-2026-\d{4}$/)
      const row = page
        .getByRole('table', { name: '治安责任书记录' })
        .getByRole('row', { name: new RegExp(signed) })
      await expect(row).toContainText('有效')
      await expect(row).toContainText('2026-12-01 至 2027-11-30')
      return signed
    })

  await test.step('prints the 治安责任保证书: ID number masked, both parties’ signature lines', async () => {
    await page.getByRole('link', { name: `打印 ${number}` }).click()
    const sheet = page.getByRole('article', { name: '治安责任保证书' })
    await expect(sheet.getByRole('heading', { name: '治安责任保证书' })).toBeVisible()
    await expect(sheet).toContainText(`编号：${number}`)
    await expect(sheet).toContainText(address)
    await expect(sheet).toContainText(landlord.name)
    await expect(sheet).not.toContainText(landlord.idNumber)
    await expect(sheet).toContainText(landlord.idNumber.slice(-4))
    await expect(sheet).toContainText('出租人（签字）：')
    await expect(sheet).toContainText('社区居委会（盖章）：')
    await expect(page.getByRole('button', { name: '打印' })).toBeEnabled()
    await page.getByRole('link', { name: '返回' }).click()
    await expect(page.getByRole('heading', { name: `出租房屋 · ${address}` })).toBeVisible()
  })

  await test.step('registers a tenant at the desk: the ID number fills sex, birth date and 户籍地; a late declaration is saved as late', async () => {
    await nav.getByRole('link', { name: '暂住人口' }).click()
    // The dwelling's page has a 暂住登记 button too: wait until the list is the page shown.
    await expect(page.getByRole('heading', { name: '暂住人口', level: 1 })).toBeVisible()
    await page.getByRole('button', { name: '暂住登记' }).click()
    const dialog = page.getByRole('dialog', { name: '暂住登记' })
    // Keyboard first: the ID number has the focus.
    await expect(dialog.getByLabel('身份证号')).toBeFocused()
    await page.keyboard.type(tenant.idNumber)
    await expect(dialog.getByLabel('性别')).toHaveValue('女')
    await expect(dialog.getByLabel('出生日期')).toHaveValue('1995-03-08')
    await expect(dialog.getByLabel('户籍地')).toHaveValue(/^山东省/)
    await expect(dialog.getByText('未登记的人员，保存时一并登记')).toBeVisible()
    await dialog.getByLabel('姓名', { exact: true }).fill(tenant.name)
    await dialog.getByLabel('联系电话').fill('13805461234')
    await choose(dialog, '居住的出租房屋', estate, address)
    // Moved in on Monday 16 November; 3 working days → Thursday 19; declared today (30th).
    await typeDate(dialog, '入住日期', '2026-11-16')
    await expect(dialog.getByText('申报期限 2026-11-19（入住后 3 个工作日）')).toBeVisible()
    await expect(dialog.getByText('逾期 11 天申报：按逾期登记，不影响保存')).toBeVisible()
    await choose(dialog, '暂住事由', '务工')
    await dialog.getByLabel('服务处所 / 就读学校').fill('永兴物流有限公司')
    await save(page, dialog, /^\/api\/v1\/temporary-residents$/)
    const row = page
      .getByRole('table', { name: '暂住人口列表' })
      .getByRole('row', { name: new RegExp(tenant.name) })
    await expect(row).toContainText('逾期申报')
    await expect(row).toContainText(address)
    await expect(row).toContainText('山东省')
    await expect(row).not.toContainText(tenant.idNumber)
  })

  await test.step('the rented dwelling shows its occupant', async () => {
    await nav.getByRole('link', { name: '出租房屋' }).click()
    const row = page
      .getByRole('table', { name: '出租房屋列表' })
      .getByRole('row', { name: new RegExp(landlord.name) })
    await expect(row).toContainText('1 / 2')
    await expect(row).toContainText('有效')
    await row.getByRole('link', { name: `查看 ${address}` }).click()
    await expect(
      page
        .getByRole('table', { name: '在此居住的暂住人口' })
        .getByRole('row', { name: new RegExp(tenant.name) }),
    ).toContainText('逾期申报')
  })

  await test.step('renews the contract (linked to the old one), then cancels the renewal with a reason', async () => {
    await page.getByRole('button', { name: `续签 ${number}` }).click()
    const renew = page.getByRole('dialog', { name: `续签治安责任书 ${number}` })
    await expect(renew.getByLabel('月租金（元）')).toHaveValue('1500.00')
    await typeDate(renew, '签订日期', '2026-11-30')
    await typeDate(renew, '租期结束', '2028-11-30')
    const renewed = String((await save(page, renew, /\/renew$/)).number)
    const contracts = page.getByRole('table', { name: '治安责任书记录' })
    const row = contracts.getByRole('row', { name: new RegExp(renewed) })
    await expect(row).toContainText(`续签自 ${number}`)
    await expect(row).toContainText('2027-12-01 至 2028-11-30')
    // The renewed contract is no longer renewed or cancelled itself.
    await expect(page.getByRole('button', { name: `续签 ${number}` })).toHaveCount(0)
    await page.getByRole('button', { name: `注销 ${renewed}` }).click()
    const cancel = page.getByRole('dialog', { name: `注销治安责任书 ${renewed}` })
    await typeDate(cancel, '注销日期', '2026-11-30')
    await cancel.getByLabel('注销原因').fill('房东收回自住')
    await save(page, cancel, /\/cancel$/, 200)
    await expect(row).toContainText('已注销')
    await expect(row).toContainText('2026-11-30 注销：房东收回自住')
  })

  await test.step('edits the letting: more occupants allowed, kept when the dialog opens again', async () => {
    await page.getByRole('button', { name: '编辑出租信息' }).click()
    const dialog = page.getByRole('dialog', { name: `编辑出租信息 · ${address}` })
    await expect(dialog.getByLabel('核定居住人数')).toHaveValue('2')
    await dialog.getByLabel('核定居住人数').fill('4')
    const answered = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && /\/rental-properties\//.test(r.url()),
    )
    await dialog.getByRole('button', { name: '保存' }).click()
    expect((await answered).status()).toBe(200)
    await expect(dialog).toBeHidden()
    await page.getByRole('button', { name: '编辑出租信息' }).click()
    await expect(dialog.getByLabel('核定居住人数')).toHaveValue('4')
    await dialog.getByRole('button', { name: '取消' }).click()
  })
})
