import { type Locator, type Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import { addMonths, addMonthsToMonth, monthOf } from '@cr/shared/party/calendar'
import { testToday } from '@cr/api/test/test-clock'
import {
  seedCommittee,
  seedPartyOrganization,
  seedResident,
  seedUser,
  testIdNumber,
} from '@cr/api/test/factories'
import { choose, typeDate } from '../fixtures/antd.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: new URL(`../screenshots/party-${name}.png`, import.meta.url).pathname })

/** Presses the dialog's submit button and waits for the write it sends. */
const submit = async (
  page: Page,
  dialog: Locator,
  button: string,
  method: string,
  path: RegExp,
  status: number,
  confirm = false,
) => {
  const answered = page.waitForResponse(
    (r) => r.request().method() === method && path.test(new URL(r.url()).pathname),
  )
  await dialog.getByRole('button', { name: button, exact: true }).click()
  // A life-cycle step asks once more before it is sent.
  if (confirm)
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '确定' }).click()
  const response = await answered
  expect(response.status(), await response.text()).toBe(status)
  await expect(dialog).toBeHidden()
  return (await response.json()) as { id: string }
}

test('[PARTY] a clerk builds a branch under the 党工委, adds a member from the registry, confirms, records dues, transfers the member out and prints the letter', async ({
  page,
}) => {
  // A long journey (two dozen dialogs): 30 s alone, near the 60 s default on a busy machine.
  test.setTimeout(120_000)
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `红旗社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const person = '韩立党'
  const resident = await seedResident(db, e2eCipher(), {
    committeeId: committee.id,
    name: person,
    idNumber: testIdNumber({ birthDate: '1978-05-12', male: true }),
  })
  const root = `党工委${suffix}`
  // The 党工委 is set up by a party administrator (the clerk sees it, and cannot change it).
  const rootId = (await seedPartyOrganization(db, { name: root })).id
  const branch = `第一党支部${suffix}`
  const today = testToday
  // Joined 14 months ago: probation (a year) is over, so 转正 is allowed.
  const joinedOn = addMonths(today, -14)
  const serial = `组转〔2026〕${suffix}号`
  const destination = '东营区胜利街道幸福社区党支部'
  const nav = page.getByRole('navigation', { name: '主导航' })
  const tree = page.getByRole('tree', { name: '党组织树' })

  await test.step('the clerk signs in and opens 党组织', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    await page.goto('/')
    await nav.getByRole('link', { name: '党组织' }).click()
    await expect(page.getByRole('heading', { name: '党组织', level: 1 })).toBeVisible()
  })

  await test.step('opens the 党工委: a node to navigate by and to build under, not to change', async () => {
    await expect(page.getByRole('button', { name: '新建党工委' })).toHaveCount(0)
    await tree.getByText(root).click()
    await expect(page).toHaveURL(new RegExp(`[?&]org=${rootId}`))
    await expect(page.getByRole('heading', { name: root })).toBeVisible()
    await expect(page.getByText('党工委由系统管理员维护')).toBeVisible()
    await expect(page.getByRole('button', { name: '编辑组织' })).toHaveCount(0)
    await expect(page.getByRole('tab', { name: '党费' })).toHaveCount(0)
    await expect(page.getByRole('tab', { name: '组织生活' })).toBeVisible()
  })

  const branchId =
    await test.step('creates a branch under it, covering the committee', async () => {
      await page.getByRole('button', { name: '新建下级组织' }).click()
      const dialog = page.getByRole('dialog', { name: `新建党支部：${root}` })
      await expect(dialog.getByText('层级：党支部')).toBeVisible()
      await dialog.getByLabel('名称').fill(branch)
      await expect(dialog.getByText('社区党支部', { exact: true })).toBeVisible() // 支部类型's default
      await choose(dialog, '覆盖居委会', committee.name)
      await typeDate(dialog, '成立日期', '2020-07-01')
      const created = await submit(
        page,
        dialog,
        '保存',
        'POST',
        /^\/api\/v1\/party-organizations$/,
        201,
      )
      await expect(page.getByRole('heading', { name: branch })).toBeVisible()
      await expect(tree.getByText(root)).toBeVisible()
      await expect(tree.getByText(branch)).toBeVisible()
      return created.id
    })

  const memberId =
    await test.step('adds the resident as a probationary member, seeing the dues standard', async () => {
      await nav.getByRole('link', { name: '党员', exact: true }).click()
      await expect(page.getByRole('heading', { name: '党员', level: 1 })).toBeVisible()
      await page.getByRole('button', { name: '新增党员' }).click()
      const dialog = page.getByRole('dialog', { name: '新增党员' })
      await choose(dialog, '人员', person)
      await choose(dialog, '所在支部', branch)
      await expect(dialog.getByText('预备党员', { exact: true })).toBeVisible() // 人员类别's default
      await typeDate(dialog, '入党时间', joinedOn)
      const introducers = dialog.getByLabel('入党介绍人', { exact: true })
      await introducers.fill('张三')
      await introducers.press('Enter')
      await introducers.fill('李四')
      await introducers.press('Enter')
      await choose(dialog, '党费类别', '在职', '在职（按税后工资收入）')
      await dialog.getByLabel('月收入（元）').fill('4800')
      await expect(dialog.getByRole('status')).toContainText('党费标准：每月 48.00 元')
      await expect(dialog.getByRole('status')).toContainText('按税后收入 4,800 元 × 1%')
      const { id } = await submit(page, dialog, '保存', 'POST', /^\/api\/v1\/party-members$/, 201)
      const row = page
        .getByRole('table', { name: '党员列表' })
        .getByRole('row', { name: new RegExp(person) })
      await expect(row).toContainText('预备')
      await expect(row).toContainText(branch)
      await expect(row).toContainText(joinedOn)
      await screenshot(page, '2-members')
      // The roster as filtered now, exported with the headers the roster import reads.
      await page.getByRole('button', { name: /导出/ }).click()
      const csv = page.getByRole('link', { name: 'CSV（.csv）' })
      const exported = await page.request.get((await csv.getAttribute('href'))!)
      expect(exported.status()).toBe(200)
      const roster = await exported.text()
      expect(roster).toContain(person)
      expect(roster).toContain(branch)
      await page.keyboard.press('Escape')
      return id
    })

  await test.step('confirms full membership from the member profile', async () => {
    await page.getByRole('table', { name: '党员列表' }).getByRole('link', { name: person }).click()
    await expect(page).toHaveURL(new RegExp(`/party/members/${memberId}$`))
    await expect(page.getByRole('heading', { name: person, level: 1 })).toBeVisible()
    await expect(page.getByText('张三、李四')).toBeVisible()
    await page.getByRole('button', { name: '转正' }).click()
    const dialog = page.getByRole('dialog', { name: `转正：${person}` })
    await expect(dialog.getByLabel('支部大会讨论通过日期')).toHaveValue(addMonths(joinedOn, 12))
    await submit(
      page,
      dialog,
      '转正',
      'POST',
      new RegExp(`^/api/v1/party-members/${memberId}/confirm$`),
      200,
      true,
    )
    await expect(page.locator('.page-header')).toContainText('正式')
    const history = page.getByRole('region', { name: '党员历程' })
    await expect(history.getByRole('listitem').first()).toContainText('转为正式党员')
    await expect(page.getByRole('button', { name: '转正' })).toHaveCount(0)
    await screenshot(page, '3-member-profile')
  })

  await test.step('records a quarter’s dues at once from the branch’s dues roll', async () => {
    await nav.getByRole('link', { name: '党组织' }).click()
    await tree.getByText(branch).click()
    await expect(page).toHaveURL(new RegExp(`[?&]org=${branchId}`))
    await expect(tree.getByText(root)).toBeVisible()
    await page.getByRole('tab', { name: '党费' }).click()
    const roll = page.getByRole('table', { name: '党费收缴表' })
    const row = roll.getByRole('row', { name: new RegExp(person) })
    await expect(row).toContainText('48.00')
    await row.getByRole('button', { name: `为${person}登记缴费` }).click()
    const dialog = page.getByRole('dialog', { name: `登记党费：${person}` })
    await expect(dialog.getByLabel('缴纳月份')).toHaveValue(monthOf(today))
    // 按季度: this month and the next two at once, the total shown before it is sent.
    await typeDate(dialog, '缴至月份', addMonthsToMonth(monthOf(today), 2))
    await expect(dialog.getByRole('status')).toContainText(
      '共 3 个月 × 每月 48.00 元，合计 144.00 元',
    )
    await submit(
      page,
      dialog,
      '保存',
      'POST',
      new RegExp(`^/api/v1/party-members/${memberId}/dues-payments$`),
      201,
    )
    await expect(row).toContainText('已缴')
    await page.getByRole('tab', { name: '党员名册' }).click()
    await expect(
      page.getByRole('table', { name: '党员名册' }).getByRole('row', { name: new RegExp(person) }),
    ).toContainText('正式')
    await expect(tree.getByRole('treeitem', { name: new RegExp(branch) })).toContainText('1 人')
    await page.getByRole('tab', { name: '党费' }).click()
    await expect(row).toContainText('已缴')
    await screenshot(page, '1-tree')
  })

  await test.step('the resident profile shows the membership and links to the member', async () => {
    await page.goto(`/residents/${resident.id}`)
    const section = page.locator('.ant-card').filter({
      has: page.getByRole('heading', { name: '党员信息' }),
    })
    await expect(section).toContainText('正式党员')
    await expect(section).toContainText(branch)
    await section.getByRole('link', { name: '查看党员档案' }).click()
    await expect(page).toHaveURL(new RegExp(`/party/members/${memberId}$`))
  })

  const transferId = await test.step('transfers the member out; the letter opens', async () => {
    await page.getByRole('button', { name: '组织关系转出' }).click()
    const dialog = page.getByRole('dialog', { name: `组织关系转出：${person}` })
    await dialog.getByLabel('介绍信编号').fill(serial)
    await dialog.getByLabel('转往党组织').fill(destination)
    await expect(dialog.getByLabel('开具日期')).toHaveValue(today)
    const transfer = await submit(
      page,
      dialog,
      '组织关系转出',
      'POST',
      new RegExp(`^/api/v1/party-members/${memberId}/transfer-out$`),
      200,
      true,
    )
    await expect(page).toHaveURL(new RegExp(`/party/transfers/${transfer.id}/print$`))
    return transfer.id
  })

  await test.step('the letter shows the serial number, the member and the destination; 打印 counts', async () => {
    const letter = page.getByRole('article', { name: '组织关系介绍信' })
    for (const part of ['存根', '介绍信', '回执'])
      await expect(letter.getByRole('region', { name: part })).toContainText(serial)
    await expect(letter.getByRole('region', { name: '介绍信' })).toContainText(
      `兹介绍${person}同志`,
    )
    await expect(letter.getByRole('region', { name: '介绍信' })).toContainText(destination)
    await expect(letter.getByRole('region', { name: '存根' })).toContainText(branch)
    await expect(letter).toContainText('中共正式党员')
    await expect(page.getByText('已打印 0 次')).toBeVisible()
    await screenshot(page, '4-letter')
    // The print dialog is the browser's; count the call instead of opening it.
    await page.evaluate(() => {
      const w = window as unknown as { print: () => void; printCalls: number }
      w.printCalls = 0
      w.print = () => void (w.printCalls += 1)
    })
    const printed = page.waitForResponse(
      (r) =>
        r.request().method() === 'POST' &&
        new URL(r.url()).pathname === `/api/v1/party-transfers/${transferId}/printed`,
    )
    await page.getByRole('button', { name: '打印' }).click()
    expect((await printed).status()).toBe(200)
    await expect(page.getByText('已打印 1 次')).toBeVisible()
    // What the paper gets: the A4 sheet alone, without the app's frame.
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden()
    await expect(page.getByRole('button', { name: '打印' })).toBeHidden()
    await page.screenshot({
      path: new URL('../screenshots/party-5-letter-print.png', import.meta.url).pathname,
      fullPage: true,
    })
    await page.emulateMedia({ media: 'screen' })
    expect(
      await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls),
    ).toBe(1)
  })

  await test.step('the home page lists the letter among the party reminders', async () => {
    await nav.getByRole('link', { name: '首页' }).click()
    const card = page.locator('.ant-card').filter({
      has: page.getByRole('heading', { name: '党务提醒' }),
    })
    await expect(card).toContainText('介绍信未回执')
    await expect(card.getByRole('link', { name: person })).toHaveAttribute(
      'href',
      `/party/transfers/${transferId}/print`,
    )
    await screenshot(page, '6-home')
  })

  await test.step('the records behind the pages are as shown (API and database)', async () => {
    const member = await (await page.request.get(`/api/v1/party-members/${memberId}`)).json()
    expect(member).toMatchObject({
      state: 'transferred_out',
      status: 'full',
      organization: { id: branchId },
      introducers: ['张三', '李四'],
      fullMembershipOn: addMonths(joinedOn, 12),
      dues: { category: 'employed', standardFen: 4800 },
    })
    const history = await (
      await page.request.get(`/api/v1/party-members/${memberId}/history`)
    ).json()
    expect(history.items.map((e: { type: string }) => e.type)).toEqual([
      'joined',
      'confirmed',
      'dues_paid',
      'transferred_out',
    ])
    const payments = await db.partyDuesPayment.findMany({ where: { memberId } })
    expect(payments.map((p) => [p.month, p.amountFen]).sort()).toEqual(
      [0, 1, 2].map((n) => [addMonthsToMonth(monthOf(today), n), 4800]),
    )
    const transfer = await db.partyTransfer.findUniqueOrThrow({ where: { id: transferId } })
    expect(transfer).toMatchObject({
      memberId,
      serialNumber: serial,
      toOrganization: destination,
      fromOrganization: branch,
      printCount: 1,
    })
    const organization = await db.partyOrganization.findUniqueOrThrow({ where: { id: branchId } })
    expect(organization).toMatchObject({
      parentId: rootId,
      level: 'branch',
      branchType: 'community',
    })
  })
})
