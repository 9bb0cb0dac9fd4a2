// `pnpm db:migrate` — applies pending migrations, like `prisma migrate deploy`.
// Target: DATABASE_URL when set; otherwise the embedded development cluster in
// <repo>/.data/postgres, started for the occasion and stopped afterwards (unless another
// process such as the dev server is running it, in which case it is left alone).
import { startEmbeddedPostgres, type EmbeddedCluster } from '../embedded.ts'
import { applyMigrations } from '../migrate.ts'

let cluster: EmbeddedCluster | undefined
try {
  const url = process.env.DATABASE_URL || (cluster = await startEmbeddedPostgres()).connectionString
  const where = cluster ? `embedded PostgreSQL on port ${cluster.port}` : 'DATABASE_URL'
  const applied = await applyMigrations({ connectionString: url })
  if (applied.length === 0) console.log(`No pending migrations (${where}).`)
  else
    console.log(
      `Applied ${applied.length} migration(s) to ${where}:\n${applied.map((n) => `  ${n}`).join('\n')}`,
    )
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await cluster?.stop()
}
