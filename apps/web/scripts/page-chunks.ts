import type { Plugin } from 'vite'

const barrelImport = /import\s+\{([^}]*)\}\s+from\s+'(antd|@ant-design\/icons)'/g
const barrel = /[\\/]node_modules[\\/](antd|@ant-design[\\/]icons)[\\/]es[\\/]index\.js$/
/** `Button, type InputRef, Input as I` → Button, Input. */
const valueNames = (names: string): string[] =>
  names
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name && !name.startsWith('type '))
    .map((name) => name.split(/\s+as\s+/)[0] ?? name)
/** antd's folder of a component: `DatePicker` → `date-picker`, `theme` → `theme`. */
const kebab = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()

/**
 * What a page loads before it works, from the build's own import graph: the chunk groups in
 * vite.config.ts use it to put the libraries of the first pages into one file each.
 *
 * Without them the bundler cuts a page's code along which other pages share each piece: the
 * residents list fetched some 60 files (antd's Table, Select, Menu, …), most under 2 KiB, and
 * every gzipped file starts its dictionary afresh and carries the imports and exports that tie
 * it to the others — about 25 KiB gzip more than the same code in few files (the bundle budget,
 * ARCHITECTURE.md "The web build"). A group takes only what a page imports statically, never
 * what it imports dynamically (a dialog, an error page stay out of the first load); with
 * `onlyWith`, only what no page loads without an anchor (antd's Table). The walk over-estimates
 * a little: an import whose bindings the bundler drops still counts, and antd's own index
 * modules (`_util/hooks`, `style/motion`) bring their whole folder.
 *
 * The plugin records the graph when the build has parsed every module (`buildEnd`); the groups'
 * `test` runs later, when the chunks are made. antd and its icons are imported by name from
 * their index modules (`import { Button } from 'antd'`), which import every component: the walk
 * goes from our module to the components it names instead (`antd/es/button`), or the sign-in
 * page's group would take every antd component any page uses.
 */
export const pageGraph = () => {
  const imports = new Map<string, readonly string[]>()
  const closures = new Map<string, ReadonlySet<string>>()
  /** What a browser loads on its own: the app's entry, a lazy route, a dialog, a language. */
  const entries = new Set<string>()
  const without = new Map<string, ReadonlySet<string>>()
  /** Our modules' named imports from antd and the icons, read from their source. */
  const named = new Map<string, { antd: string[]; icons: string[] }>()

  const plugin: Plugin = {
    name: 'page-graph',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.tsx?$/.test(id)) return null
      const antd: string[] = []
      const icons: string[] = []
      for (const [, names = '', from] of code.matchAll(barrelImport))
        (from === 'antd' ? antd : icons).push(...valueNames(names))
      if (antd.length + icons.length > 0) named.set(id, { antd, icons })
      return null
    },
    buildEnd() {
      imports.clear()
      closures.clear()
      entries.clear()
      without.clear()
      const ids = [...this.getModuleIds()]
      const byEnding = (ending: string) =>
        ids.find((id) => id.replaceAll('\\', '/').endsWith(ending))
      for (const id of ids) {
        const own = named.get(id)
        const direct = (this.getModuleInfo(id)?.importedIds ?? []).filter(
          (dep) => !barrel.test(dep),
        )
        const components = [
          ...(own?.antd ?? []).map((name) => byEnding(`/antd/es/${kebab(name)}/index.js`)),
          ...(own?.icons ?? []).map((name) => byEnding(`/@ant-design/icons/es/icons/${name}.js`)),
        ].filter((dep) => dep !== undefined)
        imports.set(id, [...direct, ...components])
        const info = this.getModuleInfo(id)
        if (info?.isEntry) entries.add(id)
        for (const dynamic of info?.dynamicallyImportedIds ?? []) entries.add(dynamic)
      }
    },
  }

  const idOf = (file: string): string => {
    const id = [...imports.keys()].find((each) => each.replaceAll('\\', '/').endsWith(`/${file}`))
    if (!id) throw new Error(`page-chunks: ${file} is not in the build (renamed?)`)
    return id
  }

  /** The modules `start` (a module id) imports statically, deep. */
  const closureOf = (start: string): ReadonlySet<string> => {
    const known = closures.get(start)
    if (known) return known
    const seen = new Set<string>()
    const queue = [start]
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (seen.has(id)) continue
      seen.add(id)
      queue.push(...(imports.get(id) ?? []))
    }
    closures.set(start, seen)
    return seen
  }
  /** The modules `file` (a path ending, `src/app/routes/login.lazy.tsx`) imports statically. */
  const closure = (file: string): ReadonlySet<string> => closureOf(idOf(file))

  /** Whether `id` is loaded statically by any of `files`. */
  const loadedBy =
    (...files: string[]) =>
    (id: string): boolean =>
      files.some((file) => closure(file).has(id))

  /**
   * Whether every entry that loads `id` statically loads `anchor` too (a path ending,
   * `antd/es/table/index.js`): a group of such modules is fetched only by pages that need the
   * anchor anyway, not by a page that shows one Tag.
   */
  const onlyWith =
    (anchor: string) =>
    (id: string): boolean => {
      let modules = without.get(anchor)
      if (!modules) {
        const anchorId = idOf(anchor)
        const found = new Set<string>()
        for (const entry of entries) {
          const loaded = closureOf(entry)
          if (!loaded.has(anchorId)) for (const module of loaded) found.add(module)
        }
        without.set(anchor, found)
        modules = found
      }
      return !modules.has(id)
    }

  return { plugin, loadedBy, onlyWith }
}
