import type { Page } from '@playwright/test'
import { seedCommittee, seedResident, seedUser } from '@cr/api/test/factories'
import { testToday } from '@cr/api/test/test-clock'
import { expect, test } from '../fixtures/test.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughApi, signInThroughPage } from '../fixtures/sign-in.ts'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const shots = process.env.PATROL_SHOTS
/** The phone's screens for a person to look at (PATROL_SHOTS=dir), as a member sees them. */
const screenshot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: `${shots}/phone-${name}.png`, fullPage: true })
}

/** A tiny PNG (24×16, red), as a phone camera's file would arrive in the photo input. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAQCAIAAACDRijCAAAAGklEQVR4nGM4YaNBFcQwatCoQaMGjRpEGQIAwL3CEJl6DLwAAAAASUVORK5CYII=',
  'base64',
)

/**
 * Issue 15, done-when 2: a patrol member (a field role's account) on tonight's roster starts the
 * patrol on the phone, checks in at two of the three checkpoints by their QR payloads (typed: the
 * seam the camera uses), goes through a dead spot while recording a finding with a photo, and the
 * queued work arrives once when the signal returns. The office then sees the log, the third
 * checkpoint missed, and opens the follow-up the finding asked for. The API's clock is noon of `testToday` (CR_FIXED_NOW), so the plan's
 * window runs 10:00–次日02:00: noon is inside tonight's service date whichever way the plans
 * module reads "tonight".
 */
