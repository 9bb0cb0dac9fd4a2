import { expect, test } from '../fixtures/test.ts'
import {
  seedBuilding,
  seedCommittee,
  seedDwelling,
  seedResident,
  seedUser,
  testIdNumber,
} from '@cr/api/test/factories'
import { choose } from '../fixtures/antd.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

test('[REGISTRY] a clerk registers a household with three members, one of them new, in one dialog from the dwelling, then corrects a relationship', async ({
  page,
}) => {
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `和平社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  // Distinctive three-character names: the picker finds names by two or more characters.
  const husband = await seedResident(db, e2eCipher(), {
    committeeId: committee.id,
    name: '周振华',
    idNumber: testIdNumber({ male: true }),
  })
  const wife = await seedResident(db, e2eCipher(), {
    committeeId: committee.id,
    name: '吴桂英',
    idNumber: testIdNumber({ male: false }),
  })
  const building = await seedBuilding(db, {
    committeeId: committee.id,
    street: '和平路',
    buildingNumber: '5号楼',
    estateName: `和平${suffix}小区`,
  })
  const dwelling = await seedDwelling(db, { buildingId: building.id, unit: '2', room: '301' })
  const son = { name: '周子轩', birthDate: '2012-06-01' }
  const sonNumber = testIdNumber({ birthDate: son.birthDate, male: true })

  await signInThroughApi(page, clerk.username, clerk.password)
  const registered: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/households/register')
      registered.push(r.url())
  })
  await page.goto(`/places?dwelling=${dwelling.id}`)
  await expect(page.getByRole('heading', { name: dwelling.address })).toBeVisible()

  const dialog = page.getByRole('dialog', { name: `登记住户：${dwelling.address}` })

  await test.step('opens 登记住户 from the dwelling: one row, the head’s', async () => {
    await page.getByRole('button', { name: '登记住户', exact: true }).click()
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('group', { name: /^第 \d 人$/ })).toHaveCount(1)
    await expect(
      dialog.locator('.ant-select', { has: page.getByLabel('与户主关系（第 1 人）') }),
    ).toContainText('户主')
  })

  await test.step('picks two registered residents by search; Enter picks, it does not submit', async () => {
    await choose(dialog, '居民（第 1 人）', '周振华')
    await dialog.getByRole('button', { name: '添加已登记居民' }).click()
    await choose(dialog, '居民（第 2 人）', '吴桂英')
    // 夫 for a woman: warned under the field, not refused.
    await choose(dialog, '与户主关系（第 2 人）', '夫')
    await expect(dialog.getByText('“夫”是男性的称谓，此人却是女性')).toBeVisible()
    expect(registered).toEqual([])
  })

  await test.step('types in a new person; the ID number says sex and birth date; Tab moves through the row', async () => {
    await dialog.getByRole('button', { name: '添加新登记人员' }).click()
    const name = dialog.getByLabel('姓名（第 3 人）')
    await expect(name).toBeFocused()
    await name.fill(son.name)
    await name.press('Tab')
    const idNumber = dialog.getByLabel('身份证号（第 3 人）')
    await expect(idNumber).toBeFocused()
    await page.keyboard.type(sonNumber)
    await expect(dialog.getByText(`性别 男，出生日期 ${son.birthDate}`)).toBeVisible()
    await choose(dialog, '与户主关系（第 3 人）', '子')
    await dialog.getByLabel('联系电话（第 3 人）').fill('13905467788')
    expect(registered).toEqual([])
  })

  await test.step('a fourth row added by mistake is deleted', async () => {
    await dialog.getByRole('button', { name: '添加新登记人员' }).click()
    await expect(dialog.getByRole('group', { name: /^第 \d 人$/ })).toHaveCount(4)
    await dialog.getByRole('button', { name: '删除第 4 人' }).click()
    await expect(dialog.getByRole('group', { name: /^第 \d 人$/ })).toHaveCount(3)
  })

  await test.step('saving over the warning asks first; the clerk goes back and corrects it', async () => {
    await dialog.getByRole('button', { name: '保存' }).click()
    const confirm = page.getByRole('dialog', { name: '与户主关系和性别不符，仍要保存吗？' })
    await expect(confirm).toContainText('第 2 人：“夫”是男性的称谓')
    await confirm.getByRole('button', { name: '取消' }).click()
    await expect(confirm).toBeHidden()
    expect(registered).toEqual([])
    await choose(dialog, '与户主关系（第 2 人）', '妻')
    await expect(dialog.getByText(/是男性的称谓/)).toHaveCount(0)
  })

  await test.step('one request registers the household and the new person', async () => {
    const answered = page.waitForResponse(
      (r) =>
        r.request().method() === 'POST' &&
        new URL(r.url()).pathname === '/api/v1/households/register',
    )
    await dialog.getByRole('button', { name: '保存' }).click()
    const response = await answered
    expect(response.status(), await response.text()).toBe(201)
    expect(registered).toHaveLength(1)
    await expect(dialog).toBeHidden()
    await expect(page.getByText('户主 周振华，共 3 人')).toBeVisible()
  })

  const members = page.getByRole('table', { name: '本户成员' })
  const memberRow = (name: string) => members.getByRole('row', { name: new RegExp(name) })

  await test.step('the household page lists the three members with their relationships', async () => {
    await page.getByRole('link', { name: '查看本户' }).click()
    await expect(page.getByRole('heading', { name: `户：${dwelling.address}` })).toBeVisible()
    await expect(memberRow('周振华')).toContainText('户主')
    await expect(memberRow('吴桂英')).toContainText('妻')
    await expect(memberRow(son.name)).toContainText('子')
    await expect(members.getByRole('row')).toHaveCount(4) // the header and three members
  })

  await test.step('corrects 周子轩’s relationship (更正关系) with a reason; the history shows it', async () => {
    await memberRow(son.name).getByRole('button', { name: '更正关系' }).click()
    const form = page.getByRole('dialog', { name: `更正关系：${son.name}` })
    await choose(form, '更正为', '长子')
    await form.getByLabel('更正原因').fill('登记时选错')
    const answered = page.waitForResponse((r) => r.request().method() === 'PATCH')
    await form.getByRole('button', { name: '保存' }).click()
    expect((await answered).status()).toBe(200)
    await expect(form).toBeHidden()
    await expect(memberRow(son.name)).toContainText('长子')
    const history = page.getByRole('region', { name: '变动记录' })
    await expect(history.getByRole('listitem').first()).toContainText(
      /更正关系：周子轩.*与户主关系：长子（原为：子）.*事由：登记时选错/,
    )
  })

  await test.step('the records are as shown: the new person registered in the committee, encrypted', async () => {
    const person = await db.resident.findFirstOrThrow({
      where: { name: son.name, committeeId: committee.id },
    })
    expect(person.sex).toBe('1')
    expect(person.birthDate.toISOString().slice(0, 10)).toBe(son.birthDate)
    expect(JSON.stringify(person)).not.toContain(sonNumber) // encrypted, masked, blind-indexed
    const household = await db.household.findFirstOrThrow({
      where: { dwellingId: dwelling.id },
      include: { members: true },
    })
    expect(household.headResidentId).toBe(husband.id)
    expect(
      Object.fromEntries(household.members.map((m) => [m.residentId, m.relationship])),
    ).toEqual({ [husband.id]: '02', [wife.id]: '12', [person.id]: '22' })
  })
})

test('[REGISTRY] the 登记住户 dialog scrolls inside on 1366×768 and fills a 390px screen', async ({
  page,
}) => {
  const db = e2eDb().prisma
  const committee = await seedCommittee(db)
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const building = await seedBuilding(db, { committeeId: committee.id })
  const dwelling = await seedDwelling(db, { buildingId: building.id, unit: '1', room: '101' })
  await signInThroughApi(page, clerk.username, clerk.password)
  await page.goto(`/places?dwelling=${dwelling.id}`)
  const dialog = page.getByRole('dialog', { name: `登记住户：${dwelling.address}` })
  await page.getByRole('button', { name: '登记住户', exact: true }).click()
  for (let i = 0; i < 5; i++) await dialog.getByRole('button', { name: '添加新登记人员' }).click()
  const body = dialog.locator('.ant-modal-body')
  const box = (await body.boundingBox())!
  expect(box.y + box.height).toBeLessThanOrEqual(768)
  expect(await body.evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true)

  await page.setViewportSize({ width: 390, height: 844 })
  const narrow = (await dialog.boundingBox())!
  expect(narrow.x).toBeLessThanOrEqual(1)
  expect(narrow.width).toBeGreaterThanOrEqual(388)
  await expect(dialog.getByLabel('姓名（第 2 人）')).toBeVisible()
})

test('[REGISTRY] a new person whose ID number is registered already is refused at the row, and the row takes that resident instead', async ({
  page,
}) => {
  const db = e2eDb().prisma
  const committee = await seedCommittee(db)
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const number = testIdNumber({ male: true })
  const known = await seedResident(db, e2eCipher(), {
    committeeId: committee.id,
    name: '陈建平',
    idNumber: number,
  })
  const building = await seedBuilding(db, { committeeId: committee.id })
  const dwelling = await seedDwelling(db, { buildingId: building.id, unit: '1', room: '102' })
  await signInThroughApi(page, clerk.username, clerk.password)
  await page.goto(`/places?dwelling=${dwelling.id}`)
  await page.getByRole('button', { name: '登记住户', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: `登记住户：${dwelling.address}` })
  // The row's kind from the keyboard: the radio group's arrow keys.
  await dialog.getByRole('radio', { name: '已登记居民' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(dialog.getByRole('radio', { name: '新登记' })).toBeChecked()
  await dialog.getByLabel('姓名（第 1 人）').fill('陈建平')
  await dialog.getByLabel('身份证号（第 1 人）').fill(number)

  const save = async (status: number) => {
    const answered = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/households/register'),
    )
    await dialog.getByRole('button', { name: '保存' }).click()
    expect((await answered).status()).toBe(status)
  }
  await save(409)
  await expect(dialog.getByText('该身份证号已登记，一个身份证号只能对应一个人')).toBeVisible()
  await dialog.getByRole('button', { name: /改为选择已登记的居民：陈建平/ }).click()
  await expect(
    dialog.locator('.ant-select', { has: page.getByLabel('居民（第 1 人）') }),
  ).toContainText('陈建平')
  await save(201)
  await expect(dialog).toBeHidden()
  await expect(page.getByText('户主 陈建平，共 1 人')).toBeVisible()
  expect(await db.resident.count({ where: { name: '陈建平', committeeId: committee.id } })).toBe(1)
  const household = await db.household.findFirstOrThrow({ where: { dwellingId: dwelling.id } })
  expect(household.headResidentId).toBe(known.id)
})
