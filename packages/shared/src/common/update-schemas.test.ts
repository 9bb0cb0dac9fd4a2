import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

/**
 * Every record's change schema (`Z…Update`) in the package: a PATCH that names nothing changes
 * nothing. A default that comes back in a change schema overwrites a stored value the clerk did
 * not touch (it happened to inspections' checked items, party dues standards, tags).
 */
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')
        ? [join(dir, entry.name)]
        : [],
  )

const updateSchemas = async () => {
  const found: [string, z.ZodType][] = []
  for (const file of sourceFiles(join(import.meta.dirname, '..'))) {
    const module = (await import(file)) as Record<string, unknown>
    for (const [name, value] of Object.entries(module))
      if (/^Z\w+Update$/.test(name) && value instanceof z.ZodType) found.push([name, value])
  }
  return found
}

describe('change schemas', () => {
  it('add nothing to an empty change: no default comes back', async () => {
    const schemas = await updateSchemas()
    expect(schemas.length).toBeGreaterThan(10)
    for (const [name, schema] of schemas) {
      const result = schema.safeParse({})
      // Some refuse an empty change outright (nothing to change); none may fill one in.
      if (result.success) expect(result.data, name).toEqual({})
    }
  })
})
