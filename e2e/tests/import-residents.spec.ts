import { type Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import { seedCommittee, seedUser, testIdNumber } from '@cr/api/test/factories'
import { adminCredentials } from '../fixtures/credentials.ts'
import { e2eDb } from '../fixtures/db.ts'
import { ledgerXlsx, withWrongCheckDigit } from '../fixtures/ledger.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

/** Filters the residents list to one committee by typing its name, as a clerk would. */
const filterByCommittee = async (page: Page, name: string, id: string) => {
  const filter = page.getByLabel('按居委会筛选')
  await filter.click()
  await filter.fill(name)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`committeeId=${id}`))
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `screenshots/import-${name}.png`, fullPage: true })

test('[IMPORT] an administrator imports a residents ledger with an unknown column and a bad row, commits the valid rows and undoes the import', async ({
  page,
}) => {
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `东风社区居委会${suffix}` })
  const people = [
    { name: '宋立新', idNumber: testIdNumber({ birthDate: '1961-04-12', male: true }) },
    { name: '韩雪梅', idNumber: testIdNumber({ birthDate: '1975-09-30', male: false }) },
    { name: '冯志强', idNumber: testIdNumber({ birthDate: '1988-01-05', male: true }) },
  ]
  const bad = {
    name: '邓文静',
    idNumber: withWrongCheckDigit(testIdNumber({ birthDate: '1990-06-18', male: false })),
  }
  // 证件号 is not a header the system knows: the ID number column has to be mapped by hand.
  const file = await ledgerXlsx([
    ['姓名', '证件号', '居委会', '联系电话'],
    ...[...people, bad].map((p, i) => [p.name, p.idNumber, committee.name, `1390546000${i}`]),
  ])
  const badRowNumber = 5 // the header is row 1; the bad person is the fourth data row
  const nav = page.getByRole('navigation', { name: '主导航' })
  const residentsInCommittee = () => db.resident.findMany({ where: { committeeId: committee.id } })

  await test.step('the administrator signs in and opens 数据导入', async () => {
    await signInThroughApi(page, adminCredentials.username, adminCredentials.password)
    await page.goto('/')
    await nav.getByRole('link', { name: '数据导入' }).click()
    await expect(page.getByRole('heading', { name: '数据导入' })).toBeVisible()
    // 模板下载 offers each ledger type the user may import (an administrator: all of them,
    // the 低保花名册 among them).
    await page.getByRole('button', { name: '模板下载' }).hover()
    for (const type of ['居民', '党员', '低保花名册']) {
      const template = page.locator('.ant-dropdown').getByRole('link', { name: type, exact: true })
      const response = await page.request.get((await template.getAttribute('href'))!)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toContain('spreadsheetml')
    }
  })

  const jobId = await test.step('uploads the ledger: it is checked as a dry run', async () => {
    await page.getByRole('button', { name: '导入台账' }).click()
    const dialog = page.getByRole('dialog', { name: '导入台账' })
    await expect(dialog.getByLabel('台账类型')).toBeVisible()
    await dialog.locator('input[type="file"]').setInputFiles({
      name: '东风社区居民花名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    })
    await expect(dialog.getByText('东风社区居民花名册.xlsx')).toBeVisible()
    await shot(page, '00-upload-dialog')
    const uploaded = page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/imports',
    )
    await dialog.getByRole('button', { name: '上传并检查' }).click()
    const response = await uploaded
    expect(response.status(), await response.text()).toBe(202)
    const { id } = (await response.json()) as { id: string }
    await expect(page).toHaveURL(new RegExp(`/imports/${id}$`))
    await expect(page.getByRole('heading', { name: '导入：东风社区居民花名册.xlsx' })).toBeVisible()
    return id
  })

  await test.step('sees that the ID number column is missing, and which column is unknown', async () => {
    await expect(
      page.getByRole('alert').filter({ hasText: '缺少必需的列：身份证号' }),
    ).toBeVisible()
    const mapping = page.getByRole('table', { name: '列对应关系' })
    await expect(mapping.getByRole('row', { name: /证件号/ })).toContainText('未识别')
    await expect(page.getByRole('button', { name: '重新检查' })).toBeDisabled()
    await shot(page, '01-mapping-error')
  })

  await test.step('maps 证件号 to 身份证号 by hand, saves the mapping and checks again', async () => {
    const field = page.getByLabel('第 B 列（证件号）对应的字段')
    await field.click()
    await field.fill('身份证号')
    await page.keyboard.press('Enter')
    await expect(page.getByText('缺少必需的列')).toHaveCount(0)
    await expect(page.getByText('对应关系已修改')).toBeVisible()

    await page.getByRole('button', { name: '保存映射' }).click()
    const dialog = page.getByRole('dialog', { name: '保存列对应关系' })
    await dialog.getByLabel('名称').fill(`东风月报${suffix}`)
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()
    const saved = await db.importMapping.findFirstOrThrow({ where: { name: `东风月报${suffix}` } })
    expect(saved.mapping).toEqual({ 证件号: 'idNumber' })

    const checked = page.waitForResponse((r) => r.url().endsWith(`/imports/${jobId}/validate`))
    await page.getByRole('button', { name: '重新检查' }).click()
    expect((await checked).status()).toBe(202)
  })

  await test.step('reads the check: three rows to create, the bad row with its row number and message', async () => {
    const result = page.getByRole('region', { name: '检查结果' })
    await expect(result).toContainText('共 4 行')
    await expect(result).toContainText('正确 3')
    await expect(result).toContainText('有误 1')
    await expect(result).toContainText('将新增 3')
    const problems = page.getByRole('table', { name: '问题明细' })
    const row = problems.getByRole('row').filter({ hasText: '身份证号校验位错误' })
    await expect(row).toHaveCount(1)
    await expect(row.getByRole('cell').first()).toHaveText(String(badRowNumber))
    await expect(row).toContainText('B（证件号）')
    // The value is shown masked, never the whole ID number.
    await expect(problems).not.toContainText(bad.idNumber)
    const report = page.getByRole('link', { name: '下载错误报告' })
    await expect(report).toHaveAttribute('href', `/api/v1/imports/${jobId}/report`)
    expect((await page.request.get(`/api/v1/imports/${jobId}/report`)).status()).toBe(200)
    expect(await residentsInCommittee()).toHaveLength(0) // a check writes nothing
    await shot(page, '02-check-result')
  })

  await test.step('commits only the valid rows', async () => {
    await page.getByRole('radio', { name: '只导入正确的行' }).check()
    await page.getByRole('button', { name: '确认导入' }).click()
    const popconfirm = page.locator('.ant-popconfirm')
    await expect(popconfirm).toContainText('将导入 3 行正确的行，1 行有误的行不导入')
    const committed = page.waitForResponse((r) => r.url().endsWith(`/imports/${jobId}/commit`))
    await popconfirm.getByRole('button', { name: '确认导入' }).click()
    expect((await committed).status()).toBe(202)
    await expect(page.getByText('导入完成', { exact: true })).toBeVisible()
    const result = page.getByRole('region', { name: '导入结果' })
    await expect(result).toContainText('新增 3')
    await expect(result).toContainText('未导入（有误）1')
    const rows = await residentsInCommittee()
    expect(rows.map((r) => r.name).sort()).toEqual(people.map((p) => p.name).sort())
    await shot(page, '03-committed')
  })

  await test.step('the residents list shows the imported people, and exports them', async () => {
    await page.getByRole('link', { name: '查看居民' }).click()
    // The list of this import's people only, said so above the list.
    await expect(page).toHaveURL(new RegExp(`/residents\\?.*importId=${jobId}`))
    await expect(page.getByText('仅本次导入的居民')).toBeVisible()
    const table = page.getByRole('table', { name: '居民列表' })
    for (const p of people)
      await expect(table.getByRole('row', { name: new RegExp(p.name) })).toBeVisible()
    await expect(table.getByText(bad.name)).toHaveCount(0)
    await expect(table.getByRole('row')).toHaveCount(people.length + 1)
    // The ledger named the committee in its 居委会 column; other tests' committees exist too.
    await filterByCommittee(page, committee.name, committee.id)

    await page.getByRole('button', { name: /导出/ }).click()
    const csv = page.getByRole('link', { name: 'CSV（.csv）' })
    const href = (await csv.getAttribute('href'))!
    expect(href).toContain(`committeeId=${committee.id}`)
    expect(href).toContain('format=csv')
    const exported = await page.request.get(href)
    expect(exported.status()).toBe(200)
    const text = await exported.text()
    for (const p of people) expect(text).toContain(p.name)
    expect(text).not.toContain(people[0]!.idNumber) // masked
    await page.keyboard.press('Escape')
  })

  await test.step('goes back to the job and undoes the import', async () => {
    await page.goto(`/imports/${jobId}`)
    await page.getByRole('button', { name: '撤销导入' }).click()
    const popconfirm = page.locator('.ant-popconfirm')
    await expect(popconfirm).toContainText('将删除本次导入新增的居民')
    const undone = page.waitForResponse((r) => r.url().endsWith(`/imports/${jobId}/undo`))
    await popconfirm.getByRole('button', { name: '撤销导入' }).click()
    expect((await undone).status()).toBe(200)
    await expect(page.getByText('已撤销导入', { exact: true })).toBeVisible()
    await shot(page, '04-undone')
    expect(await residentsInCommittee()).toHaveLength(0)
  })

  await test.step('the people are gone from the residents list; the job list says 已撤销', async () => {
    await nav.getByRole('link', { name: '居民' }).click()
    await filterByCommittee(page, committee.name, committee.id)
    const table = page.getByRole('table', { name: '居民列表' })
    for (const p of people) await expect(table.getByText(p.name)).toHaveCount(0)

    await nav.getByRole('link', { name: '数据导入' }).click()
    const row = page
      .getByRole('table', { name: '导入记录' })
      .getByRole('row', { name: /东风社区居民花名册/ })
      .first()
    await expect(row).toContainText('已撤销')
    await shot(page, '05-list')
    const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId } })
    expect(job.status).toBe('undone')
  })
})

