import { expect, test } from '../fixtures/test.ts'

// Issue 12: the sign-in page comes compressed and without what it does not show. The sizes are
// the build's budget (apps/web/scripts/bundle-budget.mjs); this checks what a browser is sent.
test('[FIRST LOAD] the sign-in page comes brotli-compressed, in Chinese, and fetches the English texts only when English is chosen', async ({
  page,
}) => {
  const scripts: { path: string; encoding: string | undefined }[] = []
  page.on('response', (response) => {
    const { pathname } = new URL(response.url())
    if (pathname.endsWith('.js'))
      scripts.push({ path: pathname, encoding: response.headers()['content-encoding'] })
  })

  await test.step('the sign-in page loads its scripts compressed, none of the signed-in frame', async () => {
    await page.goto('/login')
    await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
    // The large files are sent as the build's brotli copies (files under 1 KiB as they are).
    for (const name of ['vendor-react', 'vendor-antd', 'app-core'])
      expect(scripts.find((script) => script.path.includes(`/${name}-`))?.encoding, name).toBe('br')
    const paths = scripts.map((script) => script.path)
    for (const notNeeded of ['app-layout-', 'residents-', 'party-', 'imports-', 'locale-en-'])
      expect(
        paths.filter((path) => path.includes(`/assets/${notNeeded}`)),
        notNeeded,
      ).toEqual([])
  })

  await test.step('English is fetched when chosen, and a reload starts in it', async () => {
    await page.getByText('English', { exact: true }).click()
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
    expect(scripts.filter((script) => script.path.includes('/locale-en-'))).toHaveLength(1)
    await page.reload()
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
    await page.getByText('中文', { exact: true }).click()
    await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
  })
})
