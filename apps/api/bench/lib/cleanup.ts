// Teardown that happens however the run ends: each resource registers its undo right after it
// is created, and the undos run newest first on success, on a thrown error and on Ctrl-C, so a
// failed or interrupted bench leaves no database or cluster behind.

type TUndo = { label: string; fn: () => Promise<unknown> | unknown }

export type TCleanup = {
  defer(label: string, fn: TUndo['fn']): void
  run(): Promise<void>
  /** Aborted when the teardown starts: load in progress stops issuing requests. */
  signal: AbortSignal
}

export const createCleanup = (): TCleanup => {
  const undos: TUndo[] = []
  const stopping = new AbortController()
  let running: Promise<void> | undefined
  const run = () =>
    (running ??= (async () => {
      stopping.abort()
      for (const { label, fn } of undos.splice(0).reverse()) {
        try {
          await fn()
        } catch (error) {
          console.error(`[bench] cleanup "${label}" failed: ${(error as Error).message}`)
        }
      }
    })())
  return { defer: (label, fn) => void undos.push({ label, fn }), run, signal: stopping.signal }
}

/**
 * On SIGINT/SIGTERM: tear down, then exit with the conventional 128 + signal number. A second
 * Ctrl-C is ignored (the teardown is what stops the database cluster); a third exits at once.
 */
export const cleanupOnSignals = (cleanup: TCleanup) => {
  let received = 0
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(signal, () => {
      received++
      if (received === 1) {
        console.error(`\n[bench] ${signal}: cleaning up…`)
        void cleanup.run().finally(() => process.exit(code))
      } else if (received === 2) {
        console.error('[bench] still cleaning up (once more to exit without it)')
      } else process.exit(code)
    })
  }
}
