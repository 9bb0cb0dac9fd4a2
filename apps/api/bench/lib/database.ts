// A fresh, migrated database for one bench run, made with the same helpers as the tests
// (prisma/src/testing): the test cluster (or TEST_DATABASE_URL / DATABASE_URL), a template
// migrated from prisma/migrations under a name of this run's own, and a clone of it. Names start
// with `cr_test_<pid>_`, so if this process dies without cleaning up, the next test or bench run
// on the embedded cluster drops them (dropStaleTestDatabases matches that prefix by dead PID).
import { dropStaleTestDatabases, admin } from '@cr/db/testing/admin'
import {
  createTestDatabase,
  ensureTestCluster,
  prepareTemplate,
} from '@cr/db/testing/test-databases'
import type { TCleanup } from './cleanup.ts'

export type TBenchDatabase = { name: string; connectionString: string; embedded: boolean }

export const openBenchDatabase = async (cleanup: TCleanup): Promise<TBenchDatabase> => {
  const cluster = await ensureTestCluster()
  // Stops the embedded cluster only if no other process (a test run) still holds a lease on it.
  cleanup.defer('stop the cluster', () => cluster.stop())
  if (cluster.embedded) await dropStaleTestDatabases(cluster.adminUrl)

  const template = `cr_test_${process.pid}_bench_template`
  const dropTemplate = () =>
    admin(cluster.adminUrl, (c) =>
      c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(template)} WITH (FORCE)`),
    )
  cleanup.defer('drop the template', dropTemplate)
  await prepareTemplate(cluster.adminUrl, { template })

  const database = await createTestDatabase(`cr_test_${process.pid}_bench`, {
    adminUrl: cluster.adminUrl,
    template,
  })
  cleanup.defer('drop the database', () => database.drop())
  // The template has served its purpose; drop it now rather than hold it for the whole run.
  await dropTemplate()
  return {
    name: database.name,
    connectionString: database.connectionString,
    embedded: cluster.embedded,
  }
}
