import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import type { Rolldown } from 'vite'
import { defineConfig } from 'vitest/config'
import { pageGraph } from './scripts/page-chunks'

const apiTarget = process.env.API_URL ?? 'http://localhost:3000'
// `^/api/`, not `/api`: a plain prefix would also send the /api-tokens page to the API.
const proxy = { '^/api/': { target: apiTarget, changeOrigin: false } }

const nodeModule = (packages: string) =>
  new RegExp(`[\\\\/]node_modules[\\\\/](${packages})[\\\\/]`)

const graph = pageGraph()
const library = /[\\/]node_modules[\\/]/
const loadedBy = (...routes: string[]) =>
  graph.loadedBy(...routes.map((route) => `src/app/routes/${route}`))
/** A library module that one of `routes` (lazy route files) imports statically. */
const libraryOf =
  (...routes: string[]) =>
  (id: string) =>
    library.test(id) && loadedBy(...routes)(id)
/** Loaded only by pages that show antd's Table (scripts/page-chunks.ts, `onlyWith`). */
const onlyWithTable = (id: string) => graph.onlyWith('antd/es/table/index.js')(id)
/** Shared code of ours (not a feature's) that one of `routes` imports statically. */
const sharedOf =
  (...routes: string[]) =>
  (id: string) =>
    ownShared.test(id) && loadedBy(...routes)(id)
const ownShared =
  /[\\/](apps[\\/]web[\\/]src[\\/](components|hooks|lib|config)|packages[\\/]shared[\\/]src)[\\/]/

/**
 * Libraries every page needs, one chunk each, so a build report reads by what it holds and a
 * release that changes only our code keeps them cached. antd's group takes only what the first
 * page loads (`$initial`); the components of later pages (tables, date pickers) stay in the
 * chunks of the pages that use them (`vendor-antd-table`, … by `chunkName`).
 */
const vendorGroups = [
  { name: 'vendor-react', test: nodeModule('react|react-dom|scheduler'), priority: 50 },
  {
    name: 'vendor-router',
    test: nodeModule('@tanstack[\\\\/](react-router|router-core|history|store|react-store)'),
    priority: 40,
  },
  {
    name: 'vendor-query',
    test: nodeModule('@tanstack[\\\\/](react-query|query-core)'),
    priority: 40,
  },
  { name: 'vendor-i18n', test: nodeModule('i18next|react-i18next'), priority: 40 },
  { name: 'vendor-zod', test: nodeModule('zod'), priority: 40 },
  {
    name: 'vendor-antd',
    test: nodeModule('antd|@ant-design|@rc-component|rc-[\\w-]+|@babel[\\\\/]runtime|stylis|dayjs'),
    tags: ['$initial' as const],
    priority: 30,
  },
  // The shared labels (fields, codes, audit) both languages' texts use: a chunk of their own, or
  // the English texts' group takes them with it and a Chinese page fetches all the English texts.
  {
    name: 'labels',
    test: /[\\/]packages[\\/]shared[\\/]src[\\/](labels[\\/]|audit[\\/]audit-labels)/,
    priority: 32,
  },
  // The English texts, fetched in one go when English is chosen (lib/i18n.ts).
  { name: 'locale-en', test: /[\\/]src[\\/]locales[\\/]en[\\/]/, priority: 30 },
  // Our own code that every page loads (lib/, the route files, the shared schemas they use):
  // one file rather than a dozen small ones cut along which later pages share them. Above the
  // English texts: they use shared labels the Chinese texts use too, and a group takes its
  // members' dependencies with it — at a lower priority locale-en took them, and the first load
  // fetched all the English texts to read them.
  {
    name: 'app-core',
    test: /[\\/](apps[\\/]web[\\/]src[\\/](?!locales[\\/]en[\\/])|packages[\\/]shared[\\/]src[\\/])/,
    tags: ['$initial' as const],
    priority: 35,
  },
  // The libraries the first pages add to the entry's, one file per page rather than one per
  // combination of later pages that share a piece (scripts/page-chunks.ts: ~25 KiB gzip of
  // per-file overhead on the residents list). The sign-in page's (antd's Button, Input, Space);
  // the signed-in frame's (Layout, Menu, Dropdown, Tooltip), which every signed-in page loads;
  // a list page's: what only pages with antd's Table load (Table with its filter dropdown,
  // Pagination) in one chunk, and what the list page shares with other pages (Select, Tag, Spin,
  // Input's Search, …) in another (`-common`), so that a page showing a Tag does not fetch the
  // Table. The Table's group takes only what it names, not what that imports
  // (`includeDependenciesRecursively`): Table's helpers, which other pages use too, brought it
  // whole to them. (The frame's group cannot do without its dependencies: its modules then ran
  // before the ones they need.)
  { name: 'vendor-antd-sign-in', test: libraryOf('login.lazy.tsx'), priority: 29 },
  { name: 'vendor-antd-frame', test: libraryOf('app-layout.lazy.tsx'), priority: 28 },
  {
    name: 'vendor-antd-list',
    test: (id: string) => libraryOf('residents.lazy.tsx')(id) && onlyWithTable(id),
    priority: 27,
    includeDependenciesRecursively: false,
  },
  { name: 'vendor-antd-common', test: libraryOf('residents.lazy.tsx'), priority: 26 },
  { name: 'app-sign-in', test: sharedOf('login.lazy.tsx'), priority: 29 },
  { name: 'app-frame', test: sharedOf('app-layout.lazy.tsx'), priority: 28 },
  {
    name: 'app-list',
    test: (id: string) => sharedOf('residents.lazy.tsx')(id) && onlyWithTable(id),
    priority: 27,
    includeDependenciesRecursively: false,
  },
  { name: 'app-common', test: sharedOf('residents.lazy.tsx'), priority: 26 },
]

