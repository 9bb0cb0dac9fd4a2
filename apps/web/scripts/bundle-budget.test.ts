import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain Node script, without types
import { formatReport, measure, pageFiles, pages, staticClosure } from './bundle-budget.mjs'

// A build manifest as Vite writes it: the entry, a shared vendor chunk, two lazy routes, the
// residents' texts (fetched before the page shows, so counted) and a dialog the residents page
// imports dynamically (fetched when opened or idle, so not counted).
const manifest = {
  'index.html': { file: 'assets/app-1.js', isEntry: true, imports: ['_vendor-react-1.js'] },
  '_vendor-react-1.js': { file: 'assets/vendor-react-1.js' },
  '_vendor-antd-form-1.js': {
    file: 'assets/vendor-antd-form-1.js',
    imports: ['_vendor-react-1.js'],
  },
  'src/app/routes/login.lazy.tsx': {
    file: 'assets/login-1.js',
    isDynamicEntry: true,
    imports: ['_vendor-antd-form-1.js', 'index.html'],
  },
  'src/app/routes/app-layout.lazy.tsx': {
    file: 'assets/app-layout-1.js',
    isDynamicEntry: true,
    imports: ['index.html'],
    css: ['assets/app-layout-1.css'],
  },
  'src/app/routes/residents.lazy.tsx': {
    file: 'assets/residents-1.js',
    isDynamicEntry: true,
    imports: ['_vendor-antd-form-1.js', '_vendor-antd-table-1.js'],
    dynamicImports: ['src/features/residents/components/resident-dialog.tsx'],
  },
  '_vendor-antd-table-1.js': { file: 'assets/vendor-antd-table-1.js' },
  'src/features/residents/components/resident-dialog.tsx': {
    file: 'assets/resident-dialog-1.js',
    isDynamicEntry: true,
  },
  'src/locales/zh-CN/residents.ts': { file: 'assets/residents-texts-1.js', isDynamicEntry: true },
}

// Incompressible bytes of a given size, so gzip sizes are predictable (about the raw size).
const noise = (bytes: number) => randomBytes(bytes)
const sizes: Record<string, number> = {
  'assets/app-1.js': 20_000,
  'assets/vendor-react-1.js': 60_000,
  'assets/vendor-antd-form-1.js': 30_000,
  'assets/login-1.js': 2_000,
  'assets/app-layout-1.js': 5_000,
  'assets/residents-1.js': 4_000,
  'assets/vendor-antd-table-1.js': 40_000,
  'assets/resident-dialog-1.js': 9_000,
  'assets/residents-texts-1.js': 1_000,
}
const readFile = (file: string) => noise(sizes[file]!)
const noBrotli = () => 0

