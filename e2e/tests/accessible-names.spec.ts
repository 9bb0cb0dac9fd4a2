import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures/test.ts'
import { adminCredentials } from '../fixtures/credentials.ts'
import { signInThroughApi } from '../fixtures/sign-in.ts'

/**
 * What a screen reader would announce in English on a Chinese page: names (aria-label, title,
 * alt) of elements it can reach that are made of Latin words and no Chinese — antd names its own
 * icons and some controls in English whatever the locale ("down", "Select all"). Record ids and
 * the language switch's own "English" are not words to translate.
 */
const englishNames = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('[aria-label], [title], img[alt]'))
      .filter((e) => !e.closest('[aria-hidden="true"]'))
      .map((e) => ({
        element: `${e.tagName.toLowerCase()}.${Array.from(e.classList).slice(0, 2).join('.')}`,
        name:
          e.getAttribute('aria-label') ?? e.getAttribute('title') ?? e.getAttribute('alt') ?? '',
      }))
      .filter(
        ({ name }) =>
          /[A-Za-z]{3,}/.test(name) &&
          !/[\u4e00-\u9fff]/.test(name) &&
          !/^[0-9a-f-]{36}$/.test(name) &&
          name !== 'English',
      ),
  )

/** Buttons a screen reader would announce with no name at all. */
const unnamedButtons = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('button, [role="button"]'))
      .filter((e) => !e.closest('[aria-hidden="true"]') && (e as HTMLElement).offsetParent !== null)
      .filter(
        (e) =>
          !(
            e.getAttribute('aria-label') ||
            e.getAttribute('aria-labelledby') ||
            (e as HTMLButtonElement).labels?.length ||
            e.textContent?.trim()
          ),
      )
      .map((e) => e.outerHTML.slice(0, 120)),
  )

test('[A11Y] every page and a dialog name their controls in Chinese, none in English and none without a name', async ({
  page,
}) => {
  await signInThroughApi(page, adminCredentials.username, adminCredentials.password)
  await page.goto('/')
  const navigation = page.getByRole('navigation', { name: '主导航' })
  // The signed-in frame is a lazy route: its navigation is there once its first link is.
  await expect(navigation.getByRole('link').first()).toBeVisible()
  const links = await navigation.getByRole('link').allTextContents()
  expect(links.length).toBeGreaterThanOrEqual(12)
  for (const label of links) {
    await test.step(label, async () => {
      await navigation.getByRole('link', { name: label, exact: true }).click()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.locator('.ant-skeleton, .outline-skeleton')).toHaveCount(0)
      // antd draws after the data: the check runs once the page has settled.
      await expect.poll(() => englishNames(page), { message: label }).toEqual([])
      await expect.poll(() => unnamedButtons(page), { message: label }).toEqual([])
      // 手机巡逻 (/m/patrol) has a frame of its own, without this navigation: back to the office.
      if (new URL(page.url()).pathname.startsWith('/m/')) await page.goBack()
    })
  }
  await test.step('a dialog with a password, a date, selects and a switch', async () => {
    await navigation.getByRole('link', { name: '用户', exact: true }).click()
    await page.getByRole('button', { name: '新建用户' }).click()
    const dialog = page.getByRole('dialog', { name: '新建用户' })
    await dialog.getByLabel('用户名').fill('someone')
    await expect(dialog.getByRole('button', { name: '关闭' })).toBeVisible()
    await expect.poll(() => englishNames(page)).toEqual([])
    expect(await unnamedButtons(page)).toEqual([])
  })
})
