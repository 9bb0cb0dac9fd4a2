import { type Locator, type Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import { addMonths } from '@cr/shared/party/calendar'
import { testToday } from '@cr/api/test/test-clock'
import {
  seedCommittee,
  seedPartyOrganization,
  seedResident,
  seedUser,
} from '@cr/api/test/factories'
import { choose, typeDate } from '../fixtures/antd.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: new URL(`../screenshots/party-${name}.png`, import.meta.url).pathname })

/**
 * Waits for antd's zoom animations (a dialog or a confirmation opening) to end: a click while
 * one still runs was seen to be lost under the load of the whole suite.
 */
const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelector('[class*="ant-zoom-"]') === null)

/** Presses a dialog's button and returns the answer to the write it sends. */
const send = async (page: Page, dialog: Locator, button: string, method: string, path: RegExp) => {
  const answered = page.waitForResponse(
    (r) => r.request().method() === method && path.test(new URL(r.url()).pathname),
  )
  await settled(page)
  // Not `exact`: after a quick refusal antd can leave the spinner's "loading" label on the button
  // (rc-motion, ant-design/ant-design#27457) although it is clickable again.
  await dialog.getByRole('button', { name: new RegExp(`^(loading )?${button}$`) }).click()
  return answered
}

/**
 * A committee, a clerk of it signed in, and a 党工委 (set up by a party administrator) with one
 * branch the clerk created covering the committee.
 */
