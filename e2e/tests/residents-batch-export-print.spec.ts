import { readFile } from 'node:fs/promises'
import { maskIdNumber } from '@cr/shared/validators/id-number'
import { seedCommittee, seedResident, seedUser, testIdNumber } from '@cr/api/test/factories'
import { expect, test } from '../fixtures/test.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

const shotPath = (name: string) =>
  new URL(`../screenshots/selection-${name}.png`, import.meta.url).pathname

test('[REGISTRY] a clerk selects three residents and exports and prints exactly those three, masked and audited', async ({
  page,
}) => {
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `和平社区居委会${Date.now().toString(36)}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const names = ['程桂芳', '程德胜', '程秀兰', '程明']
  const idNumbers = names.map(() => testIdNumber())
  await Promise.all(
    names.map((name, index) =>
      seedResident(db, e2eCipher(), {
        committeeId: committee.id,
        name,
        idNumber: idNumbers[index],
      }),
    ),
  )
  // The list's order (姓名, pinyin): 程德胜 · 程桂芳 · 程明 · 程秀兰; the clerk leaves 程明 out.
  const chosen = ['程桂芳', '程德胜', '程秀兰']
  const inListOrder = ['程德胜', '程桂芳', '程秀兰']
  const table = page.getByRole('table', { name: '居民列表' })
  const bar = page.getByRole('region', { name: '批量操作' })

  await test.step('the clerk selects three people in 居民', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    await page.goto('/residents')
    await expect(table.getByRole('row', { name: /程明/ })).toBeVisible()
    for (const name of chosen) await table.getByRole('checkbox', { name: `选择 ${name}` }).check()
    await expect(bar).toContainText('已选择 3 位居民')
    await page.screenshot({ path: shotPath('residents-bar-1366') })
  })

  await test.step('导出所选 → CSV downloads the three, in the list’s order, ID numbers masked', async () => {
    const exported = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/residents/export') && r.request().method() === 'POST',
    )
    const download = page.waitForEvent('download')
    await bar.getByRole('button', { name: /导出所选/ }).click()
    await page.getByRole('menuitem', { name: 'CSV（.csv）' }).click()
    expect((await exported).status()).toBe(200)
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^居民名单_所选_\d{4}-\d\d-\d\d\.csv$/)
    const text = (await readFile((await file.path())!, 'utf8')).replace(/^\uFEFF/, '').trim()
    const lines = text.split('\r\n')
    expect(lines[0]).toMatch(/^姓名,身份证号,性别,/)
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(inListOrder)
    for (const [index, name] of names.entries()) {
      expect(text).not.toContain(idNumbers[index])
      if (chosen.includes(name)) expect(text).toContain(maskIdNumber(idNumbers[index]!))
    }
    await expect(page.getByText('已导出 3 条记录')).toBeVisible()
    const audit = await db.auditEvent.findFirst({
      where: { action: 'export', entityType: 'resident', actorId: clerk.id },
    })
    expect((audit?.after as { selected?: number } | null)?.selected).toBe(3)
  })

  await test.step('打印所选 shows the 居民信息表 of exactly those three', async () => {
    await bar.getByRole('button', { name: '打印所选' }).click()
    await expect(page).toHaveURL(/\/residents\/selection\/print$/)
    const sheet = page.getByRole('article', { name: '居民信息表' })
    await expect(sheet).toBeVisible()
    await expect(sheet).toContainText('人数：3 人')
    const sections = sheet.getByRole('region')
    await expect(sections).toHaveCount(3)
    expect(
      await sections.evaluateAll((all) => all.map((s) => s.getAttribute('aria-label'))),
    ).toEqual(inListOrder)
    await expect(sheet).not.toContainText('程明')
    await expect(sheet).toContainText(maskIdNumber(idNumbers[0]!))
    await expect(page.getByRole('button', { name: '打印', exact: true })).toBeEnabled()
    await page.screenshot({ path: shotPath('residents-print-1366'), fullPage: true })
    // On paper each resident's sheet starts a page: three people, three A4 pages.
    const pdf = await page.pdf({
      format: 'A4',
      path: shotPath('residents-print').replace(/png$/, 'pdf'),
    })
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(3)
    // A reload keeps the selection (it travels in the history entry, not the URL).
    await page.reload()
    await expect(sheet.getByRole('region')).toHaveCount(3)
    await page.setViewportSize({ width: 390, height: 844 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.screenshot({ path: shotPath('residents-print-390') })
    await page.setViewportSize({ width: 1366, height: 768 })
  })

  await test.step('at 390 px the batch bar wraps without overflowing', async () => {
    await page.getByRole('link', { name: '返回居民列表' }).click()
    await expect(table.getByRole('row', { name: /程明/ })).toBeVisible()
    await page.setViewportSize({ width: 390, height: 844 })
    for (const name of chosen.slice(0, 2))
      await table.getByRole('checkbox', { name: `选择 ${name}` }).check()
    await expect(bar).toContainText('已选择 2 位居民')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.screenshot({ path: shotPath('residents-bar-390') })
  })
})
