import { describe, expect, it } from 'vitest'
import { pageGraph } from './page-chunks'

/** A build of `modules` (id → static imports) with `sources` (id → code) for our modules. */
const built = (
  modules: Record<string, string[]>,
  sources: Record<string, string> = {},
  dynamic: Record<string, string[]> = {},
) => {
  const graph = pageGraph()
  const { transform, buildEnd } = graph.plugin as unknown as {
    transform: (code: string, id: string) => void
    buildEnd: (this: unknown) => void
  }
  for (const [id, code] of Object.entries(sources)) transform(code, id)
  buildEnd.call({
    getModuleIds: () => Object.keys(modules)[Symbol.iterator](),
    getModuleInfo: (id: string) => ({
      importedIds: modules[id] ?? [],
      dynamicallyImportedIds: dynamic[id] ?? [],
      isEntry: id.endsWith('main.tsx'),
    }),
  })
  return graph
}

const antd = '/repo/node_modules/antd/es'
const icons = '/repo/node_modules/@ant-design/icons/es'

describe('page-chunks: what a route file loads statically', () => {
  it('follows static imports deep, through our modules and libraries', () => {
    const { loadedBy } = built({
      '/repo/apps/web/src/app/routes/login.lazy.tsx': ['/repo/apps/web/src/features/auth/form.tsx'],
      '/repo/apps/web/src/features/auth/form.tsx': ['/repo/node_modules/lib/a.js'],
      '/repo/node_modules/lib/a.js': ['/repo/node_modules/lib/b.js'],
      '/repo/node_modules/lib/b.js': [],
      '/repo/node_modules/lib/c.js': [],
    })
    const signIn = loadedBy('src/app/routes/login.lazy.tsx')
    expect(signIn('/repo/node_modules/lib/b.js')).toBe(true)
    expect(signIn('/repo/node_modules/lib/c.js')).toBe(false)
  })

  it("goes from antd's and the icons' index modules only to the components a module names", () => {
    const form = '/repo/apps/web/src/features/auth/form.tsx'
    const { loadedBy } = built(
      {
        '/repo/apps/web/src/app/routes/login.lazy.tsx': [form],
        [form]: [`${antd}/index.js`, `${icons}/index.js`],
        [`${antd}/index.js`]: [`${antd}/button/index.js`, `${antd}/date-picker/index.js`],
        [`${antd}/button/index.js`]: [],
        [`${antd}/date-picker/index.js`]: [],
        [`${icons}/index.js`]: [`${icons}/icons/EyeOutlined.js`, `${icons}/icons/BellOutlined.js`],
        [`${icons}/icons/EyeOutlined.js`]: [],
        [`${icons}/icons/BellOutlined.js`]: [],
      },
      {
        [form]:
          "import { Button, type InputRef } from 'antd'\nimport { EyeOutlined } from '@ant-design/icons'",
      },
    )
    const signIn = loadedBy('src/app/routes/login.lazy.tsx')
    expect(signIn(`${antd}/button/index.js`)).toBe(true)
    expect(signIn(`${antd}/date-picker/index.js`)).toBe(false)
    expect(signIn(`${icons}/icons/EyeOutlined.js`)).toBe(true)
    expect(signIn(`${icons}/icons/BellOutlined.js`)).toBe(false)
  })

  it('tells the modules that no entry loads without the anchor (a lazy route, a dialog)', () => {
    const main = '/repo/apps/web/src/main.tsx'
    const list = '/repo/apps/web/src/app/routes/residents.lazy.tsx'
    const home = '/repo/apps/web/src/app/routes/home.lazy.tsx'
    const { onlyWith } = built(
      {
        [main]: [],
        [list]: [`${antd}/table/index.js`, `${antd}/tag/index.js`],
        [home]: [`${antd}/tag/index.js`],
        [`${antd}/table/index.js`]: [`${antd}/table/filter.js`],
        [`${antd}/table/filter.js`]: [],
        [`${antd}/tag/index.js`]: [],
      },
      {},
      { [main]: [list, home] },
    )
    const withTable = onlyWith('antd/es/table/index.js')
    expect(withTable(`${antd}/table/filter.js`)).toBe(true)
    // The home page shows a Tag without a Table: the Tag is not the list page's alone.
    expect(withTable(`${antd}/tag/index.js`)).toBe(false)
  })

  it('fails loudly when a route file is not in the build', () => {
    const { loadedBy } = built({ '/repo/apps/web/src/main.tsx': [] })
    expect(() => loadedBy('src/app/routes/gone.lazy.tsx')('/repo/apps/web/src/main.tsx')).toThrow(
      /gone\.lazy\.tsx is not in the build/,
    )
  })
})