const setUp = async (page: Page) => {
  const suffix = Date.now().toString(36) + Math.random().toString(36).slice(2, 5)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `共建社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  await signInThroughApi(page, clerk.username, clerk.password)
  const post = async (url: string, data: object, headers: Record<string, string> = {}) => {
    const response = await page.request.post(`/api/v1${url}`, { data, headers })
    expect(response.ok(), await response.text()).toBe(true)
    return (await response.json()) as { id: string; version: number }
  }
  const root = await seedPartyOrganization(db, { name: `党工委${suffix}` })
  const branch = await post('/party-organizations', {
    parentId: root.id,
    level: 'branch',
    name: `评议支部${suffix}`,
    committeeIds: [committee.id],
  })
  const resident = (name: string) =>
    seedResident(db, e2eCipher(), { committeeId: committee.id, name })
  return { suffix, db, committee, clerk, branch, post, resident }
}

test('[PARTY] a party administrator records a co-building unit, an agreement with it and an activity held; a clerk reads them', async ({
  page,
}) => {
  const { suffix, db, clerk } = await setUp(page)
  // Co-building units are kept by party administrators.
  const admin = await seedUser(db, { role: 'admin' })
  await signInThroughApi(page, admin.username, admin.password)
  const unit = `胜利油田某采油厂${suffix}`
  const nav = page.getByRole('navigation', { name: '主导航' })

  await page.goto('/')
  await nav.getByRole('link', { name: '共建单位' }).click()
  await expect(page.getByRole('heading', { name: '共建单位', level: 1 })).toBeVisible()

  await test.step('creates the unit; it opens on the right', async () => {
    await page.getByRole('button', { name: '新增共建单位' }).first().click()
    const dialog = page.getByRole('dialog', { name: '新增共建单位' })
    await dialog.getByLabel('单位名称').fill(unit)
    await dialog.getByLabel('单位党组织').fill('采油厂机关党支部')
    await dialog.getByLabel('联系人').fill('王建国')
    await dialog.getByLabel('联系电话').fill('13800138000')
    await dialog.getByLabel('地址').fill('东营区西四路 100 号')
    const response = await send(page, dialog, '保存', 'POST', /^\/api\/v1\/co-building-units$/)
    expect(response.status(), await response.text()).toBe(201)
    await expect(dialog).toBeHidden()
    const { id } = (await response.json()) as { id: string }
    await expect(page).toHaveURL(new RegExp(`[?&]unit=${id}`))
    await expect(page.getByRole('heading', { name: unit, level: 2 })).toBeVisible()
    const row = page
      .getByRole('table', { name: '共建单位列表' })
      .getByRole('row', { name: new RegExp(unit) })
    await expect(row).toContainText('采油厂机关党支部')
    await expect(row).toContainText('王建国')
  })

  await test.step('adds an agreement (in force) and an activity under it', async () => {
    await page.getByRole('button', { name: '新增协议' }).click()
    const dialog = page.getByRole('dialog', { name: `新增协议：${unit}` })
    await typeDate(dialog, '签订日期', addMonths(testToday, -2))
    await typeDate(dialog, '到期日期', addMonths(testToday, 10))
    await dialog
      .getByLabel('共建内容')
      .fill('组织共建：双方党员共同过组织生活\n志愿服务：每季度一次')
    const agreement = await send(page, dialog, '保存', 'POST', /\/agreements$/)
    expect(agreement.status(), await agreement.text()).toBe(201)
    await expect(dialog).toBeHidden()
    const section = page.getByRole('region', {
      name: `${addMonths(testToday, -2)} 签订的协议`,
    })
    await expect(section.getByText('有效', { exact: true })).toBeVisible()
    await expect(section).toContainText('志愿服务：每季度一次')
    await expect(section).toContainText('尚未开展活动')
    await expect(
      page
        .getByRole('table', { name: '共建单位列表' })
        .getByRole('row', { name: new RegExp(unit) }),
    ).toContainText('1')

    await section.getByRole('button', { name: '新增活动' }).click()
    const activityDialog = page.getByRole('dialog', { name: new RegExp(`^新增活动：${unit}`) })
    await activityDialog.getByLabel('活动名称').fill('七一联合主题党日')
    await activityDialog.getByLabel('活动内容').fill('参观党史馆，重温入党誓词')
    const activity = await send(page, activityDialog, '保存', 'POST', /\/activities$/)
    expect(activity.status(), await activity.text()).toBe(201)
    await expect(activityDialog).toBeHidden()
    const list = section.getByRole('list', { name: '共建活动' })
    await expect(list).toContainText('七一联合主题党日')
    await expect(list).toContainText(testToday)
    await expect(list).toContainText('参观党史馆')
    await screenshot(page, '7-co-building')
  })

  await test.step('the clerk reads the unit, its agreement and activity, and is offered no change', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    await page.reload()
    await expect(page.getByRole('heading', { name: unit, level: 2 })).toBeVisible()
    const section = page.getByRole('region', {
      name: `${addMonths(testToday, -2)} 签订的协议`,
    })
    await expect(section.getByRole('list', { name: '共建活动' })).toContainText('七一联合主题党日')
    for (const button of ['新增共建单位', '新增协议', '新增活动', '编辑', '删除'])
      await expect(page.getByRole('button', { name: button, exact: true })).toHaveCount(0)
  })
})

test('[PARTY] a clerk evaluates members (the 优秀 quota is refused), edits one, takes one off the roll, records a letter’s receipt, and takes a member in with a letter', async ({
  page,
}) => {
  // A long journey (two dozen dialogs): 30 s alone, near the 60 s default on a busy machine.
  test.setTimeout(120_000)
  const { suffix, branch, post, resident } = await setUp(page)
  const names = ['甲评议', '乙评议', '丙评议', '丁评议']
  const members: { id: string; version: number }[] = []
  for (const name of names) {
    const r = await resident(name)
    members.push(
      await post('/party-members', {
        residentId: r.id,
        organizationId: branch.id,
        status: 'full',
        joinedOn: '2000-07-01',
        fullMembershipOn: '2001-07-01',
      }),
    )
  }
  // Last year, by the fixed day the browser and the server run on (fixtures/test.ts).
  const year = String(Number(testToday.slice(0, 4)) - 1)
  const card = page.getByRole('region', { name: '民主评议' })

  const evaluate = async (name: string, grade: string, title?: string) => {
    await card.getByRole('button', { name: '新增评议' }).click()
    const dialog = page.getByRole('dialog', { name: `新增评议：${name}` })
    await expect(dialog.getByLabel('评议年度')).toHaveValue(year)
    await choose(dialog, '评议等次', grade)
    if (title) {
      await dialog.getByLabel('荣誉称号').fill(title)
      await dialog.getByLabel('荣誉称号').press('Tab') // closes the suggestions
    }
    const response = await send(page, dialog, '保存', 'POST', /\/evaluations$/)
    return { dialog, response }
  }

  await test.step('grades the first member 优秀 with the title 优秀党员', async () => {
    await page.goto(`/party/members/${members[0]!.id}`)
    await expect(card.getByText('暂无评议记录')).toBeVisible()
    const { dialog, response } = await evaluate(names[0]!, '优秀', '优秀党员')
    expect(response.status(), await response.text()).toBe(201)
    await expect(dialog).toBeHidden()
    const row = card.getByRole('table', { name: '民主评议' }).getByRole('row', { name: /优秀党员/ })
    await expect(row).toContainText(year)
    await expect(row).toContainText('优秀')
  })

  await test.step('a second 优秀 among four members is refused under the grade', async () => {
    await page.goto(`/party/members/${members[1]!.id}`)
    const { dialog, response } = await evaluate(names[1]!, '优秀')
    expect(response.status()).toBe(409)
    await expect(dialog).toBeVisible()
    await expect(dialog.getByLabel('评议等次')).toHaveAttribute('aria-invalid', 'true')
    await expect(dialog.getByRole('alert')).toContainText(
      '评为“优秀”的党员不能超过本支部党员的三分之一',
    )
    await screenshot(page, '8-evaluation-quota')
    await choose(dialog, '评议等次', '合格')
    await dialog.getByLabel('荣誉称号').fill('党员模范经营户')
    await dialog.getByLabel('荣誉称号').press('Tab')
    const saved = await send(page, dialog, '保存', 'POST', /\/evaluations$/)
    expect(saved.status(), await saved.text()).toBe(201)
    await expect(dialog).toBeHidden()
    await expect(
      card.getByRole('table', { name: '民主评议' }).getByRole('row', { name: /党员模范经营户/ }),
    ).toContainText('合格')
  })

  await test.step('edits the member: a party post and 失联 (If-Match)', async () => {
    await page.getByRole('button', { name: '编辑' }).click()
    const dialog = page.getByRole('dialog', { name: `编辑党员信息：${names[1]}` })
    const posts = dialog.getByLabel('党内职务', { exact: true })
    await posts.fill('组织委员')
    await posts.press('Enter')
    await dialog.getByLabel('困难情况').fill('低保户')
    const response = await send(page, dialog, '保存', 'PATCH', /\/party-members\/[^/]+$/)
    expect(response.status(), await response.text()).toBe(200)
    expect(response.request().headers()['if-match']).toBe(`"${members[1]!.version}"`)
    await expect(dialog).toBeHidden()
    await expect(page.getByText('组织委员')).toBeVisible()
    await expect(
      page.getByRole('region', { name: '党员历程' }).getByText('民主评议').first(),
    ).toBeVisible()
    await screenshot(page, '9-member-evaluations')
  })

  await test.step('takes the fourth member off the roll (去世)', async () => {
    await page.goto(`/party/members/${members[3]!.id}`)
    await page.getByRole('button', { name: '离开名册' }).click()
    const dialog = page.getByRole('dialog', { name: `离开名册：${names[3]}` })
    await choose(dialog, '离开方式', '去世')
    await dialog.getByLabel('原因').fill('病故')
    const answered = page.waitForResponse((r) => /\/leave$/.test(new URL(r.url()).pathname))
    await settled(page)
    await dialog.getByRole('button', { name: '离开名册', exact: true }).click()
    const confirm = page.locator('.ant-modal-confirm')
    await expect(confirm).toContainText(`确定将${names[3]}以“去世”移出党员名册吗？`)
    await settled(page)
    await confirm.getByRole('button', { name: '确定' }).click()
    expect((await answered).status()).toBe(200)
    await expect(dialog).toBeHidden()
    await expect(page.getByText('该党员当前状态为“去世”')).toBeVisible()
    await expect(page.getByRole('button', { name: '离开名册' })).toHaveCount(0)
  })

  await test.step('registers the receipt of a letter issued for the third member', async () => {
    const letter = await post(
      `/party-members/${members[2]!.id}/transfer-out`,
      { serialNumber: `组转${suffix}`, toOrganization: '河口区某党支部', issuedOn: testToday },
      { 'if-match': `"${members[2]!.version}"` },
    )
    await page.goto(`/party/transfers/${letter.id}/print`)
    await expect(page.getByText('有效', { exact: true })).toBeVisible()
    await page.getByRole('button', { name: '登记回执' }).click()
    const dialog = page.getByRole('dialog', { name: `登记回执：组转${suffix}` })
    await expect(dialog.getByLabel('回执收到日期')).toHaveValue(testToday)
    const response = await send(page, dialog, '登记回执', 'POST', /\/receipt$/)
    expect(response.status(), await response.text()).toBe(200)
    await expect(dialog).toBeHidden()
    await expect(page.getByText('已收到回执', { exact: true })).toBeVisible()
    await expect(page.getByText(`${testToday} 收到回执`)).toBeVisible()
    await expect(page.getByRole('button', { name: '登记回执' })).toHaveCount(0)
  })

  await test.step('takes a member in with a letter: an expired one only with the reason for the delay', async () => {
    const person = `戊转入${suffix.slice(-3)}`
    await resident(person)
    await page.goto('/party/members')
    await page.getByRole('button', { name: '组织关系转入' }).click()
    const dialog = page.getByRole('dialog', { name: '组织关系转入' })
    await dialog.getByLabel('介绍信编号').fill(`东组转字第${suffix}号`)
    await dialog.getByLabel('转出党组织').fill('东营区文汇街道某社区党支部')
    await typeDate(dialog, '开具日期', addMonths(testToday, -2))
    await dialog.getByLabel('有效天数').fill('30')
    await choose(dialog, '人员', person)
    await choose(dialog, '所在支部', `评议支部${suffix}`)
    await typeDate(dialog, '入党时间', '2005-07-01')
    await typeDate(dialog, '转正时间', '2006-07-01')
    await choose(dialog, '党费类别', '离退休')
    await dialog.getByLabel('月收入（元）').fill('3000')
    // The letter expired before it arrived: the form asks for the branch's reason for the delay.
    await expect(dialog).toContainText('须凭党支部出具的延误证明接收')
    await dialog.getByLabel('延误原因').fill('转出单位开具后本人住院，有原支部延误证明')
    const arrived = await send(page, dialog, '办理转入', 'POST', /\/transfer-in$/)
    expect(arrived.status(), await arrived.text()).toBe(201)
    await expect(dialog).toBeHidden()
    await expect(
      page.getByRole('table', { name: '党员列表' }).getByRole('row', { name: new RegExp(person) }),
    ).toContainText('正式')
  })
})
