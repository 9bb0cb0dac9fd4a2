import type { Page } from '@playwright/test'
import { monthOf } from '@cr/shared/party/calendar'
import { maskIdNumber } from '@cr/shared/validators/id-number'
import { maskPhone } from '@cr/shared/validators/phone'
import {
  seedBuilding,
  seedCommittee,
  seedDwelling,
  seedPartyMember,
  seedPartyOrganization,
  seedResident,
  seedUser,
  testIdNumber,
} from '@cr/api/test/factories'
import { testToday } from '@cr/api/test/test-clock'
import { expect, test } from '../fixtures/test.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

const shotPath = (name: string) =>
  new URL(`../screenshots/print-${name}.png`, import.meta.url).pathname

/**
 * The on-screen preview at the office PC's size and a phone's, then the page as the printer
 * gets it: the toolbar and the app's frame gone.
 */
const checkScreenAndPaper = async (page: Page, name: string) => {
  await page.screenshot({ path: shotPath(`${name}-1366`), fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(page.getByRole('button', { name: '打开导航' })).toBeVisible()
  // The sheet scrolls sideways inside its frame; the page itself does not.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await page.screenshot({ path: shotPath(`${name}-390`) })
  await page.setViewportSize({ width: 1366, height: 768 })
  await expect(page.getByRole('button', { name: '打开导航' })).toBeHidden()
  await expect(page.getByRole('button', { name: '打印', exact: true })).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: '打印', exact: true })).toBeHidden()
  await expect(page.getByRole('link', { name: '返回' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden()
  await page.screenshot({ path: shotPath(`${name}-paper`), fullPage: true })
  // Back to the browser's own choice: screen on screen, print for page.pdf().
  await page.emulateMedia({ media: null })
}

/** The office's name (系统设置 › 单位名称), above every sheet's title. */
const officeName = '福安社区管委会'

/** The sheet's header: the office, the document's title, its scope, and who printed it when. */
const checkHeader = async (page: Page, title: string, scope: string, printer: string) => {
  const sheet = page.getByRole('article', { name: title })
  await expect(sheet.locator('.print-office')).toHaveText(officeName)
  await expect(sheet.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(sheet).toContainText(scope)
  await expect(sheet).toContainText(`打印人：${printer}`)
  // The browser's clock is the tests' business day at noon, China time.
  await expect(sheet).toContainText(new RegExp(`打印时间：${testToday} 1[23]:\\d\\d`))
  return sheet
}

test('[PRINT] a clerk prints a resident, a household, a branch roster of 60, its dues roll and a meeting — ID numbers masked, toolbar off the paper', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const cipher = e2eCipher()
  await db.setting.upsert({
    where: { key: 'officeName' },
    create: { key: 'officeName', value: officeName },
    update: { value: officeName },
  })
  const committee = await seedCommittee(db, { name: `印刷社区居委会${suffix}` })
  const printer = `打印员${suffix.slice(-4)}`
  const clerk = await seedUser(db, {
    role: 'clerk',
    displayName: printer,
    committeeIds: [committee.id],
  })
  const headId = testIdNumber({ birthDate: '1968-03-15', male: true })
  const head = await seedResident(db, cipher, {
    committeeId: committee.id,
    name: '张建国',
    idNumber: headId,
    phone: '13912345678',
  })
  const spouse = await seedResident(db, cipher, {
    committeeId: committee.id,
    name: '李秀英',
    idNumber: testIdNumber({ birthDate: '1970-06-01', male: false }),
  })
  const building = await seedBuilding(db, { committeeId: committee.id })
  const dwelling = await seedDwelling(db, { buildingId: building.id, unit: '2', room: '301' })

  // The branch: sixty members, enough for the roster to run over a page.
  const root = await seedPartyOrganization(db, { name: `党工委${suffix}` })
  const branchName = `印刷第一党支部${suffix}`
  const branch = await seedPartyOrganization(db, {
    parentId: root.id,
    level: 'branch',
    name: branchName,
    committeeIds: [committee.id],
  })
  const memberIdNumbers: string[] = []
  const members: { id: string; name: string }[] = []
  for (let i = 0; i < 60; i += 1) {
    const idNumber = testIdNumber()
    const name = `党员${String(i + 1).padStart(2, '0')}号${suffix.slice(-3)}`
    const resident = await seedResident(db, cipher, { committeeId: committee.id, name, idNumber })
    const member = await seedPartyMember(db, {
      residentId: resident.id,
      organizationId: branch.id,
    })
    memberIdNumbers.push(idNumber)
    members.push({ id: member.id, name })
  }

  const nth = <T>(list: T[], i: number): T => {
    const item = list[i]
    if (item === undefined) throw new Error(`no item ${i}`)
    return item
  }
  const first = nth(members, 0)
  const absent = nth(members, 1)

  await signInThroughApi(page, clerk.username, clerk.password)
  const post = async (url: string, data: object) => {
    const response = await page.request.post(`/api/v1${url}`, { data })
    expect(response.ok(), await response.text()).toBe(true)
    return (await response.json()) as { id: string }
  }
  const household = await post('/households', {
    dwellingId: dwelling.id,
    headResidentId: head.id,
    members: [{ residentId: spouse.id, relationship: '10' }],
    movedInOn: '2020-05-01',
  })
  const meetingTitle = `学习贯彻全会精神${suffix}`
  const meeting = await post('/party-meetings', {
    organizationId: branch.id,
    type: 'member_meeting',
    heldOn: testToday,
    title: meetingTitle,
    minutes: '一、传达学习会议精神。\n二、讨论本季度工作安排。',
    attendance: members.slice(0, 5).map((m) => ({
      memberId: m.id,
      present: m !== absent,
      absenceReason: m === absent ? '外出务工' : undefined,
    })),
  })

  await test.step('居民信息表: from the profile’s 打印; the ID number and phone masked', async () => {
    await page.goto(`/residents/${head.id}`)
    const print = page.getByRole('link', { name: '打印', exact: true })
    // Reached from the keyboard: focus it and press Enter.
    await print.focus()
    await expect(print).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/residents/${head.id}/print$`))
    const sheet = await checkHeader(page, '居民信息表', committee.name, printer)
    const fields = sheet.getByRole('table', { name: '基本信息' })
    await expect(fields).toContainText('张建国')
    await expect(sheet).toContainText(maskIdNumber(headId))
    await expect(sheet).not.toContainText(headId)
    await expect(sheet).toContainText(maskPhone('13912345678'))
    await expect(sheet).not.toContainText('13912345678')
    await expect(sheet).toContainText('2单元301室')
    await checkScreenAndPaper(page, 'resident')
  })

  await test.step('户籍登记表: the head, the members and their relationships', async () => {
    await page.goto(`/households/${household.id}`)
    await page.getByRole('link', { name: '打印', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/households/${household.id}/print$`))
    const sheet = await checkHeader(page, '户籍登记表', committee.name, printer)
    const rows = sheet.getByRole('table', { name: '家庭成员' })
    await expect(rows.getByRole('row', { name: /张建国/ })).toContainText('户主')
    await expect(rows.getByRole('row', { name: /张建国/ })).toContainText(maskIdNumber(headId))
    await expect(rows.getByRole('row', { name: /李秀英/ })).toContainText('配偶')
    await expect(rows.getByRole('row', { name: /张建国/ })).toContainText('2020年5月1日')
    await expect(sheet).not.toContainText(headId)
    await checkScreenAndPaper(page, 'household')
  })

  await test.step('党员花名册: sixty members on A4 pages, the header row on each', async () => {
    await page.goto(`/party?org=${branch.id}&tab=roster`)
    await page.getByRole('link', { name: '打印', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/party/organizations/${branch.id}/roster/print$`))
    const sheet = await checkHeader(page, '党员花名册', branchName, printer)
    await expect(sheet).toContainText('人数：60 人')
    const table = sheet.getByRole('table', { name: '党员花名册' })
    await expect(table.getByRole('row')).toHaveCount(61)
    const firstRow = table.getByRole('row', { name: new RegExp(first.name) })
    await expect(firstRow).toContainText(maskIdNumber(nth(memberIdNumbers, 0)))
    await expect(firstRow).toContainText('正式')
    const text = (await sheet.textContent()) ?? ''
    for (const idNumber of memberIdNumbers) expect(text).not.toContain(idNumber)
    await checkScreenAndPaper(page, 'roster')
    const pdf = await page.pdf({
      format: 'A4',
      path: new URL('../screenshots/print-roster.pdf', import.meta.url).pathname,
    })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
    expect(pages.length).toBeGreaterThan(1)
  })

  await test.step('党费收缴表: the month’s roll of the branch, with totals', async () => {
    await page.goto(`/party?org=${branch.id}&tab=dues`)
    await page.getByRole('link', { name: '打印', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/party/organizations/${branch.id}/dues/print`))
    const month = monthOf(testToday)
    const monthText = `${month.slice(0, 4)}年${Number(month.slice(5))}月`
    const sheet = await checkHeader(page, '党费收缴表', branchName, printer)
    await expect(sheet).toContainText(`月份：${monthText}`)
    const table = sheet.getByRole('table', { name: '党费收缴表' })
    await expect(table.getByRole('row', { name: new RegExp(first.name) })).toContainText('正式')
    await expect(table.getByRole('row', { name: /合计/ })).toBeVisible()
    await checkScreenAndPaper(page, 'dues')
  })

  await test.step('会议记录: type, date, attendance with the absence reason, the minutes', async () => {
    await page.goto(`/party?org=${branch.id}&tab=meetings`)
    await page.getByRole('link', { name: `打印会议记录：${meetingTitle}` }).click()
    await expect(page).toHaveURL(new RegExp(`/party/meetings/${meeting.id}/print$`))
    const sheet = await checkHeader(page, '会议记录', branchName, printer)
    await expect(sheet).toContainText('支部党员大会')
    await expect(sheet).toContainText(meetingTitle)
    await expect(sheet).toContainText('应到 5 人，实到 4 人，缺席 1 人')
    const absence = sheet.getByRole('table', { name: '缺席人员及原因' })
    await expect(absence.getByRole('row', { name: new RegExp(absent.name) })).toContainText(
      '外出务工',
    )
    await expect(sheet.getByRole('region', { name: '会议内容' })).toContainText(
      '二、讨论本季度工作安排。',
    )
    await checkScreenAndPaper(page, 'meeting')
    await page.getByRole('link', { name: '返回' }).click()
    await expect(page).toHaveURL(new RegExp(`/party\\?.*tab=meetings`))
  })
})
