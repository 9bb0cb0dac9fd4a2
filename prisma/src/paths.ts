// Where things live on disk, computed from this file's location rather than process.cwd():
// `pnpm --filter @cr/db …`, `pnpm -r test` and the API server all start in different
// directories, and they must agree on one migrations folder and one data folder.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** /…/repo/prisma — the @cr/db package. */
export const packageDir = fileURLToPath(new URL('..', import.meta.url))
/** /…/repo — the monorepo root (`.data/` is git-ignored there). */
export const repoRoot = path.resolve(packageDir, '..')

export const schemaPath = path.join(packageDir, 'schema.prisma')
export const migrationsDir = path.join(packageDir, 'migrations')
/** Data folder of the development cluster (`pnpm db:migrate`, `pnpm dev`). */
export const devDataDir = path.join(repoRoot, '.data', 'postgres')
/** Data folder of the test cluster: separate, so tests never touch development data. */
export const testDataDir = path.join(repoRoot, '.data', 'test-postgres')
