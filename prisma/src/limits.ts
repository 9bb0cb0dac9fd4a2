/**
 * How long the application waits for the database (QUALITY.md 2.6: a lost or hung database
 * answers 503 within seconds, never hangs a request). The API's config reads them from the
 * environment with these defaults.
 */
export const dbLimitDefaults = {
  /** Server-side limit per statement (PostgreSQL `statement_timeout`). */
  statementTimeoutMs: 5000,
  /**
   * Client-side limit per query, for when the server cannot enforce its own (frozen, unreachable
   * without a reset). A little above the statement timeout, so a live server's own cancel
   * (with its precise error) normally comes first.
   */
  queryTimeoutMarginMs: 1000,
  /** Connecting, and waiting for a free pooled connection. */
  connectTimeoutMs: 2000,
  /** Readiness: a fresh connection and `SELECT 1`, together. */
  readyTimeoutMs: 1000,
}
