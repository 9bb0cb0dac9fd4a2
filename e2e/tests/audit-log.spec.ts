import { type Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import { seedCommittee, seedResident, seedUser, testIdNumber } from '@cr/api/test/factories'
import { adminCredentials } from '../fixtures/credentials.ts'
import { choose } from '../fixtures/antd.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi, signInThroughPage } from '../fixtures/sign-in.ts'

const openAuditLog = async (page: Page) => {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '审计日志' })
    .click()
  await expect(page).toHaveTitle('审计日志 · 社区事务台账')
}

test('[AUDIT] a change to a resident reads in Chinese in 审计日志, apart from sign-ins, by who made it, and in its export', async ({
  page,
}) => {
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `审计社区居委会${suffix}` })
  const idNumber = testIdNumber({ male: false })
  const resident = await seedResident(db, e2eCipher(), {
    committeeId: committee.id,
    name: '周桂芳',
    idNumber,
  })
  const admin = await db.user.findFirstOrThrow({ where: { username: adminCredentials.username } })
  const supervisor = await seedUser(db, { role: 'supervisor', displayName: '审计领导' })

  await test.step('the administrator changes her 人口类别 and 民族 in the form', async () => {
    await signInThroughApi(page, adminCredentials.username, adminCredentials.password)
    await page.goto(`/residents/${resident.id}`)
    await page.getByRole('button', { name: '编辑', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: /编辑居民/ })
    await choose(dialog, '人口类别', '常住人口')
    await choose(dialog, '民族', '回族')
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && r.url().endsWith(`/residents/${resident.id}`),
    )
    await dialog.getByRole('button', { name: '保存' }).click()
    expect((await saved).status()).toBe(200)
    await expect(dialog).toBeHidden()
  })

  await test.step('a supervisor signs in and finds the change under 数据变更, in words', async () => {
    await page.context().clearCookies()
    await signInThroughPage(page, supervisor.username, supervisor.password)
    await openAuditLog(page)
    await choose(page.locator('#main-content'), '按类别筛选', '数据变更')
    await expect(page).toHaveURL(/category=change/)
    const table = page.getByRole('table', { name: '审计日志' })
    const row = table.locator(`tr:has([title="${resident.id}"])`).filter({ hasText: '修改' })
    await expect(row).toContainText('居民')
    await expect(row).toContainText('周桂芳')
    await expect(row).toContainText('人口类别：户籍人口 → 常住人口')
    await expect(row).toContainText('民族：（空） → 回族')
    await expect(row).not.toContainText('registered')
    // The row opens into its before → after table, fields by their form labels.
    await row.getByRole('button', { name: /展开/ }).click()
    const diff = page.getByRole('table', { name: '修改前后对比' })
    await expect(diff.getByRole('row', { name: /人口类别/ })).toContainText('户籍人口')
    await expect(diff.getByRole('row', { name: /人口类别/ })).toContainText('常住人口')
    await expect(diff.getByRole('row', { name: /民族/ })).toContainText('回族')
    await expect(diff).not.toContainText('age')
    await expect(table).not.toContainText('登录失败')
  })

  await test.step('sign-ins are apart, under 登录与账号', async () => {
    await choose(page.locator('#main-content'), '按类别筛选', '登录与账号')
    await expect(page).toHaveURL(/category=account/)
    const table = page.getByRole('table', { name: '审计日志' })
    await expect(table.getByText('登录', { exact: true }).first()).toBeVisible()
    await expect(table).not.toContainText('人口类别')
  })

  await test.step('filtered by who made it (操作人), the URL keeps the filters', async () => {
    await choose(page.locator('#main-content'), '按类别筛选', '数据变更')
    await choose(
      page.locator('#main-content'),
      '按操作人筛选',
      admin.username,
      `${admin.displayName}（${admin.username}）`,
    )
    await expect(page).toHaveURL(new RegExp(`actorId=${admin.id}`))
    const table = page.getByRole('table', { name: '审计日志' })
    await expect(table).toContainText('人口类别：户籍人口 → 常住人口')
    await page.reload()
    await expect(table).toContainText('人口类别：户籍人口 → 常住人口')
    await expect(page.locator('#main-content')).toContainText(
      `${admin.displayName}（${admin.username}）`,
    )
  })

  await test.step('the export holds the same change in Chinese, the ID number masked', async () => {
    await page.getByRole('button', { name: /导出/ }).click()
    const csv = page.getByRole('menu', { name: '导出当前筛选的审计日志' }).getByText('CSV（.csv）')
    const href = await csv.getAttribute('href')
    expect(href).toMatch(/\/api\/v1\/audit-events\/export\?.*category=change/)
    const file = await page.request.get(href!.replace('format=xlsx', 'format=csv'))
    expect(file.status()).toBe(200)
    const text = await file.text()
    expect(text).toContain('时间,操作人,操作人类型,类别,操作,对象类型')
    expect(text).toContain('人口类别：户籍人口 → 常住人口')
    expect(text).toContain('民族：（空） → 回族')
    expect(text).not.toContain(idNumber)
  })
})
