import JSZip from 'jszip'
import { readFile } from 'node:fs/promises'
import { expect, test } from '../fixtures/test.ts'
import { seedBuilding, seedCommittee, seedUser } from '@cr/api/test/factories'
import { choose } from '../fixtures/antd.ts'
import { e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

/** Where the page's screenshots go when asked for (`E2E_SHOTS=/tmp/shots-annual-report`). */
const shots = process.env.E2E_SHOTS

test('[REPORT] a supervisor goes from a dashboard figure to its records, then writes a section of the 2026 annual report and downloads it as Word with the figures and the text', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `总结社区居委会${suffix}` })
  // Three buildings entered during 2026 (the figure counts them as of 31 December).
  const addresses: string[] = []
  for (const number of ['1号楼', '2号楼', '3号楼']) {
    const building = await seedBuilding(db, { committeeId: committee.id, buildingNumber: number })
    await db.building.update({
      where: { id: building.id },
      data: { createdAt: new Date('2026-03-01T00:00:00+08:00') },
    })
    addresses.push(building.address)
  }
  const supervisor = await seedUser(db, { role: 'supervisor', displayName: `王主任${suffix}` })
  const paragraph = `全年完成楼栋信息核实${suffix}，做到底数清、情况明。`

  await test.step('opens the dashboard, clicks the 楼栋 figure and sees the buildings it counts', async () => {
    await signInThroughApi(page, supervisor.username, supervisor.password)
    await page.goto(`/dashboard?committeeId=${committee.id}`)
    const card = page.getByRole('region', { name: '以房管人' }).getByRole('link', { name: /^楼栋/ })
    await expect(card.locator('.figure-card-value')).toHaveText('3')
    await card.click()
    await expect(page).toHaveURL(/\/statistics\/registry\.buildings\?/)
    await expect(page.getByText('共 3 条')).toBeVisible()
    const table = page.getByRole('table', { name: '统计明细' })
    for (const address of addresses)
      await expect(table.getByRole('cell', { name: address })).toBeVisible()
  })

  await test.step('opens 年度工作总结 from the menu: last year first, then 2026 and the committee', async () => {
    await page.goto('/')
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '年度工作总结' })
      .click()
    await expect(page).toHaveURL(/\/reports\/annual\/2025$/)
    await page.getByLabel('年度', { exact: true }).click()
    await page.locator('.ant-select-item-option[title="2026年"]').click()
    await expect(page).toHaveURL(/\/reports\/annual\/2026/)
    await choose(page.locator('main'), '按居委会查看', committee.name)
    await expect(page.getByRole('heading', { name: '2026年度工作总结' })).toBeVisible()
    await expect(page.getByRole('heading', { name: committee.name })).toBeVisible()
    const buildings = page.getByRole('link', { name: '查看“楼栋”明细' })
    await expect(buildings).toHaveText('3')
    await expect(buildings).toHaveAttribute(
      'href',
      `/statistics/registry.buildings?asOf=2026-12-31&from=2026-01-01&committeeId=${committee.id}`,
    )
  })

  await test.step('writes the registry section’s paragraph and saves it as version 1', async () => {
    const section = page.getByRole('region', { name: '以房管人文字说明' })
    await section.getByRole('textbox').fill(paragraph)
    await expect(section.getByText('有未保存的修改')).toBeVisible()
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().includes('/sections/registry/text'),
    )
    await section.getByRole('button', { name: '保存' }).click()
    expect((await saved).status()).toBe(200)
    await expect(section.getByText(`第 1 版 · 王主任${suffix}`)).toBeVisible()
    await expect(section.getByText('有未保存的修改')).toBeHidden()
    await section.getByRole('button', { name: '历史版本' }).click()
    const drawer = page.getByRole('dialog', { name: '以房管人 · 历史版本' })
    await expect(drawer.getByText(paragraph)).toBeVisible()
    await drawer
      .getByRole('button', { name: 'Close' })
      .or(drawer.locator('.ant-drawer-close'))
      .first()
      .click()
  })

  await test.step('leaving with an unsaved text asks first; staying keeps the draft', async () => {
    const section = page.getByRole('region', { name: '以房管人文字说明' })
    await section.getByRole('textbox').fill(`${paragraph}（草稿）`)
    const asked = page.waitForEvent('dialog')
    const committees = page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '居委会', exact: true })
    void committees.click()
    const dialog = await asked
    expect(dialog.message()).toBe('有未保存的文字说明，确定离开吗？')
    await dialog.dismiss()
    await expect(page).toHaveURL(/\/reports\/annual\/2026/)
    await expect(section.getByRole('textbox')).toHaveValue(`${paragraph}（草稿）`)
    await section.getByRole('textbox').fill(paragraph)
    await expect(section.getByText('有未保存的修改')).toBeHidden()
  })

  if (shots)
    await test.step('screenshots', async () => {
      for (const [name, size] of [
        ['desktop', { width: 1366, height: 768 }],
        ['phone', { width: 390, height: 844 }],
      ] as const) {
        await page.setViewportSize(size)
        await page.screenshot({ path: `${shots}/report-${name}.png` })
        await page.screenshot({ path: `${shots}/report-${name}-full.png`, fullPage: true })
      }
      await page.setViewportSize({ width: 1366, height: 768 })
    })

  await test.step('downloads the report as Word: the figures and the text are in it', async () => {
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: /下载 Word/ }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe(`${committee.name}2026年度工作总结.docx`)
    const zip = await JSZip.loadAsync(await readFile((await file.path())!))
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '')
    expect(text).toContain('2026年度工作总结')
    expect(text).toContain('截至2026年12月31日，共登记楼栋3栋')
    expect(text).toContain(paragraph)
  })

  await test.step('prints it on the print layout', async () => {
    await page.getByRole('link', { name: /打印/ }).click()
    await expect(page).toHaveURL(/\/reports\/annual\/2026\/print/)
    const sheet = page.getByRole('article', { name: `${committee.name} 2026年度工作总结` })
    await expect(sheet.getByText(paragraph)).toBeVisible()
    await expect(sheet.getByText('楼栋：3')).toBeVisible()
    if (shots) {
      await page.screenshot({ path: `${shots}/print-desktop.png`, fullPage: true })
      await page.setViewportSize({ width: 390, height: 844 })
      await page.screenshot({ path: `${shots}/print-phone.png` })
    }
  })
})

test('[REPORT] a clerk reads the office’s report without editing it, and writes their committee’s own', async ({
  page,
}) => {
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `读者社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  await signInThroughApi(page, clerk.username, clerk.password)
  await page.goto('/reports/annual/2026')
  await expect(page.getByRole('heading', { name: '2026年度工作总结' })).toBeVisible()
  await expect(page.getByText('全街道的总结由领导或管理员撰写')).toBeVisible()
  const section = page.getByRole('region', { name: '党建文字说明' })
  await expect(section.getByRole('textbox')).toHaveCount(0)
  await expect(section.getByRole('button', { name: '保存' })).toHaveCount(0)
  if (shots) await page.screenshot({ path: `${shots}/clerk-office-desktop.png` })

  await choose(page.locator('main'), '按居委会查看', committee.name)
  await expect(page.getByText('全街道的总结由领导或管理员撰写')).toBeHidden()
  await expect(section.getByRole('textbox')).toBeVisible()
  if (shots) {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: `${shots}/clerk-committee-phone.png` })
  }
})