describe('the first-load budget (scripts/bundle-budget.mjs)', () => {
  it('counts what a page loads before it runs: the entry and its routes with their static imports, once each', () => {
    expect([...staticClosure(manifest, 'src/app/routes/login.lazy.tsx')].sort()).toEqual([
      'assets/app-1.js',
      'assets/login-1.js',
      'assets/vendor-antd-form-1.js',
      'assets/vendor-react-1.js',
    ])
    // The first two pages (the dashboard's modules are not in this small manifest).
    const [signIn, residents] = pageFiles(manifest, pages.slice(0, 2))
    expect(signIn.files.sort()).toEqual([
      'assets/app-1.js',
      'assets/login-1.js',
      'assets/vendor-antd-form-1.js',
      'assets/vendor-react-1.js',
    ])
    // After sign-in only what the browser has not fetched yet; no CSS, no dynamic imports.
    expect(residents.files.sort()).toEqual([
      'assets/app-layout-1.js',
      'assets/residents-1.js',
      'assets/residents-texts-1.js',
      'assets/vendor-antd-table-1.js',
    ])
  })

  it('fails a page over its budget, naming it, by how much and its largest chunks', () => {
    const budgetPages = [
      { name: 'sign-in', routes: ['src/app/routes/login.lazy.tsx'], budgetKiB: 120, goalKiB: 50 },
      {
        name: 'residents',
        routes: ['src/app/routes/app-layout.lazy.tsx', 'src/app/routes/residents.lazy.tsx'],
        after: 'sign-in',
        budgetKiB: 40,
      },
    ]
    const [signIn, residents] = measure(manifest, readFile, budgetPages, noBrotli)
    expect(signIn.over).toBe(false)
    expect(signIn.gzip).toBeGreaterThan(110_000)
    expect(residents.over).toBe(true)
    expect(residents.chunks.map((chunk: { file: string }) => chunk.file)).toEqual([
      'assets/vendor-antd-table-1.js',
      'assets/app-layout-1.js',
      'assets/residents-1.js',
    ])
    const report = formatReport([signIn, residents])
    expect(report).toMatch(/sign-in: 4 JS files/)
    expect(report).toMatch(/budget 120 KiB gzip: within; goal 50 KiB: [\d.]+ KiB to go/)
    expect(report).toMatch(
      /✗ Bundle budget exceeded: residents loads 4\d\.\d KiB of gzipped JS, [\d.]+ KiB over its 40 KiB\. Largest: assets\/vendor-antd-table-1\.js/,
    )
    expect(report).not.toMatch(/✗ Bundle budget exceeded: sign-in/)
  })

  it('fails loudly when a measured route module is not in the build (renamed or removed)', () => {
    const { 'src/app/routes/login.lazy.tsx': _, ...withoutLogin } = manifest
    expect(() => pageFiles(withoutLogin)).toThrow(
      'src/app/routes/login.lazy.tsx is not in the build manifest',
    )
  })

  it('measures the pages the issue names: sign-in, then the residents list after it', () => {
    expect(pages.map((page: { routes: string[] }) => page.routes)).toEqual([
      ['src/app/routes/login.lazy.tsx'],
      [
        'src/app/routes/app-layout.lazy.tsx',
        'src/app/routes/residents.lazy.tsx',
        'src/locales/zh-CN/residents.ts',
      ],
      [
        'src/app/routes/app-layout.lazy.tsx',
        'src/app/routes/dashboard.lazy.tsx',
        'src/locales/zh-CN/statistics.ts',
        'src/features/statistics/components/dashboard-charts.tsx',
      ],
    ])
    expect(pages.map((page: { goalKiB: number }) => page.goalKiB)).toEqual([250, 150, undefined])
  })

  it('as a command: prints the table and exits non-zero when over budget', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'cr-budget-'))
    try {
      await mkdir(path.join(dist, '.vite'), { recursive: true })
      await mkdir(path.join(dist, 'assets'))
      // The real pages' route modules, each file far over any budget.
      const big = {
        'index.html': { file: 'assets/app-1.js', isEntry: true },
        'src/app/routes/login.lazy.tsx': { file: 'assets/login-1.js', imports: ['index.html'] },
        'src/app/routes/app-layout.lazy.tsx': { file: 'assets/app-layout-1.js' },
        'src/app/routes/residents.lazy.tsx': { file: 'assets/residents-1.js' },
        'src/locales/zh-CN/residents.ts': { file: 'assets/residents-texts-1.js' },
        'src/app/routes/dashboard.lazy.tsx': { file: 'assets/dashboard-1.js' },
        'src/locales/zh-CN/statistics.ts': { file: 'assets/statistics-texts-1.js' },
        'src/features/statistics/components/dashboard-charts.tsx': { file: 'assets/charts-1.js' },
      }
      await writeFile(path.join(dist, '.vite/manifest.json'), JSON.stringify(big))
      for (const [name, bytes] of [
        ['app-1.js', 500_000],
        ['login-1.js', 1_000],
        ['app-layout-1.js', 1_000],
        ['residents-1.js', 1_000],
        ['residents-texts-1.js', 1_000],
        ['dashboard-1.js', 1_000],
        ['statistics-texts-1.js', 1_000],
        ['charts-1.js', 1_000],
      ] as const)
        await writeFile(path.join(dist, 'assets', name), noise(bytes))
      const script = fileURLToPath(new URL('./bundle-budget.mjs', import.meta.url))
      const run = spawnSync(process.execPath, [script, dist], { encoding: 'utf8' })
      expect(run.status).toBe(1)
      expect(run.stdout).toMatch(/chunk\s+raw KiB\s+gzip KiB\s+br KiB/)
      expect(run.stdout).toMatch(/✗ Bundle budget exceeded: sign-in \(\/login\)/)
      await writeFile(path.join(dist, 'assets/app-1.js'), 'export {}')
      const within = spawnSync(process.execPath, [script, dist], { encoding: 'utf8' })
      expect(within.status, within.stdout).toBe(0)
      expect(within.stdout).toMatch(/✓ Bundle budget: every page within its budget/)
    } finally {
      await rm(dist, { recursive: true, force: true })
    }
  })
})
