import { addMonthsToMonth, monthOf } from '@cr/shared/party/calendar'
import {
  seedCommittee,
  seedPartyMember,
  seedPartyOrganization,
  seedResident,
  seedUser,
} from '@cr/api/test/factories'
import { testToday } from '@cr/api/test/test-clock'
import { expect, test } from '../fixtures/test.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

const shotPath = (name: string) =>
  new URL(`../screenshots/selection-${name}.png`, import.meta.url).pathname

test('[PARTY] a clerk prints the selected members of the roster, and a dues batch names the member it refuses', async ({
  page,
}) => {
  const suffix = Date.now().toString(36)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `友谊社区居委会${suffix}` })
  const root = await seedPartyOrganization(db, { name: `党工委${suffix}` })
  const branch = await seedPartyOrganization(db, {
    parentId: root.id,
    level: 'branch',
    name: `友谊第一党支部${suffix}`,
    committeeIds: [committee.id],
  })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const thisMonth = monthOf(testToday)
  const names = ['滕建华', '滕淑芬', '滕德明']
  for (const [index, name] of names.entries()) {
    const person = await seedResident(db, e2eCipher(), { committeeId: committee.id, name })
    const member = await seedPartyMember(db, {
      residentId: person.id,
      organizationId: branch.id,
      joinedOn: `200${index}-07-01`,
      fullMembershipOn: `200${index + 1}-07-01`,
    })
    // 50.00 a month, paid up to last month; 滕淑芬 has paid this month already.
    await db.partyMember.update({
      where: { id: member.id },
      data: {
        duesStandardFen: 5000,
        duesSettledThrough: name === '滕淑芬' ? thisMonth : addMonthsToMonth(thisMonth, -1),
      },
    })
  }
  const table = page.getByRole('table', { name: '党员列表' })
  const bar = page.getByRole('region', { name: '批量操作' })

  await test.step('打印所选: the roster’s columns for the two members chosen', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    await page.goto('/party/members')
    await expect(table.getByRole('row', { name: /滕德明/ })).toBeVisible()
    for (const name of ['滕德明', '滕建华'])
      await table.getByRole('checkbox', { name: `选择 ${name}` }).check()
    await expect(bar).toContainText('已选择 2 名党员')
    await page.screenshot({ path: shotPath('members-bar-1366') })
    await bar.getByRole('button', { name: '打印所选' }).click()
    await expect(page).toHaveURL(/\/party\/members\/selection\/print$/)
    const sheet = page.getByRole('article', { name: '党员花名册' })
    await expect(sheet).toContainText('人数：2 人')
    const rows = sheet.getByRole('table', { name: '党员花名册' }).locator('tbody tr')
    await expect(rows).toHaveCount(2)
    // The roster's order (入党时间), whatever the order of the clicks.
    await expect(rows.nth(0)).toContainText('滕建华')
    await expect(rows.nth(1)).toContainText('滕德明')
    await expect(sheet).not.toContainText('滕淑芬')
    await page.screenshot({ path: shotPath('members-print-1366'), fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.screenshot({ path: shotPath('members-print-390') })
    await page.setViewportSize({ width: 1366, height: 768 })
  })

  await test.step('批量登记党费 for the three: refused at 滕淑芬, named in the alert', async () => {
    await page.getByRole('link', { name: '返回党员列表' }).click()
    await expect(table.getByRole('row', { name: /滕德明/ })).toBeVisible()
    for (const name of names) await table.getByRole('checkbox', { name: `选择 ${name}` }).check()
    await bar.getByRole('button', { name: '批量登记党费' }).click()
    const dialog = page.getByRole('dialog', { name: '为 3 名党员登记党费' })
    await dialog.getByRole('button', { name: '登记 3 人的党费' }).click()
    await expect(dialog.getByRole('alert')).toContainText(
      '滕淑芬：所选月份中有已登记或已交至的月份',
    )
    await page.screenshot({ path: shotPath('members-dues-refused-1366') })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: shotPath('members-dues-refused-390') })
    expect(
      await db.partyDuesPayment.count({ where: { member: { organizationId: branch.id } } }),
    ).toBe(0)
  })
})
