import type { Page } from '@playwright/test'
import { seedBuilding, seedCommittee, seedDwelling, seedResident } from '@cr/api/test/factories'
import { expect, test } from '../fixtures/test.ts'
import { adminCredentials } from '../fixtures/credentials.ts'
import { e2eCipher, e2eDb } from '../fixtures/db.ts'
import { signInThroughPage } from '../fixtures/sign-in.ts'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

/**
 * How far the page is wider than the screen, and the outermost elements that stick out (an
 * element inside a container that scrolls sideways by itself, such as a wide table, does not
 * count: it does not widen the page).
 */
const overflowOf = (page: Page) =>
  page.evaluate(() => {
    const width = window.innerWidth
    const scrollsSideways = (element: Element | null): boolean => {
      for (let node = element; node && node !== document.body; node = node.parentElement) {
        const { overflowX } = getComputedStyle(node)
        if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') return true
      }
      return false
    }
    const culprits = Array.from(document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .filter((element) => !scrollsSideways(element.parentElement))
      .slice(0, 5)
      .map(
        (element) => `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')}`,
      )
    return { by: document.documentElement.scrollWidth - width, culprits }
  })

test('[PHONE] at 390×844 every page of the navigation fits the screen; the navigation is a drawer and dialogs take the whole screen', async ({
  page,
}) => {
  // Some records, so lists, the places tree and the home page have rows to lay out.
  const db = e2eDb().prisma
  const committee = await seedCommittee(db, { name: `手机版社区居委会${Date.now().toString(36)}` })
  const building = await seedBuilding(db, {
    committeeId: committee.id,
    street: '黄河路',
    estateName: '幸福家园小区',
  })
  await seedDwelling(db, { buildingId: building.id, unit: '2单元', room: '301' })
  await seedResident(db, e2eCipher(), { committeeId: committee.id, name: '欧阳娜娜' })

  await signInThroughPage(page, adminCredentials.username, adminCredentials.password)
  const openNavigation = page.getByRole('button', { name: '打开导航' })
  await expect(openNavigation).toBeVisible()
  // No side navigation takes width beside the page.
  await expect(page.locator('.app-sider')).toHaveCount(0)

  await openNavigation.click()
  const navigation = page.getByRole('navigation', { name: '主导航' })
  const links = await navigation.getByRole('link').allTextContents()
  // Every item an administrator has, read from the navigation itself: a new page is checked too.
  expect(links.length).toBeGreaterThanOrEqual(12)
  await page.keyboard.press('Escape')

  for (const label of links) {
    await test.step(label, async () => {
      await openNavigation.click()
      await navigation.getByRole('link', { name: label, exact: true }).click()
      // The drawer closes on the way to the page, and the page is drawn.
      await expect(navigation).toBeHidden()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.locator('.ant-skeleton, .outline-skeleton')).toHaveCount(0)
      await page.screenshot({ path: `screenshots/phone-${links.indexOf(label)}.png` })
      const overflow = await overflowOf(page)
      expect(overflow, `${label}: wider than the screen by ${overflow.by}px`).toEqual({
        by: 0,
        culprits: [],
      })
      // 手机巡逻 (/m/patrol) has a frame of its own, without this navigation: back to the office.
      if (new URL(page.url()).pathname.startsWith('/m/')) await page.goBack()
    })
  }

  await test.step('a dialog takes the whole screen and fits it', async () => {
    await openNavigation.click()
    await navigation.getByRole('link', { name: '用户', exact: true }).click()
    await page.getByRole('button', { name: '新建用户' }).click()
    const dialog = page.getByRole('dialog', { name: '新建用户' })
    await expect(dialog.getByLabel('用户名')).toBeVisible()
    const box = await page.locator('.ant-modal-container').boundingBox()
    expect(box).toMatchObject({ x: 0, y: 0, width: 390 })
    // Its buttons are on the screen without scrolling the page.
    const save = dialog.getByRole('button', { name: '保存' })
    await expect(save).toBeInViewport()
    expect((await overflowOf(page)).by).toBe(0)
    await page.screenshot({ path: 'screenshots/phone-dialog.png' })
    await dialog.getByRole('button', { name: '取消' }).click()
    await expect(dialog).toBeHidden()
  })
})
