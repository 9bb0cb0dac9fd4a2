import { expect, test } from '../fixtures/test.ts'
import { seedCommittee } from '@cr/api/test/factories'
import { adminCredentials } from '../fixtures/credentials.ts'
import { choose } from '../fixtures/antd.ts'
import { e2eDb } from '../fixtures/db.ts'
import { signInThroughPage } from '../fixtures/sign-in.ts'

test('[FOUNDATION] an administrator creates a committee and its clerk; both are audited; the clerk sees only that committee', async ({
  page,
}) => {
  const suffix = Date.now().toString(36)
  const committeeName = `胜利社区居委会${suffix}`
  const clerkUsername = `clerk_${suffix}`
  const otherCommittee = await seedCommittee(e2eDb().prisma, { name: `其他社区居委会${suffix}` })

  await test.step('the administrator signs in', async () => {
    await signInThroughPage(page, adminCredentials.username, adminCredentials.password)
  })

  const committeeId = await test.step('creates a committee', async () => {
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '居委会' })
      .click()
    // The tab says the page; the header says whose records, in Chinese.
    await expect(page).toHaveTitle('居委会 · 社区事务台账')
    await expect(page.locator('.app-header')).toContainText('数据范围：全部居委会')
    // The navigation folds and unfolds by a control named in Chinese, from the keyboard too.
    await page.getByRole('button', { name: '收起导航' }).click()
    await page.getByRole('button', { name: '展开导航' }).press('Enter')
    await expect(page.getByRole('button', { name: '收起导航' })).toBeVisible()
    await page.getByRole('button', { name: '新建居委会' }).click()
    const dialog = page.getByRole('dialog', { name: '新建居委会' })
    await dialog.getByLabel('名称').fill(committeeName)
    await dialog.getByLabel('编码').fill(`E2E-${suffix}`)
    await dialog.getByLabel('办公电话').fill('０５４６－２８２１２３４')
    const created = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/committees') && r.request().method() === 'POST',
    )
    await dialog.getByRole('button', { name: '保存' }).click()
    const response = await created
    expect(response.status()).toBe(201)
    await expect(dialog).toBeHidden()
    const row = page
      .getByRole('table', { name: '居委会列表' })
      .getByRole('row', { name: new RegExp(committeeName) })
    await expect(row).toContainText('0546-2821234')
    return ((await response.json()) as { id: string }).id
  })

  const clerkId = await test.step('creates a clerk for it', async () => {
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '用户' })
      .click()
    await page.getByRole('button', { name: '新建用户' }).click()
    const dialog = page.getByRole('dialog', { name: '新建用户' })
    await dialog.getByLabel('用户名').fill(clerkUsername)
    await dialog.getByLabel('姓名').fill('李明')
    await dialog.getByLabel('初始密码').fill('Chushi#2026a')
    await choose(page.getByRole('dialog'), '角色', '工作人员')
    await choose(page.getByRole('dialog'), '负责的居委会', committeeName)
    const created = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/users') && r.request().method() === 'POST',
    )
    await dialog.getByRole('button', { name: '保存' }).click()
    const response = await created
    expect(response.status()).toBe(201)
    await expect(
      page
        .getByRole('table', { name: '用户列表' })
        .getByRole('row', { name: new RegExp(clerkUsername) }),
    ).toBeVisible()
    return ((await response.json()) as { id: string }).id
  })

  await test.step('sees both creations in the audit log', async () => {
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '审计日志' })
      .click()
    const table = page.getByRole('table', { name: '审计日志' })
    const rowOf = (entityId: string) => table.locator(`tr:has([title="${entityId}"])`)
    await expect(rowOf(committeeId)).toContainText('新建')
    await expect(rowOf(committeeId)).toContainText(committeeName)
    await expect(rowOf(clerkId)).toContainText('新建')
    await expect(rowOf(clerkId)).toContainText(clerkUsername)
  })

  await test.step('signs out', async () => {
    await page.getByRole('button', { name: /系统管理员/ }).click()
    await page.getByRole('menuitem', { name: '退出登录' }).click()
    await expect(page).toHaveURL(/\/login/)
  })

  await test.step('the clerk signs in, must change the initial password, then sees only their committee', async () => {
    await signInThroughPage(page, clerkUsername, 'Chushi#2026a')
    await page.getByLabel('当前密码').fill('Chushi#2026a')
    await page.getByLabel('新密码', { exact: true }).fill('Shequ#2026-li')
    await page.getByLabel('确认新密码').fill('Shequ#2026-li')
    await page.getByRole('button', { name: '保存新密码' }).click()
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '居委会' })
      .click()
    const table = page.getByRole('table', { name: '居委会列表' })
    await expect(table.getByRole('row', { name: new RegExp(committeeName) })).toBeVisible()
    await expect(table.getByText(otherCommittee.name)).toHaveCount(0)
    // Data rows only (the header row is one more): exactly the clerk's committee.
    await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1)
    await expect(
      page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '用户' }),
    ).toHaveCount(0)
  })
})
