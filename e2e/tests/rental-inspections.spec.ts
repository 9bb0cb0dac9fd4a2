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

// The business day is fixed (testToday, 2026-11-30, a Monday): every date below is written out.
test('[RENTALS] an inspection finds an unregistered person: the registration rate falls below 100% and the reminder shows, until the person is registered', async ({
  page,
}) => {
  test.setTimeout(150_000)
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `永兴社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const estate = `永兴${suffix}小区`
  const building = await seedBuilding(db, {
    committeeId: committee.id,
    street: '永兴路',
    estateName: estate,
    buildingNumber: '5号楼',
  })
  await seedDwelling(db, { buildingId: building.id, unit: '1', room: '101' })
  const address = `永兴路${estate}5号楼1单元101室`
  const landlord = { name: '周建华', idNumber: testIdNumber({ male: true }) }
  const late = { name: '刘晓燕', idNumber: testIdNumber({ birthDate: '1995-03-08', male: false }) }
  const onTime = { name: '陈志强', idNumber: testIdNumber({ birthDate: '1990-07-21', male: true }) }
  const found = { name: '赵小军', idNumber: testIdNumber({ birthDate: '1998-01-15', male: true }) }
  const nav = page.getByRole('navigation', { name: '主导航' })
  const propertyHeading = page.getByRole('heading', { name: `出租房屋 · ${address}` })

  await test.step('the clerk signs in and registers the dwelling for rent with its landlord', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    await page.goto('/')
    await nav.getByRole('link', { name: '出租房屋' }).click()
    await expect(page.getByRole('heading', { name: '出租房屋', level: 1 })).toBeVisible()
    await page.getByRole('button', { name: '登记出租房屋' }).click()
    const dialog = page.getByRole('dialog', { name: '登记出租房屋' })
    await choose(dialog, '楼栋', estate, `永兴路${estate}5号楼`)
    await choose(dialog, '房屋', '101', '1单元101室')
    await dialog.getByRole('radio', { name: '已登记的人员' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(dialog.getByRole('radio', { name: '新登记' })).toBeChecked()
    await dialog.getByLabel('姓名', { exact: true }).fill(landlord.name)
    await dialog.getByLabel('身份证号', { exact: true }).fill(landlord.idNumber)
    await dialog.getByLabel('联系电话', { exact: true }).fill('13905460001')
    await dialog.getByLabel('核定居住人数').fill('2')
    await dialog.getByRole('button', { name: '全部确认' }).click()
    await save(page, dialog, /^\/api\/v1\/rental-properties$/)
    await expect(propertyHeading).toBeVisible()
  })

  await test.step('signs the 治安责任书 and prints it', async () => {
    await page.getByRole('button', { name: '签订责任书' }).click()
    const dialog = page.getByRole('dialog', { name: `签订治安责任书 · ${address}` })
    await typeDate(dialog, '签订日期', '2026-11-10')
    await typeDate(dialog, '租期开始', '2026-11-10')
    await typeDate(dialog, '租期结束', '2027-11-09')
    await dialog.getByLabel('月租金（元）').fill('1800')
    const number = String((await save(page, dialog, /^\/api\/v1\/rental-contracts$/)).number)
    await page.getByRole('link', { name: `打印 ${number}` }).click()
    const sheet = page.getByRole('article', { name: '治安责任保证书' })
    await expect(sheet).toContainText(`编号：${number}`)
    await expect(sheet).toContainText(landlord.name)
    await expect(sheet).toContainText('出租人（签字）：')
    await expect(page.getByRole('button', { name: '打印' })).toBeEnabled()
    await page.getByRole('link', { name: '返回' }).click()
    await expect(propertyHeading).toBeVisible()
  })

  /** 暂住登记 from the dwelling's page (the dwelling preset), declared today. */
  const registerAtDesk = async (
    person: { name: string; idNumber: string },
    movedInOn: string,
    note: string,
  ) => {
    await page.getByRole('button', { name: '暂住登记' }).click()
    const dialog = page.getByRole('dialog', { name: '暂住登记' })
    await expect(dialog.getByLabel('身份证号')).toBeFocused()
    await page.keyboard.type(person.idNumber)
    await expect(dialog.getByText('未登记的人员，保存时一并登记')).toBeVisible()
    await dialog.getByLabel('姓名', { exact: true }).fill(person.name)
    await expect(
      dialog.locator('.ant-select', { has: page.getByLabel('居住的出租房屋', { exact: true }) }),
    ).toContainText(address)
    await typeDate(dialog, '入住日期', movedInOn)
    await expect(dialog.getByText(note)).toBeVisible()
    await choose(dialog, '暂住事由', '务工')
    await save(page, dialog, /^\/api\/v1\/temporary-residents$/)
  }

  await test.step('registers two tenants at the desk, one late', async () => {
    // Moved in Monday 16 November: deadline Thursday 19, declared today — late.
    await registerAtDesk(late, '2026-11-16', '逾期 11 天申报：按逾期登记，不影响保存')
    // Moved in Friday 27 November: deadline Wednesday 2 December — on time.
    await registerAtDesk(onTime, '2026-11-27', '在申报期限内')
    const occupants = page.getByRole('table', { name: '在此居住的暂住人口' })
    await expect(occupants.getByRole('row', { name: new RegExp(late.name) })).toContainText(
      '逾期申报',
    )
    await expect(occupants.getByRole('row', { name: new RegExp(onTime.name) })).toContainText(
      '按时',
    )
  })

  await test.step('the registration rate is 100%', async () => {
    await nav.getByRole('link', { name: '登记率' }).click()
    await expect(page.getByRole('heading', { name: '登记率', level: 1 })).toBeVisible()
    const row = page
      .getByRole('table', { name: '各居委会登记率' })
      .getByRole('row', { name: new RegExp(committee.name) })
    await expect(row).toContainText('100%')
    await page.goBack()
    await expect(propertyHeading).toBeVisible()
  })

  await test.step('records an inspection that finds three living there (two allowed) and a third person unregistered', async () => {
    await page.getByRole('button', { name: '记录检查' }).click()
    const dialog = page.getByRole('dialog', { name: `记录检查 · ${address}` })
    await typeDate(dialog, '检查日期', '2026-11-20')
    await dialog.getByLabel('检查人员').fill('王芳、李强')
    await dialog.getByRole('checkbox', { name: '消防安全' }).check()
    await dialog.getByRole('checkbox', { name: '居住人数' }).check()
    await dialog.getByLabel('实际居住人数').fill('3')
    await expect(dialog.getByText('超员 1 人：记为发现问题')).toBeVisible()
    await dialog.getByLabel('发现问题').fill('楼道堆放杂物；居住人数超过核定人数')
    await typeDate(dialog, '整改期限', '2026-11-25')
    await dialog.getByRole('button', { name: '添加未登记人员' }).click()
    await dialog.getByLabel('未登记人员 1 姓名').fill(found.name)
    await dialog.getByLabel('未登记人员 1 情况').fill('男，二十多岁，住北屋')
    await save(page, dialog, /^\/api\/v1\/rental-inspections$/)
    const inspection = page
      .getByRole('table', { name: '检查记录' })
      .getByRole('row', { name: /2026-11-20/ })
    await expect(inspection).toContainText('王芳、李强')
    await expect(inspection).toContainText('超员 1 人')
    await expect(inspection).toContainText('逾期未整改')
    await expect(inspection).toContainText(found.name)
    await expect(
      page
        .getByRole('table', { name: '在此居住的待登记人员' })
        .getByRole('row', { name: new RegExp(found.name) }),
    ).toContainText('2026-11-20 检查发现')
  })

  await test.step('the rectification is confirmed (整改完成)', async () => {
    await page.getByRole('button', { name: '整改完成 2026-11-20 检查' }).click()
    const dialog = page.getByRole('dialog', { name: '整改完成 · 2026-11-20 检查' })
    await dialog.getByLabel('复查情况').fill('杂物已清理')
    await save(page, dialog, /\/rectify$/, 200)
    await expect(
      page.getByRole('table', { name: '检查记录' }).getByRole('row', { name: /2026-11-20/ }),
    ).toContainText('2026-11-30 已整改')
  })

  await test.step('the registration rate falls below 100%, and says who is missing', async () => {
    await nav.getByRole('link', { name: '登记率' }).click()
    await expect(page.getByRole('heading', { name: '登记率', level: 1 })).toBeVisible()
    const row = page
      .getByRole('table', { name: '各居委会登记率' })
      .getByRole('row', { name: new RegExp(committee.name) })
    await expect(row).toContainText('66.6%')
    await expect(row.getByRole('link', { name: `查看待登记人员 ${committee.name}` })).toHaveText(
      '1',
    )
  })

  await test.step('the home page reminds of the person pending registration', async () => {
    await nav.getByRole('link', { name: '首页' }).click()
    const card = page.getByRole('region', { name: '待登记人员（1）' })
    await expect(card).toContainText(`${found.name}：2026-11-20 报告`)
  })

  await test.step('registers the person from the pending list; the rate is 100% again', async () => {
    await nav.getByRole('link', { name: '待登记人员' }).click()
    await expect(page.getByRole('heading', { name: '待登记人员', level: 1 })).toBeVisible()
    const row = page
      .getByRole('table', { name: '待登记人员列表' })
      .getByRole('row', { name: new RegExp(found.name) })
    await expect(row).toContainText(address)
    await expect(row).toContainText('王芳、李强')
    await row.getByRole('button', { name: `登记 ${found.name}` }).click()
    const dialog = page.getByRole('dialog', { name: '暂住登记' })
    await expect(dialog.getByText(`登记待登记人员：${found.name}`)).toBeVisible()
    await dialog.getByLabel('身份证号').fill(found.idNumber)
    await expect(dialog.getByLabel('姓名', { exact: true })).toHaveValue(found.name)
    await typeDate(dialog, '入住日期', '2026-11-18')
    await choose(dialog, '暂住事由', '务工')
    await save(page, dialog, /^\/api\/v1\/temporary-residents$/)
    await expect(page.getByRole('table', { name: '待登记人员列表' })).not.toContainText(found.name)
    await nav.getByRole('link', { name: '登记率' }).click()
    await expect(page.getByRole('heading', { name: '登记率', level: 1 })).toBeVisible()
    await expect(
      page
        .getByRole('table', { name: '各居委会登记率' })
        .getByRole('row', { name: new RegExp(committee.name) }),
    ).toContainText('100%')
    await nav.getByRole('link', { name: '首页' }).click()
    await expect(page.getByRole('region', { name: /^待登记人员/ })).toHaveCount(0)
  })

  await test.step('a person the landlord reports is pending too, and is cleared with a reason', async () => {
    await nav.getByRole('link', { name: '出租房屋' }).click()
    await page
      .getByRole('table', { name: '出租房屋列表' })
      .getByRole('link', { name: `查看 ${address}` })
      .click()
    await expect(propertyHeading).toBeVisible()
    await page.getByRole('button', { name: '报告未登记人员' }).click()
    const dialog = page.getByRole('dialog', { name: `报告未登记人员 · ${address}` })
    await dialog.getByLabel('姓名').fill('王某')
    await choose(dialog, '来源', '房东', '房东报告')
    await dialog.getByLabel('报告人').fill(landlord.name)
    await save(page, dialog, /^\/api\/v1\/pending-registrations$/)
    const pending = page.getByRole('table', { name: '在此居住的待登记人员' })
    await expect(pending.getByRole('row', { name: /王某/ })).toContainText('2026-11-30 房东报告')
    await pending.getByRole('button', { name: '核销 王某' }).click()
    const clear = page.getByRole('dialog', { name: '核销待登记人员 王某' })
    await clear.getByLabel('核销原因').fill('系探亲短住，已离开')
    await save(page, clear, /\/resolve$/, 200)
    await expect(page.getByText('没有待登记的人员')).toBeVisible()
    await nav.getByRole('link', { name: '待登记人员' }).click()
    await expect(page.getByRole('heading', { name: '待登记人员', level: 1 })).toBeVisible()
    await choose(page.locator('body'), '按状态筛选', '已核销')
    await expect(
      page.getByRole('table', { name: '待登记人员列表' }).getByRole('row', { name: /王某/ }),
    ).toContainText('2026-11-30 核销：系探亲短住，已离开')
  })
})
