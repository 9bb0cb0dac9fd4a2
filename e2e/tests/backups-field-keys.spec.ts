import { readFile } from 'node:fs/promises'
import { seedUser } from '@cr/api/test/factories'
import { expect, test } from '../fixtures/test.ts'
import { e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

const shots = process.env.SHOTS_DIR

test('an administrator exports the field keys once from the backups page, with the password again', async ({
  page,
}) => {
  const admin = await seedUser(e2eDb().prisma, { role: 'admin', displayName: '密钥管理员' })
  await signInThroughApi(page, admin.username, admin.password)
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('/backups')
  const card = page.locator('.ant-card', { hasText: '导出字段密钥' })
  await expect(page.getByText('身份证号的密钥不在备份中')).toBeVisible()
  await expect(card).toContainText('导出一次')
  if (shots) await page.screenshot({ path: `${shots}/backups-1366.png`, fullPage: true })

  await card.getByRole('button', { name: '导出密钥…' }).click()
  const dialog = page.getByRole('dialog', { name: '导出字段密钥' })
  await expect(dialog).toContainText('只能导出一次')
  await expect(dialog).toContainText('与备份不同的地方')
  if (shots) await page.screenshot({ path: `${shots}/export-dialog-1366.png` })

  // A wrong password is refused on the field; the right one downloads field-keys.json.
  await dialog.getByLabel('请再次输入您的登录密码').fill('not-the-password')
  await dialog.getByRole('button', { name: '确认导出' }).click()
  await expect(dialog).toContainText('当前密码不正确')
  await dialog.getByLabel('请再次输入您的登录密码').fill(admin.password)
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: '确认导出' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('field-keys.json')
  const keys = JSON.parse(await readFile((await file.path())!, 'utf8'))
  expect(keys).toMatchObject({ current: 1, versions: { 1: { encryptionKey: expect.any(String) } } })
  await expect(dialog).toBeHidden()

  // Taken: the button is off and the card says who took it and when.
  await expect(card).toContainText('已由 密钥管理员 于')
  await expect(card.getByRole('button', { name: '导出密钥…' })).toBeDisabled()
  if (shots) await page.screenshot({ path: `${shots}/backups-exported-1366.png`, fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.reload()
  await expect(card).toContainText('已由 密钥管理员 于')
  if (shots) await page.screenshot({ path: `${shots}/backups-exported-390.png`, fullPage: true })
})
