// Vitest globalSetup for any package whose tests need PostgreSQL. Reference it from that
// package's vitest.config.ts:
//   test: { globalSetup: ['../../prisma/src/testing/global-setup.ts'] }
// It runs in the main process, before any worker starts: it starts the test cluster (or uses
// TEST_DATABASE_URL / DATABASE_URL), rebuilds the `cr_template` database from
// prisma/migrations, and hands the admin URL to the workers, where `createTestDatabase()`
// clones the template for each test file.
//
// In a root run with several projects (`vitest.config.ts` at the repository root) every
// project that references this file calls it, concurrently, in the same process. The work is
// done once and shared: two schema engines applying migrations at once in one process make the
// WebAssembly engine panic, and the template would be rebuilt under the other project's feet.
import type { TestProject } from 'vitest/node'
import {
  ADMIN_URL_KEY,
  ensureTestCluster,
  prepareTemplate,
  type TestCluster,
} from './test-databases.ts'
import { dropStaleTestDatabases } from './admin.ts'

type TShared = { ready: Promise<TestCluster>; users: number }
const key = Symbol.for('cr.db.testing.global-setup')
const registry = globalThis as { [key]?: TShared }

const startOnce = async (): Promise<TestCluster> => {
  const cluster = await ensureTestCluster()
  try {
    // Only on our own cluster: on a shared server a PID says nothing about other machines' runs.
    if (cluster.embedded) await dropStaleTestDatabases(cluster.adminUrl)
    await prepareTemplate(cluster.adminUrl)
  } catch (error) {
    await cluster.stop()
    throw error
  }
  return cluster
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (registry[key] ??= { ready: startOnce(), users: 0 })
  shared.users++
  const cluster = await shared.ready
  project.provide(ADMIN_URL_KEY, cluster.adminUrl)
  return async () => {
    if (--shared.users > 0) return
    delete registry[key]
    await cluster.stop()
  }
}
