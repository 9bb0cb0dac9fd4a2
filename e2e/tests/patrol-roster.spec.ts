import { randomUUID } from 'node:crypto'
import { type Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import { seedCommittee, seedUser } from '@cr/api/test/factories'
import { choose } from '../fixtures/antd.ts'
import { e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

const shots = '/tmp/patrol-shots'
/** Each page at a desktop and a phone size, for a person to look at. */
const screenshot = async (page: Page, name: string) => {
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: `${shots}/plans-${name}-${width}.png`, fullPage: true })
  }
  await page.setViewportSize({ width: 1366, height: 768 })
}

test('[PATROL] a clerk plans weekday nights 20:00–次日02:00, opens November’s roster, swaps two entries and cancels one', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `排班社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const [one, two, route] = [randomUUID(), randomUUID(), randomUUID()]
  await db.patrolTeam.create({
    data: { id: one, committeeId: committee.id, kind: 'team', name: '一队' },
  })
  await db.patrolTeam.create({
    data: { id: two, committeeId: committee.id, kind: 'team', name: '二队' },
  })
  await db.patrolRoute.create({ data: { id: route, committeeId: committee.id, name: '东区路线' } })
  // 二队 patrols one Saturday morning: the entry the weekday night is swapped with.
  await db.patrolPlan.create({
    data: {
      id: randomUUID(),
      committeeId: committee.id,
      teamId: two,
      days: { kind: 'dates', dates: ['2026-11-07'] },
      start: '09:00',
      end: '11:00',
      fromDate: new Date('2026-11-01T00:00:00Z'),
    },
  })
  await page.setViewportSize({ width: 1366, height: 768 })
  await signInThroughApi(page, clerk.username, clerk.password)

  await test.step('the plan: 一队 on 东区路线, weekdays, 20:00 to 次日02:00', async () => {
    await page.goto('/patrol-plans')
    await expect(page.getByRole('heading', { name: '巡逻计划', level: 1 })).toBeVisible()
    await page.getByRole('button', { name: '新建计划' }).click()
    const dialog = page.getByRole('dialog', { name: '新建巡逻计划' })
    await choose(dialog, '巡逻队伍', '一队')
    await choose(dialog, '巡逻路线', '东区路线')
    await expect(dialog.getByText('次日 02:00 结束')).toBeVisible()
    await dialog.getByLabel('起始日期').fill('2026-11-01')
    await dialog.getByLabel('起始日期').press('Tab')
    await screenshot(page, 'form')
    const created = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/patrol-plans'),
    )
    await dialog.getByRole('button', { name: '保存', exact: true }).click()
    expect((await created).status()).toBe(201)
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('cell', { name: '20:00–次日02:00' })).toBeVisible()
    await screenshot(page, 'list')
  })

  await test.step('November’s roster: 21 weekday nights and the Saturday morning', async () => {
    await page.goto('/patrol-roster')
    await page.getByLabel('月份').fill('2026-11')
    await page.getByLabel('月份').press('Enter')
    await expect(page.getByTestId('roster-entry')).toHaveCount(22)
    await expect(page.getByTestId('roster-entry').first()).toContainText(
      '20:00–次日02:00 · 一队 · 东区路线',
    )
  })

  const change = async (date: string) => {
    await page.getByRole('button', { name: new RegExp(`^调整 ${date}`) }).click()
    return page.getByRole('dialog', { name: /调整班次/ })
  }
  const confirmSave = async (dialog: ReturnType<Page['getByRole']>) => {
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/roster-edits'),
    )
    await dialog.getByRole('button', { name: '保存', exact: true }).click()
    await page
      .getByRole('dialog', { name: '确认调整排班？' })
      .getByRole('button', { name: /确/ })
      .click()
    expect((await saved).status()).toBe(201)
    await expect(dialog).toBeHidden()
  }

  await test.step('swap the night of 2 November with the morning of 7 November', async () => {
    const dialog = await change('2026-11-02')
    await choose(dialog, '与哪个班次对调', '2026-11-07')
    await confirmSave(dialog)
    await expect(page.getByText('换班（原 一队）')).toBeVisible()
    await expect(page.getByText('换班（原 二队）')).toBeVisible()
  })

  await test.step('cancel the night of 4 November for a storm', async () => {
    const dialog = await change('2026-11-04')
    await dialog.getByText('取消班次', { exact: true }).click()
    await dialog.getByLabel('取消原因').fill('暴雨')
    await confirmSave(dialog)
    await expect(page.getByText('已取消：暴雨')).toBeVisible()
    await screenshot(page, 'roster')
  })
})
