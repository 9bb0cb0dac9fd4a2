import { type Locator, type Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import { seedCommittee, seedResident, seedUser, testIdNumber } from '@cr/api/test/factories'
import { choose, typeDate } from '../fixtures/antd.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

/** Saves the dialog's form and waits for the server's answer to the write it sends. */
const save = async (page: Page, dialog: Locator, method: string, path: RegExp, status = 200) => {
  const answered = page.waitForResponse(
    (r) => r.request().method() === method && path.test(new URL(r.url()).pathname),
  )
  await dialog.getByRole('button', { name: '保存' }).click()
  const response = await answered
  expect(response.status(), await response.text()).toBe(status)
  await expect(dialog).toBeHidden()
  return (await response.json()) as { id: string }
}

test('[REGISTRY] a clerk creates a building, dwellings, households and members, moves a member to another household, changes the head and sees the history', async ({
  page,
}) => {
  // A long journey (two dozen dialogs): 30 s alone, near the 60 s default on a busy machine.
  test.setTimeout(120_000)
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `幸福社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  // Distinctive three-character names: the pickers find names by two or more characters.
  const seeded = [
    { name: '张建国', male: true },
    { name: '李秀兰', male: false },
    { name: '张伟民', male: true },
    { name: '赵丽华', male: false },
  ]
  for (const { name, male } of seeded)
    await seedResident(db, e2eCipher(), {
      committeeId: committee.id,
      name,
      idNumber: testIdNumber({ male }),
    })
  const newcomer = { name: '王淑芬', birthDate: '1952-08-14' }
  const newcomerId = testIdNumber({ birthDate: newcomer.birthDate, male: false })
  const estate = `幸福${suffix}小区`
  const buildingAddress = `胜利路${estate}7号楼`
  const address1 = `${buildingAddress}1单元101室`
  const address2 = `${buildingAddress}1单元102室`
  const nav = page.getByRole('navigation', { name: '主导航' })

  await test.step('the clerk signs in', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    await page.goto('/')
  })

  const residentId =
    await test.step('registers a resident; 性别 and 出生日期 come from the ID number', async () => {
      await nav.getByRole('link', { name: '居民' }).click()
      await page.getByRole('button', { name: '新建居民' }).click()
      const dialog = page.getByRole('dialog', { name: '新建居民' })
      await dialog.getByLabel('姓名').fill(newcomer.name)
      await dialog.getByLabel('身份证号').fill(newcomerId)
      await expect(dialog.getByLabel('性别')).toHaveValue('女')
      await expect(dialog.getByLabel('出生日期')).toHaveValue(newcomer.birthDate)
      await expect(dialog.getByText(committee.name)).toBeVisible()
      await choose(dialog, '民族', '汉族')
      await dialog.getByLabel('联系电话').fill('13905461234')
      await expect(dialog.getByText('户籍人口')).toBeVisible() // 人口类别's default
      const created = await save(page, dialog, 'POST', /^\/api\/v1\/residents$/, 201)
      const row = page
        .getByRole('table', { name: '居民列表' })
        .getByRole('row', { name: new RegExp(newcomer.name) })
      await expect(row).toContainText('女')
      return created.id
    })

  const buildingId = await test.step('creates a building', async () => {
    await nav.getByRole('link', { name: '房屋', exact: true }).click()
    await page.getByRole('button', { name: '新建楼栋' }).click()
    const dialog = page.getByRole('dialog', { name: '新建楼栋' })
    await expect(dialog.getByText(committee.name)).toBeVisible()
    await dialog.getByLabel('街路巷').fill('胜利路')
    await dialog.getByLabel('楼号').fill('7号楼')
    await dialog.getByLabel('小区名称').fill(estate)
    const { id } = await save(page, dialog, 'POST', /^\/api\/v1\/buildings$/, 201)
    await expect(page).toHaveURL(new RegExp(`[?&]building=${id}`))
    await expect(page.getByRole('heading', { name: buildingAddress })).toBeVisible()
    return id
  })

  const createDwelling = async (room: string, use?: string) => {
    await page.getByRole('button', { name: '新建房屋' }).click()
    const dialog = page.getByRole('dialog', { name: '新建房屋' })
    // The selected building (or the selected dwelling's building) is the default.
    await expect(dialog.getByText(buildingAddress)).toBeVisible()
    await dialog.getByLabel('单元').fill('1')
    await dialog.getByLabel('室号').fill(room)
    await dialog.getByLabel('面积').fill('86.5')
    if (use) await choose(dialog, '用途', use)
    const { id } = await save(page, dialog, 'POST', /^\/api\/v1\/dwellings$/, 201)
    await expect(page).toHaveURL(new RegExp(`[?&]dwelling=${id}`))
    return id
  }
  const tree = page.getByRole('tree', { name: '房屋树' })

  const [dwelling1, dwelling2] =
    await test.step('creates two dwellings; the tree shows them under the building', async () => {
      const first = await createDwelling('101') // 用途 stays 自住
      await expect(page.getByRole('heading', { name: address1 })).toBeVisible()
      const second = await createDwelling('102', '出租')
      await expect(page.getByRole('heading', { name: address2 })).toBeVisible()
      await expect(tree.getByText(buildingAddress)).toBeVisible()
      await expect(tree.getByText('1单元')).toBeVisible()
      await expect(tree.getByText('101室')).toBeVisible()
      await expect(tree.getByText('102室')).toBeVisible()
      return [first, second]
    })

  await test.step('exports the building’s 房屋台账 as the tree has it selected', async () => {
    await page.getByRole('button', { name: /导出/ }).click()
    // Two files in the menu (楼栋台账, 房屋台账), each as Excel and CSV.
    const csv = page.locator('a[href*="/dwellings/export"][href*="format=csv"]')
    const href = (await csv.getAttribute('href'))!
    expect(href).toContain(`buildingId=${buildingId}`)
    const exported = await page.request.get(href)
    expect(exported.status()).toBe(200)
    const text = await exported.text()
    expect(text).toContain(address1)
    expect(text).toContain(address2)
    await page.keyboard.press('Escape')
  })

  const household1 =
    await test.step('登记住户 in the first dwelling: a head and two members', async () => {
      await tree.getByText('101室').click()
      await expect(page).toHaveURL(new RegExp(`[?&]dwelling=${dwelling1}`))
      await page.getByRole('button', { name: '登记住户', exact: true }).click()
      const dialog = page.getByRole('dialog', { name: `登记住户：${address1}` })
      await choose(dialog, '居民（第 1 人）', '张建国') // the first row's relationship is 户主
      await dialog.getByRole('button', { name: '添加已登记居民' }).click()
      await choose(dialog, '居民（第 2 人）', '李秀兰')
      await choose(dialog, '与户主关系（第 2 人）', '妻')
      await dialog.getByRole('button', { name: '添加已登记居民' }).click()
      await choose(dialog, '居民（第 3 人）', '张伟民')
      await choose(dialog, '与户主关系（第 3 人）', '子')
      await typeDate(dialog, '迁入日期', '2025-03-01')
      const { id } = await save(page, dialog, 'POST', /^\/api\/v1\/households\/register$/, 201)
      await expect(page.getByText('户主 张建国，共 3 人')).toBeVisible()
      const occupants = page.getByRole('table', { name: '居住人员列表' })
      await expect(occupants.getByRole('row', { name: /张建国/ })).toContainText('户主')
      await expect(occupants.getByRole('row', { name: /李秀兰/ })).toContainText('妻')
      await expect(occupants.getByRole('row', { name: /张伟民/ })).toContainText('子')
      return id
    })

  const household2 =
    await test.step('登记住户 in the second dwelling with another head', async () => {
      await tree.getByText('102室').click()
      await expect(page).toHaveURL(new RegExp(`[?&]dwelling=${dwelling2}`))
      await page.getByRole('button', { name: '登记住户', exact: true }).click()
      const dialog = page.getByRole('dialog', { name: `登记住户：${address2}` })
      await choose(dialog, '居民（第 1 人）', '赵丽华')
      await typeDate(dialog, '迁入日期', '2025-04-01')
      const { id } = await save(page, dialog, 'POST', /^\/api\/v1\/households\/register$/, 201)
      await expect(page.getByText('户主 赵丽华，共 1 人')).toBeVisible()
      return id
    })

  const members = page.getByRole('table', { name: '本户成员' })
  const memberRow = (name: string) => members.getByRole('row', { name: new RegExp(name) })

  await test.step('opens the first household and moves the new resident in', async () => {
    await tree.getByText('101室').click()
    await page.getByRole('link', { name: '查看本户' }).click()
    await expect(page).toHaveURL(new RegExp(`/households/${household1}$`))
    await expect(page.getByRole('heading', { name: `户：${address1}` })).toBeVisible()
    await page.getByRole('button', { name: '迁入成员' }).click()
    const dialog = page.getByRole('dialog', { name: `迁入成员：${address1}` })
    await choose(dialog, '居民', newcomer.name)
    await choose(dialog, '与户主关系', '母亲')
    await typeDate(dialog, '日期', '2025-05-10')
    await save(page, dialog, 'POST', new RegExp(`^/api/v1/households/${household1}/move-in$`))
    await expect(memberRow(newcomer.name)).toContainText('母亲')
    await expect(memberRow(newcomer.name)).toContainText('2025-05-10')
  })

  await test.step('moves 张伟民 to the second household (迁到他户)', async () => {
    await memberRow('张伟民').getByRole('button', { name: '迁到他户' }).click()
    const dialog = page.getByRole('dialog', { name: '迁到他户：张伟民' })
    // An address fragment finds the household through its members.
    await choose(dialog, '迁入户', `${estate}7号楼1单元102`, address2)
    await choose(dialog, '与户主关系', '夫')
    await typeDate(dialog, '日期', '2025-06-15')
    await save(page, dialog, 'POST', new RegExp(`^/api/v1/households/${household1}/transfer$`))
    await expect(memberRow('张伟民')).toHaveCount(0)
    await expect(members.getByRole('row')).toHaveCount(4) // the header and three members
  })

  await test.step('makes 李秀兰 the head, giving the others their relationship to her', async () => {
    await page.getByRole('button', { name: '变更户主' }).click()
    const dialog = page.getByRole('dialog', { name: `变更户主：${address1}` })
    await choose(dialog, '户主', '李秀兰')
    await choose(dialog, '与户主关系（张建国）', '夫')
    await choose(dialog, `与户主关系（${newcomer.name}）`, '婆婆')
    await typeDate(dialog, '日期', '2025-07-20')
    await save(page, dialog, 'POST', new RegExp(`^/api/v1/households/${household1}/change-head$`))
    await expect(memberRow('李秀兰')).toContainText('户主')
    await expect(memberRow('张建国')).toContainText('夫')
    await expect(memberRow(newcomer.name)).toContainText('婆婆')
    await expect(page.getByText(/户主 李秀兰 · .* · 共 3 人/)).toBeVisible()
  })

  await test.step('the history (变动记录) shows every step with its date, newest first', async () => {
    const history = page.getByRole('region', { name: '变动记录' })
    const events = history.getByRole('listitem')
    await expect(events).toHaveCount(6)
    await expect(events.nth(0)).toContainText(/2025-07-20.*变更户主：李秀兰/)
    await expect(events.nth(1)).toContainText(/2025-06-15.*转到他户：张伟民/)
    await expect(events.nth(1)).toContainText(address2)
    await expect(events.nth(2)).toContainText(/2025-05-10.*迁入：王淑芬.*与户主关系：母亲/)
    // 立户 and its members' 迁入 are one step: same date, any order among them.
    const founding = events.filter({ hasText: '2025-03-01' })
    await expect(founding).toHaveCount(3)
    await expect(founding.filter({ hasText: '立户：张建国' })).toHaveCount(1)
    await expect(founding.filter({ hasText: /迁入：李秀兰.*与户主关系：妻/ })).toHaveCount(1)
    await expect(founding.filter({ hasText: /迁入：张伟民.*与户主关系：子/ })).toHaveCount(1)
  })

  await test.step('the second household lists the moved member, and its history the arrival', async () => {
    await page
      .getByRole('region', { name: '变动记录' })
      .getByRole('link', { name: address2 })
      .click()
    await expect(page).toHaveURL(new RegExp(`/households/${household2}$`))
    await expect(page.getByRole('heading', { name: `户：${address2}` })).toBeVisible()
    await expect(memberRow('赵丽华')).toContainText('户主')
    await expect(memberRow('张伟民')).toContainText('夫')
    await expect(memberRow('张伟民')).toContainText('2025-06-15')
    const events = page.getByRole('region', { name: '变动记录' }).getByRole('listitem')
    await expect(events).toHaveCount(2)
    await expect(events.nth(0)).toContainText(/2025-06-15.*从他户转入：张伟民.*与户主关系：夫/)
    await expect(events.nth(0)).toContainText(address1)
    await expect(events.nth(1)).toContainText(/2025-04-01.*立户：赵丽华/)
  })

  await test.step('the records behind the pages are as shown (API and database)', async () => {
    type THousehold = {
      dwelling: { id: string; address: string }
      head: { name: string }
      members: { resident: { name: string }; relationship: string; joinedOn: string }[]
    }
    const getJson = async <T>(path: string) => {
      const response = await page.request.get(path)
      expect(response.status()).toBe(200)
      return (await response.json()) as T
    }
    const relationships = (h: THousehold) =>
      Object.fromEntries(h.members.map((m) => [m.resident.name, m.relationship]))

    const first = await getJson<THousehold>(`/api/v1/households/${household1}`)
    expect(first.dwelling).toEqual({ id: dwelling1, address: address1 })
    expect(first.head.name).toBe('李秀兰')
    expect(relationships(first)).toEqual({ 李秀兰: '02', 张建国: '11', [newcomer.name]: '54' })
    const second = await getJson<THousehold>(`/api/v1/households/${household2}`)
    expect(second.dwelling).toEqual({ id: dwelling2, address: address2 })
    expect(second.head.name).toBe('赵丽华')
    expect(relationships(second)).toEqual({ 赵丽华: '02', 张伟民: '11' })

    type THistory = { items: { type: string; occurredOn: string; resident: { name: string } }[] }
    const history = await getJson<THistory>(`/api/v1/households/${household1}/history`)
    expect(history.items.map((e) => `${e.occurredOn} ${e.type} ${e.resident.name}`).sort()).toEqual(
      [
        '2025-03-01 created 张建国',
        '2025-03-01 moved_in 张伟民',
        '2025-03-01 moved_in 李秀兰',
        `2025-05-10 moved_in ${newcomer.name}`,
        '2025-06-15 transferred_out 张伟民',
        '2025-07-20 head_changed 李秀兰',
      ],
    )

    // The member who moved keeps the row of the household they left, with the date.
    const movedRows = await db.householdMember.findMany({
      where: { resident: { name: '张伟民', committeeId: committee.id } },
      orderBy: { joinedOn: 'asc' },
    })
    expect(
      movedRows.map((m) => ({
        householdId: m.householdId,
        joinedOn: m.joinedOn.toISOString().slice(0, 10),
        leftOn: m.leftOn?.toISOString().slice(0, 10) ?? null,
      })),
    ).toEqual([
      { householdId: household1, joinedOn: '2025-03-01', leftOn: '2025-06-15' },
      { householdId: household2, joinedOn: '2025-06-15', leftOn: null },
    ])

    const building = await db.building.findUniqueOrThrow({ where: { id: buildingId } })
    expect(building).toMatchObject({ committeeId: committee.id, address: buildingAddress })
    const dwellings = await db.dwelling.findMany({
      where: { buildingId },
      orderBy: { room: 'asc' },
    })
    expect(dwellings.map((d) => [d.id, d.address, d.use])).toEqual([
      [dwelling1, address1, 'owner_occupied'],
      [dwelling2, address2, 'rented'],
    ])
    const resident = await db.resident.findUniqueOrThrow({ where: { id: residentId } })
    expect(resident).toMatchObject({
      committeeId: committee.id,
      name: newcomer.name,
      sex: '2',
      ethnicity: '01',
      category: 'registered',
      // Kept encrypted, as ID numbers are: masked for show, the number itself never in the clear.
      phoneMasked: '139****1234',
    })
    expect(resident.phoneCipher).not.toBeNull()
    expect(Buffer.from(resident.phoneCipher!).toString('latin1')).not.toContain('13905461234')
    expect(resident.birthDate.toISOString().slice(0, 10)).toBe(newcomer.birthDate)
  })
})
