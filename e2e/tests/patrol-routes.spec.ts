import { type Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import { seedBuilding, seedCommittee, seedResident, seedUser } from '@cr/api/test/factories'
import { choose } from '../fixtures/antd.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

const shots = process.env.PATROL_SHOTS
/** Each page at a desktop and a phone size, for a person to look at (PATROL_SHOTS=dir). */
const screenshot = async (page: Page, name: string) => {
  if (!shots) return
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true })
  }
  await page.setViewportSize({ width: 1366, height: 768 })
}

test('[PATROL] a clerk forms a team with a leader, lays out a route of three checkpoints, reorders one and prints the QR sheet', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `巡逻社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  await seedBuilding(db, { committeeId: committee.id })
  const names = ['王建', '李秀', '张伟'].map((n) => `${n}${suffix.slice(-3)}`)
  for (const name of names) await seedResident(db, e2eCipher(), { committeeId: committee.id, name })
  await page.setViewportSize({ width: 1366, height: 768 })
  await signInThroughApi(page, clerk.username, clerk.password)

  await test.step('the team: created, then three members join, the first as its leader', async () => {
    await page.goto('/')
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '巡逻队伍' })
      .click()
    await expect(page.getByRole('heading', { name: '巡逻队伍', level: 1 })).toBeVisible()
    await page.getByRole('button', { name: '新建队伍' }).click()
    const dialog = page.getByRole('dialog', { name: '新建巡逻队伍' })
    await choose(dialog, '居委会', committee.name)
    await dialog.getByLabel('名称', { exact: true }).fill('夜间巡逻队')
    const created = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/patrol-teams'),
    )
    await dialog.getByRole('button', { name: '保存', exact: true }).click()
    expect((await created).status()).toBe(201)
    await expect(dialog).toBeHidden()

    const row = page.getByRole('row', { name: /夜间巡逻队/ })
    await row.getByRole('button', { name: '成员 夜间巡逻队' }).click()
    const members = page.getByRole('dialog', { name: '成员：夜间巡逻队' })
    for (const [index, name] of names.entries()) {
      await choose(members, '居民', name)
      if (index === 0) await members.getByRole('checkbox', { name: '带班人' }).check()
      const joined = page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith('/members'),
      )
      await members.getByRole('button', { name: '入队', exact: true }).click()
      expect((await joined).status()).toBe(200)
      await expect(members.getByRole('row', { name: new RegExp(name) })).toBeVisible()
    }
    await expect(members.getByRole('row', { name: new RegExp(names[0]!) })).toContainText('带班人')
    await screenshot(page, 'team-members')
    await members.getByRole('button', { name: '关闭', exact: true }).first().click()
    await expect(row).toContainText(names[0]!)
    await expect(row).toContainText(names[2]!)
    await screenshot(page, 'teams')
  })

  await test.step('the route: three checkpoints, the last moved up, saved in that order', async () => {
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '巡逻路线' })
      .click()
    await page.getByRole('button', { name: '新建路线' }).click()
    const dialog = page.getByRole('dialog', { name: '新建巡逻路线' })
    await choose(dialog, '居委会', committee.name)
    await dialog.getByLabel('路线名称').fill('夜巡一线')
    await dialog.getByRole('button', { name: '保存', exact: true }).click()
    await expect(page.getByRole('heading', { name: '夜巡一线' })).toBeVisible()
    for (const [index, [name, place]] of [
      ['东门岗亭', '东门治安岗亭'],
      ['车棚', '北区车棚'],
      ['南门', '南门'],
    ].entries()) {
      await page.getByRole('button', { name: '添加巡逻点' }).click()
      await page.getByLabel(`巡逻点名称 ${index + 1}`).fill(name!)
      await page.getByLabel(`地点描述 ${index + 1}`).fill(place!)
    }
    await page.getByRole('button', { name: '上移 南门' }).click()
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && r.url().includes('/patrol-routes/'),
    )
    await page.getByRole('button', { name: '保存巡逻点' }).click()
    expect((await saved).status()).toBe(200)
    await expect(page.getByText('3 个巡逻点')).toBeVisible()
    await expect(page.getByLabel('巡逻点名称 2')).toHaveValue('南门')
    await expect(page.getByLabel('巡逻点名称 3')).toHaveValue('车棚')
    await screenshot(page, 'route')
  })

  await test.step('the QR sheet: a code per checkpoint', async () => {
    await page.getByRole('link', { name: '打印二维码' }).click()
    const cards = page.getByTestId('patrol-qr-card')
    await expect(cards).toHaveCount(3)
    await expect(cards.locator('svg')).toHaveCount(3)
    await expect(cards.nth(1)).toContainText('南门')
    await screenshot(page, 'qr-sheet')
    await page.goto('/patrol-routes')
    await expect(page.getByRole('row', { name: /夜巡一线/ })).toContainText(
      '东门岗亭 → 南门 → 车棚',
    )
    await screenshot(page, 'routes')
  })
})
