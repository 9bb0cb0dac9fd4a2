// `pnpm db:migration <name> [--append extra.sql]`
// Diffs prisma/schema.prisma against the schema of the last migration and writes
// prisma/migrations/<UTC yyyyMMddHHmmss>_<name>/migration.sql. Needs no database.
// --append adds hand-written SQL (extensions, triggers, partial indexes, grants) after the
// generated statements; with no schema change it makes a migration of that SQL alone.
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createMigration } from '../create-migration.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { append: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
})
if (values.help || positionals.length === 0) {
  console.error('usage: pnpm db:migration <name> [--append file.sql]')
  process.exit(values.help ? 0 : 2)
}

try {
  // pnpm runs this in prisma/; INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const appendSql = values.append
    ? await fs.readFile(path.resolve(cwd, values.append), 'utf8')
    : undefined
  const result = await createMigration({ name: positionals.join('_'), appendSql })
  if (result.name === null) {
    console.log('schema.prisma has not changed since the last migration: nothing written.')
  } else {
    console.log(`Created prisma/migrations/${result.name}/migration.sql\n\n${result.sql}`)
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
