// The one setting the import benchmark's app runs with that src/server.ts's does not: the
// pool's statement_timeout. createDb's default (5 s) cancels the engine's `COPY stage`
// statement, which stays open while the whole file is read, so a 100k-row ledger fails with
// import_failed on the real server; the bench lifts it to measure the import at all and says so
// in its report.
export const liftedStatementTimeoutMs = 600_000
