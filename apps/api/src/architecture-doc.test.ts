import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// ARCHITECTURE.md is what the next record module is built from; a path in it that does not
// exist sends its author to copy something that is not there. This holds every path it names
// to the repository.

const root = fileURLToPath(new URL('../../../', import.meta.url))
const doc = readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8')

/**
 * What a path in the text may be written relative to, as the text does: the repository, an
 * app or package (`src/test/factories.ts`), its sources (`lib/write.ts`, `common/record.ts`,
 * `components/ui/export-button.tsx`), the database package (`migrations/…`).
 */
const bases = [
  '',
  'apps/api',
  'apps/api/src',
  'apps/web',
  'apps/web/src',
  'packages/shared/src',
  'prisma',
]

/** Not walked for patterns: installed, generated or run-time files. */
const skipped = new Set(['node_modules', '.git', 'dist', '.data', 'generated', 'test-results'])

/**
 * A repository path: a slash, no spaces, and not a URL path (`/api/v1/…`, `GET /:id`), a
 * package specifier (`@cr/api/test/factories`), a media type (`application/problem+json`) or a
 * key (`import_file:<job id>`).
 */
const isPath = (text: string) => /^[\w.][^\s:+]*\/[^\s:+]*$/.test(text)

/** `modules/<module>/<module>.import.ts`, `modules/auth/*`: placeholders stand for a name. */
const isPattern = (text: string) => /[<>*…]/.test(text)

const withoutFences = doc.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '')
const inlinePaths = [...withoutFences.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!).filter(isPath)
/** The repository map at the top: the first word of each line of its fenced block. */
const mapPaths = (doc.match(/^```\n([\s\S]*?)^```$/m)?.[1] ?? '')
  .split('\n')
  .map((line) => line.split(/\s+/)[0]!)
  .filter((word) => word.length > 0)
const paths = [...new Set([...mapPaths, ...inlinePaths])]

/** Every file and folder (with a trailing slash) of the repository, relative to its root. */
const entries = (() => {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (skipped.has(entry.name)) continue
      const relative = dir ? `${dir}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        found.push(`${relative}/`)
        walk(relative)
      } else found.push(relative)
    }
  }
  walk('')
  return found
})()

const patternRegExp = (pattern: string) =>
  new RegExp(
    `^(?:${bases.map((b) => (b ? `${b}/` : '')).join('|')})${pattern
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/<[^>]+>|…/g, '[^/]+')
      .replace(/\*/g, '[^/]*')}$`,
  )

const exists = (text: string) => {
  if (isPattern(text)) {
    const pattern = patternRegExp(text)
    return entries.some((entry) => pattern.test(entry))
  }
  return bases.some((base) => {
    const full = path.join(root, base, text)
    if (!existsSync(full)) return false
    return !text.endsWith('/') || statSync(full).isDirectory()
  })
}

describe('ARCHITECTURE.md', () => {
  it('names paths (the extraction finds them)', () => {
    expect(paths.length).toBeGreaterThan(80)
    expect(paths).toContain('apps/api/src/modules/buildings/buildings.routes.ts')
    expect(paths).toContain('.ci/run')
  })

  it('names only files and folders that exist', () => {
    expect(paths.filter((p) => !exists(p))).toEqual([])
  })
})
