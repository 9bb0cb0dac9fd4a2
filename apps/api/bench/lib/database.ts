// The databases a bench run uses, made with the same helpers as the tests (prisma/src/testing):
//
// - the cluster: the embedded test cluster (`.data/test-postgres`), or TEST_DATABASE_URL /
//   DATABASE_URL as for the tests;
// - a fresh, migrated database for the scenarios that seed their own small data: a template
//   migrated from prisma/migrations under a name of this run's own, and a clone of it. Names
//   start with `cr_test_<pid>_`, so if this process dies without cleaning up, the next test or
//   bench run on the embedded cluster drops them (dropStaleTestDatabases matches that prefix by
//   dead PID);
// - kept datasets (scenario.dataset, e.g. 1M residents): databases that outlive the run because
//   loading them costs a minute; see residents/dataset.ts.
import { dropStaleTestDatabases, admin } from '@cr/db/testing/admin'
import {
  createTestDatabase,
  ensureTestCluster,
  prepareTemplate,
} from '@cr/db/testing/test-databases'
import type { TCleanup } from './cleanup.ts'

export type TBenchCluster = { adminUrl: string; embedded: boolean }
export type TBenchDatabase = { name: string; connectionString: string; embedded: boolean }

/** Starts (or joins) the test cluster; stopped at teardown unless a test run still uses it. */
export const openBenchCluster = async (cleanup: TCleanup): Promise<TBenchCluster> => {
  const cluster = await ensureTestCluster()
  // Stops the embedded cluster only if no other process (a test run) still holds a lease on it.
  cleanup.defer('stop the cluster', () => cluster.stop())
  if (cluster.embedded) await dropStaleTestDatabases(cluster.adminUrl)
  return { adminUrl: cluster.adminUrl, embedded: cluster.embedded }
}

export type TFreshDatabases = {
  /** A new clone of the run's migrated template, dropped at teardown (or earlier by `drop`). */
  clone(label: string): Promise<TBenchDatabase & { drop(): Promise<unknown> }>
  /** Drops the template once no more clones are needed. */
  close(): Promise<void>
}

/**
 * Fresh migrated databases for this run: the template is migrated once, then cloned as often as
 * asked (the import benchmark measures each side on a database of its own).
 */
export const openFreshDatabases = async (
  cluster: TBenchCluster,
  cleanup: TCleanup,
  purpose: string,
): Promise<TFreshDatabases> => {
  const template = `cr_test_${process.pid}_${purpose}_template`
  const dropTemplate = () =>
    admin(cluster.adminUrl, (c) =>
      c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(template)} WITH (FORCE)`),
    )
  cleanup.defer(`drop the ${purpose} template`, dropTemplate)
  await prepareTemplate(cluster.adminUrl, { template })
  return {
    clone: async (label) => {
      const database = await createTestDatabase(`cr_test_${process.pid}_${label}`, {
        adminUrl: cluster.adminUrl,
        template,
      })
      cleanup.defer(`drop ${database.name}`, () => database.drop())
      return {
        name: database.name,
        connectionString: database.connectionString,
        embedded: cluster.embedded,
        drop: database.drop,
      }
    },
    close: async () => {
      await dropTemplate()
    },
  }
}

/** A fresh migrated database for this run, dropped at teardown. */
export const openFreshDatabase = async (
  cluster: TBenchCluster,
  cleanup: TCleanup,
): Promise<TBenchDatabase> => {
  const databases = await openFreshDatabases(cluster, cleanup, 'bench')
  const { drop: _drop, ...database } = await databases.clone('bench')
  // The template has served its purpose; drop it now rather than hold it for the whole run.
  await databases.close()
  return database
}