/**
 * Names the other chunks by what they hold: a page by its route (`routes/imports.lazy.tsx` →
 * `imports-*.js`), code of one feature by the feature, a library by its package (antd by its
 * component). What mixes several keeps the bundler's name.
 */
const chunkName = (chunk: Rolldown.PreRenderedChunk): string => {
  if (vendorGroups.some((group) => group.name === chunk.name)) return `${chunk.name}-[hash].js`
  const route = /[\\/]app[\\/]routes[\\/]([\w-]+)\.lazy\.tsx$/.exec(chunk.facadeModuleId ?? '')
  if (route) return `${route[1]}-[hash].js`
  const own = chunk.moduleIds.filter((id) => !id.includes('node_modules'))
  // A library with one of our small wrappers in it (antd's Table in captioned-table.ts) is the
  // library's chunk.
  if (own.length * 10 < chunk.moduleIds.length) {
    // The antd component with the most modules in the chunk (Table's chunk has Checkbox too).
    const counts = new Map<string, number>()
    for (const id of chunk.moduleIds) {
      const component = /[\\/]antd[\\/]es[\\/]([\w-]+)[\\/]/.exec(id)?.[1]
      if (component && component !== '_util' && component !== 'config-provider')
        counts.set(component, (counts.get(component) ?? 0) + 1)
    }
    const [antd] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? []
    if (antd) return `vendor-antd-${antd}-[hash].js`
    const pkg = /node_modules[\\/](?!\.pnpm)((?:@[\w.-]+[\\/])?[\w.-]+)/.exec(
      chunk.moduleIds[0] ?? '',
    )
    return `vendor-${(pkg?.[1] ?? chunk.name).replace(/[@\\/]/g, (c) => (c === '@' ? '' : '-'))}-[hash].js`
  }
  const features = new Set(own.map((id) => /[\\/]src[\\/]features[\\/]([\w-]+)[\\/]/.exec(id)?.[1]))
  const [feature] = features
  if (features.size === 1 && feature) return `${feature}-${chunk.name}-[hash].js`
  return `${chunk.name}-[hash].js`
}

export default defineConfig({
  plugins: [react(), graph.plugin],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy,
  },
  preview: {
    port: 4173,
    proxy,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // `.vite/manifest.json`: which chunks each page loads, read by scripts/bundle-budget.mjs.
    manifest: true,
    // The budget (scripts/bundle-budget.mjs) is the limit that matters, per page and gzipped.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // antd's Input reads its error state from antd's form context module, which also imports
      // rc-form's provider; rc-form does not declare itself free of side effects, so the whole
      // form engine (and its validator) stayed in every page. It has none at import.
      treeshake: {
        moduleSideEffects: [
          { test: /[\\/]@rc-component[\\/](form|async-validator)[\\/]/, sideEffects: false },
        ],
      },
      output: {
        entryFileNames: 'assets/app-[hash].js',
        chunkFileNames: (chunk) => `assets/${chunkName(chunk)}`,
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The schemas' words (shared common/issue.ts), as main.tsx fetches them after the first page.
    setupFiles: ['../../packages/shared/src/common/error-messages.ts'],
  },
})