test('[PATROL] on the phone a member starts tonight’s patrol, scans two checkpoints, records a finding with a photo offline, and it arrives once; the office sees it', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000)
  const suffix = Date.now().toString(36) + Math.random().toString(36).slice(2, 5)
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `手机巡逻社区居委会${suffix}` })
  const clerk = await seedUser(db, {
    role: 'clerk',
    displayName: `内勤${suffix.slice(-3)}`,
    committeeIds: [committee.id],
  })
  const member = await seedUser(db, {
    role: 'patrol_member',
    displayName: `巡逻员${suffix.slice(-3)}`,
    committeeIds: [committee.id],
  })
  const resident = await seedResident(db, e2eCipher(), {
    committeeId: committee.id,
    name: `队员${suffix.slice(-3)}`,
  })

  // The office (a clerk, in a browser of its own) sets up the team, the route and the plan.
  const officeContext = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  const office = await officeContext.newPage()
  await signInThroughApi(office, clerk.username, clerk.password)
  const request =
    (on: Page) =>
    async <T = { id: string; version: number }>(
      method: 'get' | 'post',
      url: string,
      data?: object,
      version?: number,
    ) => {
      const headers = version === undefined ? undefined : { 'If-Match': `"${version}"` }
      const response = await on.request[method](`/api/v1${url}`, data ? { data, headers } : {})
      expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true)
      return (await response.json()) as T
    }
  const api = request(office)
  const phoneApi = request(page)

  const team = await api('post', '/patrol-teams', {
    committeeId: committee.id,
    kind: 'team',
    name: `夜巡队${suffix.slice(-3)}`,
  })
  // Joining is a step on the team: it needs the team's version (If-Match).
  const joined = await api(
    'post',
    `/patrol-teams/${team.id}/members`,
    { userId: member.id, leader: true, joinedOn: testToday },
    team.version,
  )
  await api(
    'post',
    `/patrol-teams/${team.id}/members`,
    { residentId: resident.id, joinedOn: testToday },
    joined.version,
  )
  const route = await api('post', '/patrol-routes', {
    committeeId: committee.id,
    name: `夜巡一线${suffix.slice(-3)}`,
    checkpoints: [
      { name: '东门岗亭', place: '东门治安岗亭', expectedMinutes: 0 },
      { name: '车棚', place: '北区车棚', expectedMinutes: 10 },
      { name: '南门', place: '南门', expectedMinutes: 10 },
    ],
  })
  const sheet = await api<{ cards: { name: string; payload: string }[] }>(
    'get',
    `/patrol-routes/${route.id}/qr-sheet`,
  )
  await api('post', '/patrol-plans', {
    teamId: team.id,
    routeId: route.id,
    days: { kind: 'every_day' },
    start: '10:00',
    end: '02:00',
    from: testToday,
  })

  // The member signs in on the phone: a field role lands on the phone page, not the office's.
  await signInThroughPage(page, member.username, member.password)
  await expect(page).toHaveURL(/\/m\/patrol$/)

  // Every answer to the phone's writes, to show each arrived once.
  const answered: string[] = []
  page.on('response', (response) => {
    const request = response.request()
    if (request.method() === 'POST' && /\/api\/v1\/patrol-logs/.test(response.url()))
      answered.push(`${response.status()} ${new URL(response.url()).pathname}`)
  })

  let logId = ''
  await test.step('tonight’s patrol, started with who came', async () => {
    await expect(page.getByRole('heading', { name: '今晚巡逻' })).toBeVisible()
    const entry = page.getByRole('article', { name: `夜巡队${suffix.slice(-3)}` })
    await expect(entry).toContainText('10:00–次日02:00')
    await expect(entry).toContainText(`夜巡一线${suffix.slice(-3)}`)
    await screenshot(page, 'tonight')
    await entry.getByRole('button', { name: '开始巡逻' }).click()
    await expect(page.getByRole('heading', { name: '今晚谁来了' })).toBeVisible()
    await expect(page.getByRole('checkbox', { name: member.displayName })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: resident.name })).toBeChecked()
    await screenshot(page, 'start')
    const created = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/patrol-logs'),
    )
    await page.getByRole('button', { name: '出发' }).click()
    const response = await created
    expect(response.status()).toBe(201)
    logId = ((await response.json()) as { id: string }).id
    await expect(page.getByRole('heading', { name: /巡逻中/ })).toBeVisible()
  })

  await test.step('two checkpoints checked in by their QR payloads', async () => {
    await page.getByRole('button', { name: '手动输入' }).click()
    for (const card of sheet.cards.slice(0, 2)) {
      const visited = page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith('/visits'),
      )
      await page.getByLabel('巡逻点编码').fill(card.payload)
      await page.getByRole('button', { name: '打卡', exact: true }).click()
      expect((await visited).ok()).toBe(true)
      await expect(
        page.getByRole('alert').filter({ hasText: `已打卡：${card.name}` }),
      ).toBeVisible()
    }
    await expect(page.getByText('已打卡 2/3')).toBeVisible()
    await expect(page.getByRole('status')).toHaveText('已全部发送')
    await screenshot(page, 'patrol')
  })

  await test.step('offline: a finding with a photo waits on the phone', async () => {
    await context.setOffline(true)
    await page.getByRole('button', { name: '记录发现' }).click()
    await page.getByRole('button', { name: '消防隐患' }).click()
    await page.getByLabel('情况说明').fill('3号楼楼道堆放纸箱，堵住消防通道')
    await page
      .getByLabel('拍照')
      .setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: png })
    await expect(page.getByRole('img', { name: '现场照片' })).toBeVisible()
    await page.getByText('需要跟进').click()
    await screenshot(page, 'finding')
    await page.getByRole('button', { name: '保存' }).click()
    await expect(page.getByRole('status')).toHaveText('待发送 2 条')
    await expect(page.getByText('已记录发现 1 条')).toBeVisible()
    await screenshot(page, 'offline')
  })

  await test.step('back online: the queue empties, and the finding arrived once', async () => {
    await context.setOffline(false)
    await expect(page.getByRole('status')).toHaveText('已全部发送', { timeout: 30_000 })
    await screenshot(page, 'sent')
    expect(answered.filter((a) => a.endsWith('/photos'))).toEqual([
      `201 /api/v1/patrol-logs/${logId}/photos`,
    ])
    expect(answered.filter((a) => a.endsWith('/incidents'))).toHaveLength(1)
    const log = await phoneApi<{
      visits: { checkpoint: { name: string } }[]
      incidents: { type: string; photoIds: string[]; needsFollowUp: boolean }[]
    }>('get', `/patrol-logs/${logId}`)
    expect(log.visits.map((v) => v.checkpoint.name).sort()).toEqual(['东门岗亭', '车棚'].sort())
    expect(log.incidents).toHaveLength(1)
    expect(log.incidents[0]).toMatchObject({ type: 'fire_hazard', needsFollowUp: true })
    expect(log.incidents[0]!.photoIds).toHaveLength(1)
    const photo = await page.request.get(
      `/api/v1/patrol-logs/${logId}/photos/${log.incidents[0]!.photoIds[0]}`,
    )
    expect(photo.ok()).toBe(true)
  })

  await test.step('the end with the handover note; the third checkpoint is missed', async () => {
    await page.getByRole('button', { name: '结束巡逻' }).click()
    await page.getByLabel('交接班记录').fill('3号楼消防通道需物业清理')
    const ended = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/end'),
    )
    await page.getByRole('button', { name: '确认结束' }).click()
    expect((await ended).ok()).toBe(true)
    await expect(page.getByText('巡逻已结束')).toBeVisible()
    await screenshot(page, 'ended')
    const log = await phoneApi<{
      end: string | null
      handoverNote: string | null
      score: { missed: number; visited: number } | null
    }>('get', `/patrol-logs/${logId}`)
    expect(log.end).not.toBeNull()
    expect(log.handoverNote).toBe('3号楼消防通道需物业清理')
    expect(log.score).toMatchObject({ visited: 2, missed: 1 })
  })

  await test.step('the office sees the log, the missed third checkpoint, and opens the follow-up', async () => {
    await office.goto('/patrol-logs')
    const row = office.getByRole('row', { name: new RegExp(`夜巡队${suffix.slice(-3)}`) })
    await expect(row).toContainText('消防隐患')
    await row.getByRole('link').first().click()
    await expect(office).toHaveURL(new RegExp(`/patrol-logs/${logId}`))
    const missed = office.getByRole('row', { name: /南门/ })
    await expect(missed).toContainText('漏检')
    await expect(office.getByText('3号楼楼道堆放纸箱，堵住消防通道')).toBeVisible()
    await office.getByRole('button', { name: '开跟进' }).first().click()
    const dialog = office.getByRole('dialog', { name: /开跟进/ })
    const opened = office.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/patrol-follow-ups'),
    )
    await dialog.getByRole('button', { name: '保存', exact: true }).click()
    expect((await opened).status()).toBe(201)
    await office.goto('/patrol-follow-ups')
    await expect(office.getByRole('row', { name: /3号楼楼道堆放纸箱/ })).toContainText('跟进中')
  })
  await officeContext.close()

  if (shots) {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto('/m/patrol')
    await expect(page.getByRole('heading', { name: '今晚巡逻' })).toBeVisible()
    await screenshot(page, 'tonight-1366')
  }
})