test('[IMPORT] a clerk imports a CSV ledger into their only committee; undo is refused once an imported record has been edited', async ({
  page,
}) => {
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `向阳社区居委会${suffix}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const people = [
    { name: '程海燕', idNumber: testIdNumber({ birthDate: '1958-02-11', male: false }) },
    { name: '陶建军', idNumber: testIdNumber({ birthDate: '1966-12-24', male: true }) },
  ]
  // No 居委会 column: the rows go to the committee chosen for the import (the clerk's only one).
  // 妻 for a man contradicts his ID number: a warning, and the row is imported all the same.
  const rows = [
    ['姓名', '身份证号', '与户主关系', '街路', '楼号', '户室号'],
    [people[0]!.name, people[0]!.idNumber, '户主', '向阳路', '2号楼', '301'],
    [people[1]!.name, people[1]!.idNumber, '妻', '向阳路', '2号楼', '301'],
  ]
  const csv = `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`

  await signInThroughApi(page, clerk.username, clerk.password)
  await page.goto('/imports')
  await page.getByRole('button', { name: '导入台账' }).first().click()
  const dialog = page.getByRole('dialog', { name: '导入台账' })
  await expect(dialog.getByText(committee.name)).toBeVisible() // the default committee
  await dialog.locator('input[type="file"]').setInputFiles({
    name: '向阳社区.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  })
  await dialog.getByRole('button', { name: '上传并检查' }).click()
  await expect(page.getByRole('heading', { name: '导入：向阳社区.csv' })).toBeVisible()
  const result = page.getByRole('region', { name: '检查结果' })
  await expect(result).toContainText('将新增 2')
  await expect(result).toContainText('没有错误，所有行都可以导入')
  await expect(result).toContainText('错误 0 个 · 提醒 1 个')
  const warning = page
    .getByRole('table', { name: '问题明细' })
    .getByRole('row')
    .filter({ hasText: '“妻”是女性的称谓' })
  await expect(warning).toContainText('提醒')
  await expect(warning).toContainText('C（与户主关系）')

  // 全部正确才导入 is the default; with no bad rows it imports everything.
  await expect(page.getByRole('radio', { name: '全部正确才导入' })).toBeChecked()
  await page.getByRole('button', { name: '确认导入' }).click()
  await expect(page.locator('.ant-popconfirm')).toContainText('将导入全部 2 行')
  await page.locator('.ant-popconfirm').getByRole('button', { name: '确认导入' }).click()
  await expect(page.getByText('导入完成', { exact: true })).toBeVisible()

  // Someone corrects an imported person afterwards: the import can no longer be taken back whole.
  const edited = await db.resident.findFirstOrThrow({
    where: { committeeId: committee.id, name: people[0]!.name },
  })
  const patched = await page.request.patch(`/api/v1/residents/${edited.id}`, {
    headers: { 'if-match': `"${edited.version}"` },
    data: { notes: '已入户核实' },
  })
  expect(patched.status(), await patched.text()).toBe(200)

  await page.getByRole('button', { name: '撤销导入' }).click()
  const undone = page.waitForResponse((r) => r.url().endsWith('/undo'))
  await page.locator('.ant-popconfirm').getByRole('button', { name: '撤销导入' }).click()
  expect((await undone).status()).toBe(409)
  await expect(page.locator('.ant-popconfirm')).toBeHidden()
  await expect(page.getByRole('alert').filter({ hasText: '不能整批撤销' })).toBeVisible()
  await shot(page, '06-undo-conflict')
  expect(await db.resident.count({ where: { committeeId: committee.id } })).toBe(2)
  await expect(page.getByText('导入完成', { exact: true })).toBeVisible() // still committed
})
