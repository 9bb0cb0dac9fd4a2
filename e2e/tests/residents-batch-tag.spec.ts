import { seedCommittee, seedResident, seedUser } from '@cr/api/test/factories'
import { expect, test } from '../fixtures/test.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

test('[REGISTRY] a clerk selects three residents in the list and tags them 独居 at once; each change is audited', async ({
  page,
}) => {
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `幸福社区居委会${Date.now().toString(36)}` })
  const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const names = ['骆桂芳', '骆德胜', '骆秀兰', '骆明']
  const people = await Promise.all(
    names.map((name) =>
      seedResident(db, e2eCipher(), {
        committeeId: committee.id,
        name,
        tags: name === '骆明' ? [] : ['elderly'],
      }),
    ),
  )
  const chosen = names.slice(0, 3)
  const table = page.getByRole('table', { name: '居民列表' })

  await test.step('the clerk opens 居民 and selects three people', async () => {
    await signInThroughApi(page, clerk.username, clerk.password)
    await page.goto('/residents')
    await expect(table.getByRole('row', { name: /骆明/ })).toBeVisible()
    for (const name of chosen) await table.getByRole('checkbox', { name: `选择 ${name}` }).check()
    // Still on the list: a selection box does not open the profile.
    await expect(page).toHaveURL(/\/residents(\?|$)/)
    await expect(page.getByRole('region', { name: '批量操作' })).toContainText('已选择 3 位居民')
  })

  await test.step('tags them 独居 in one dialog', async () => {
    await page.getByRole('button', { name: '批量打标签' }).click()
    const dialog = page.getByRole('dialog', { name: '为 3 位居民打标签' })
    const add = dialog.getByLabel('添加标签')
    await add.click()
    await add.fill('独居')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape') // closes the options, not the dialog
    await expect(dialog).toBeVisible()
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/residents/tags'))
    await dialog.getByRole('button', { name: '保存' }).click()
    expect((await saved).status()).toBe(200)
    await expect(dialog).toBeHidden()
    await expect(page.getByText('已更新 3 位居民的标签，0 位无需更改')).toBeVisible()
    await expect(page.getByRole('region', { name: '批量操作' })).toHaveCount(0)
  })

  await test.step('the list shows the tag on the three, not on the fourth; the audit has three changes', async () => {
    for (const name of chosen)
      await expect(table.getByRole('row', { name: new RegExp(name) })).toContainText('独居')
    await expect(table.getByRole('row', { name: /骆明/ })).not.toContainText('独居')
    const rows = await db.resident.findMany({ where: { committeeId: committee.id } })
    const tagsByName = Object.fromEntries(rows.map((r) => [r.name, r.tags]))
    for (const name of chosen) expect(tagsByName[name]).toEqual(['elderly', 'living_alone'])
    expect(tagsByName['骆明']).toEqual([])
    const audits = await db.auditEvent.count({
      where: {
        entityType: 'resident',
        action: 'update',
        entityId: { in: people.slice(0, 3).map((p) => p.id) },
      },
    })
    expect(audits).toBe(3)
  })
})
