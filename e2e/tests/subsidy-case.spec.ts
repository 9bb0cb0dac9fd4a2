import { readFile } from 'node:fs/promises'
import { type Locator, type Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import {
  seedBuilding,
  seedCommittee,
  seedDwelling,
  seedResident,
  seedUser,
} from '@cr/api/test/factories'
import { choose, typeDate } from '../fixtures/antd.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

/** Saves the dialog's form (its button says `button`) and waits for the step's answer. */
const save = async (page: Page, dialog: Locator, path: RegExp, button = '保存') => {
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname),
  )
  await dialog.getByRole('button', { name: button }).click()
  const response = await answered
  expect(response.status(), await response.text()).toBeLessThan(300)
  await expect(dialog).toBeHidden()
  return (await response.json()) as Record<string, unknown>
}

// The business day is fixed (testToday, 2026-11-30): every date below is written out, the
// application late enough that its deadline is ahead, the 公示 early enough to be over by the
// street's review.
test('[SUBSIDY] a clerk takes a 低保 application for a registry household through investigation, deliberation, 公示 and approval; the month’s roll is generated, locked and paid through the bank file at the formula’s amount', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const cipher = e2eCipher()
  const committee = await seedCommittee(db, { name: `福安社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const supervisor = await seedUser(db, { role: 'supervisor' })
  const building = await seedBuilding(db, {
    committeeId: committee.id,
    street: '福安路',
    estateName: `福安${suffix}小区`,
    buildingNumber: '2号楼',
  })
  const dwelling = await seedDwelling(db, { buildingId: building.id, unit: '1', room: '302' })
  const head = await seedResident(db, cipher, { committeeId: committee.id, name: '孙桂兰' })
  const son = await seedResident(db, cipher, { committeeId: committee.id, name: '孙晓东' })
  // The standard is the community's, not the committee's: seeded once, kept if already set.
  await db.subsidyStandard.upsert({
    where: { effectiveMonth: '2026-01' },
    create: {
      id: crypto.randomUUID(),
      effectiveMonth: '2026-01',
      standardFen: 80_000,
      floorFen: 0,
    },
    update: {},
  })

  await signInThroughApi(page, clerk.username, clerk.password)
  const household = await page.request.post('/api/v1/households', {
    data: {
      dwellingId: dwelling.id,
      headResidentId: head.id,
      members: [{ residentId: son.id, relationship: '20' }],
      movedInOn: '2015-04-01',
    },
  })
  expect(household.ok(), await household.text()).toBe(true)
  const householdId = ((await household.json()) as { id: string }).id
  const standards = (await (await page.request.get('/api/v1/subsidy-standards')).json()) as {
    items: { effectiveMonth: string; standardFen: number }[]
  }
  const standardFen = standards.items
    .filter((s) => s.effectiveMonth <= '2026-11')
    .sort((a, b) => b.effectiveMonth.localeCompare(a.effectiveMonth))[0]!.standardFen
  // 1,100 元 (the mother's pension) + 300 元 (the son's odd jobs) = 1,400 ÷ 2 = 700 元 each.
  const expectedFen = (standardFen - 70_000) * 2
  const yuan = (fen: number) =>
    `${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`
  const heading = page.getByRole('heading', { name: '孙桂兰 · 低保案件' })
  const stepDialog = (step: string) => page.getByRole('dialog', { name: `${step} · 孙桂兰` })
  const caseStep = /^\/api\/v1\/subsidy-cases\/[^/]+\/[a-z-]+$/

  await test.step('opens an application from the household’s page: its members are listed with their incomes', async () => {
    await page.goto(`/households/${householdId}`)
    await page.getByRole('link', { name: '申请低保' }).click()
    await expect(page.getByRole('heading', { name: '受理低保申请' })).toBeVisible()
    await expect(page.getByText(`所在户：福安路福安${suffix}小区2号楼1单元302室`)).toBeVisible()
    await typeDate(page.locator('main'), '申请日期', '2026-11-18')
    await page.getByLabel('孙桂兰 转移净收入（养老金等）（元）').fill('1,100')
    await page.getByLabel('孙晓东 工资性收入（元）').fill('300')
    await expect(page.getByText('家庭 2 人，保障 2 人，月收入合计')).toBeVisible()
    await choose(page.locator('main'), '致贫原因', '因病')
    await page.getByRole('checkbox', { name: '身份证' }).check()
    await page.getByRole('checkbox', { name: '户口簿' }).check()
    await expect(page.getByText(/^尚缺材料：入户调查表、民主评议记录、/)).toBeVisible()
    await page.getByLabel('银行账号').fill('6230 5200 1122 3344')
    const created = page.waitForResponse(
      (r) =>
        r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/subsidy-cases',
    )
    await page.getByRole('button', { name: '受理' }).click()
    expect((await created).status()).toBe(201)
    await expect(heading).toBeVisible()
    await expect(page.getByText('下一步：入户调查，应于 2026-12-02 前完成')).toBeVisible()
    await expect(page.getByText('****3344')).toBeVisible()
  })

  await test.step('records the investigation by two investigators, the deliberation and the 公示', async () => {
    await page.getByRole('button', { name: '入户调查' }).click()
    let dialog = stepDialog('入户调查')
    await typeDate(dialog, '调查日期', '2026-11-19')
    const investigators = dialog.getByLabel('调查人员', { exact: true })
    await investigators.fill('王芳')
    await investigators.press('Enter')
    await investigators.fill('李强')
    await investigators.press('Enter')
    await dialog.getByLabel('调查情况').fill('家中确有重病患者，收入与申报一致')
    await save(page, dialog, caseStep)

    await page.getByRole('button', { name: '民主评议' }).click()
    dialog = stepDialog('民主评议')
    await typeDate(dialog, '评议日期', '2026-11-20')
    await dialog.getByLabel('应到人数').fill('9')
    await dialog.getByLabel('实到人数').fill('8')
    await dialog.getByLabel('同意人数').fill('8')
    await expect(dialog.getByText('按规则：通过')).toBeVisible()
    await save(page, dialog, caseStep)

    await page.getByRole('button', { name: '公示', exact: true }).click()
    dialog = stepDialog('公示')
    await typeDate(dialog, '公示开始日期', '2026-11-20')
    await expect(dialog.getByText('公示 7 天，至 2026-11-26 止')).toBeVisible()
    await save(page, dialog, caseStep)
    await expect(page.getByText('公示中：2026-11-20 至 2026-11-26')).toBeVisible()
  })

  await test.step('prints the 公示名单: name, household size and amount, no ID number', async () => {
    await page.getByRole('link', { name: '打印公示名单' }).click()
    const row = page.getByRole('row', { name: /孙桂兰/ })
    await expect(row).toContainText(yuan(expectedFen))
    await expect(page.locator('.print-paper')).not.toContainText(/\d{6}\*+/)
    await page.goBack()
    await expect(heading).toBeVisible()
  })

  await test.step('records the street’s review and the approval: in payment at the formula’s amount', async () => {
    await page.getByRole('button', { name: '街道审核' }).click()
    let dialog = stepDialog('街道审核')
    await typeDate(dialog, '街道审核日期', '2026-11-27')
    await save(page, dialog, caseStep)
    await page.getByRole('button', { name: '县级审批' }).click()
    dialog = stepDialog('县级审批')
    await typeDate(dialog, '审批日期', '2026-11-30')
    await dialog.getByLabel('低保证号').fill(`低保字2026第${suffix}号`)
    await save(page, dialog, caseStep)
    await expect(page.getByText('保障中')).toBeVisible()
    await expect(page.getByText(`月保障金 ${yuan(expectedFen)} 元`, { exact: true })).toBeVisible()
    const formula = page.getByRole('list', { name: '计算过程' })
    await expect(formula).toContainText('家庭月收入 1,400.00 元 ÷ 2 人 = 人均 700.00 元')
    const history = page.getByRole('region', { name: '办理记录' })
    await expect(history).toContainText('调查人：王芳、李强')
    await expect(history).toContainText('应到 9 人，实到 8 人，同意 8 人：通过')
    await expect(history).toContainText(`自 2026-11 起每月 ${yuan(expectedFen)} 元`)
  })
  const caseUrl = page.url()
  const rollRow = page.getByRole('row', { name: new RegExp(committee.name) })

  await test.step('generates November’s roll from 社会保障 › 发放花名册: the case is on it', async () => {
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '发放花名册' })
      .click()
    await expect(page.getByLabel('月份')).toHaveValue('2026-11')
    await rollRow.getByRole('button', { name: `生成${committee.name}2026年11月的花名册` }).click()
    await page
      .getByRole('dialog', { name: /生成.*发放花名册？/ })
      .getByRole('button', { name: '生成' })
      .click()
    const changes = page.getByRole('dialog', { name: /已生成/ })
    await expect(changes.getByText('花名册已生成，共 1 户。')).toBeVisible()
    await changes.getByRole('button', { name: '知道了' }).click()
    await expect(rollRow.getByText('待核对')).toBeVisible()
    await expect(rollRow.getByRole('cell', { name: yuan(expectedFen) }).first()).toBeVisible()
  })

  await test.step('a supervisor locks it', async () => {
    await signInThroughApi(page, supervisor.username, supervisor.password)
    await page.goto('/subsidy-payouts')
    await rollRow.getByRole('button', { name: `锁定${committee.name}2026年11月的花名册` }).click()
    const confirm = page.getByRole('dialog', { name: /锁定.*发放花名册？/ })
    await expect(confirm).toContainText(`共 1 户、2 人，合计 ${yuan(expectedFen)} 元。`)
    await confirm.getByRole('button', { name: '锁定' }).click()
    await expect(rollRow.getByText('已锁定')).toBeVisible()
  })

  await test.step('the clerk downloads the bank file: the whole account for the bank, the amount, 合计; the case is in payment', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    await page.goto('/subsidy-payouts')
    await rollRow.getByRole('button', { name: /银行代发文件/ }).click()
    const download = page.waitForEvent('download')
    await page.getByRole('menuitem', { name: 'CSV（.csv）' }).click()
    const file = await download
    const lines = (await readFile((await file.path())!, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    expect(lines[1]).toContain('孙桂兰')
    expect(lines[1]).toContain('6230520011223344')
    expect(lines[1]).toContain(yuan(expectedFen))
    expect(lines.at(-1)).toMatch(new RegExp(`^合计,.*${yuan(expectedFen).replace('.', '\\.')}`))
    await page.goto(caseUrl)
    await expect(page.getByText('保障中')).toBeVisible()
    await expect(page.getByText(`月保障金 ${yuan(expectedFen)} 元`, { exact: true })).toBeVisible()
  })
  await test.step('pairs a helper with the household and records a visit: the pairing rate counts it', async () => {
    await page.getByRole('button', { name: '结对帮扶' }).click()
    const dialog = page.getByRole('dialog', { name: '结对帮扶' })
    await dialog.getByLabel('帮扶人', { exact: true }).fill('王芳')
    await typeDate(dialog, '结对日期', '2026-11-30')
    await dialog.getByLabel('帮扶目标').fill('协助就医，帮助孙晓东就业')
    await save(page, dialog, /^\/api\/v1\/pairings$/)
    await expect(page.getByText('帮扶人：王芳')).toBeVisible()
    const pairings = page.getByRole('region', { name: '一助一结对帮扶' })
    await pairings.getByRole('button', { name: '记录走访' }).click()
    const visit = page.getByRole('dialog', { name: '帮扶记录 · 王芳' })
    await visit.getByLabel('内容').fill('入户走访，了解就医情况')
    await save(page, visit, /^\/api\/v1\/pairings\/[^/]+\/visits$/)
    await expect(pairings).toContainText('入户走访，了解就医情况')
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '结对帮扶' })
      .click()
    const card = page.getByRole('region', { name: `${committee.name} 结对率` })
    await expect(card).toContainText('100.0%')
    await expect(card).toContainText('1 / 1 户')
  })
})
