import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { dbLimitDefaults } from '@cr/db/limits'
import type { TBackupKeySource } from '@cr/db/backup/key'
import type { TFieldKeys } from './lib/crypto/field-cipher.ts'
import type { TBackupSchedule } from './modules/backups/schedule.ts'
import { loadFieldKeyRing } from './lib/crypto/field-keys.ts'
import { fixedClock, systemClock, type TClock } from './lib/clock.ts'

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** How long to wait for the database; see `dbLimitDefaults` in @cr/db/client for why. */
const ZDbEnv = z.object({
  DB_STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(dbLimitDefaults.statementTimeoutMs),
  /** Default: the statement timeout + 1 s. */
  DB_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).optional(),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(dbLimitDefaults.connectTimeoutMs),
  DB_READY_TIMEOUT_MS: z.coerce.number().int().min(100).default(dbLimitDefaults.readyTimeoutMs),
  /** Connections one API process opens at most (README: the connection budget). */
  DB_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
})

export type TDbConfig = {
  statementTimeoutMs: number
  queryTimeoutMs: number
  connectTimeoutMs: number
  /** `/api/health/ready` answers 503 when a fresh connection's `SELECT 1` takes longer. */
  readyTimeoutMs: number
  /** The pool's size: connections this process opens at most. */
  poolMax: number
}

const dbConfig = (e: z.infer<typeof ZDbEnv>): TDbConfig => ({
  statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
  queryTimeoutMs:
    e.DB_QUERY_TIMEOUT_MS ?? e.DB_STATEMENT_TIMEOUT_MS + dbLimitDefaults.queryTimeoutMarginMs,
  connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
  readyTimeoutMs: e.DB_READY_TIMEOUT_MS,
  poolMax: e.DB_POOL_MAX,
})

/** The database limits with no environment set (what tests and `pnpm start` run with). */
export const defaultDbConfig: TDbConfig = dbConfig(ZDbEnv.parse({}))

const ZEnv = ZDbEnv.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ADMIN_USERNAME: z.string().default('admin'),
  ADMIN_PASSWORD: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(120).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24).default(12),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  ANONYMOUS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  WEB_DIST: z.string().default(path.join(repoRoot, 'apps/web/dist')),
  FIELD_ENCRYPTION_KEY: z.string().optional(),
  BLIND_INDEX_KEY: z.string().optional(),
  /** The version of the pair above (1..255), and the older pairs still to read (field-keys.ts). */
  FIELD_KEY_VERSION: z.string().optional(),
  FIELD_PREVIOUS_KEYS: z.string().optional(),
  /** off: this process does not re-encrypt older rows in the background (another one does). */
  FIELD_KEY_ROTATION: z.enum(['background', 'off']).default('background'),
  /** The key of backups made by the server (POST /api/v1/backups): a passphrase or a key file. */
  BACKUP_PASSPHRASE: z.string().optional(),
  BACKUP_KEY_FILE: z.string().optional(),
  /** Scheduled backups (with a backup key): every N hours (0: none), keeping N daily, M monthly. */
  BACKUP_EVERY_HOURS: z.coerce.number().int().min(0).default(24),
  BACKUP_KEEP_DAILY: z.coerce.number().int().min(1).default(7),
  BACKUP_KEEP_MONTHLY: z.coerce.number().int().min(0).default(12),
  /** Prometheus metrics on a port of their own (lib/metrics-server.ts); off unless set. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().default('127.0.0.1'),
  /** For end-to-end tests and demonstrations only: the business day (or instant) it always is. */
  CR_FIXED_NOW: z.string().optional(),
})

export type TConfig = {
  port: number
  host: string
  databaseUrl: string | undefined
  dataDir: string
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL']
  adminUsername: string
  adminPassword: string | undefined
  sessionIdleMs: number
  sessionAbsoluteMs: number
  cookieSecure: 'auto' | boolean
  trustProxy: boolean
  rateLimitPerMinute: number
  loginRateLimitPerMinute: number
  /** Requests without a valid credential (public routes, refusals with 401), per client address. */
  anonymousRateLimitPerMinute: number
  webDist: string | null
  /** Keys for encrypted personal-data fields (ID numbers). */
  fieldKeys: TFieldKeys
  /** Older key versions, kept to read (and re-encrypt) what they encrypted; none by default. */
  previousFieldKeys?: TFieldKeys[]
  /** Whether this process re-encrypts older rows after a rotation (default: background). */
  fieldKeyRotation?: 'background' | 'off'
  db: TDbConfig
  /** Where business dates come from (lib/clock.ts): the system clock unless CR_FIXED_NOW. */
  clock: TClock
  /** Set when the clock is fixed, so the server can say so when it starts. */
  fixedNow: string | undefined
  /** Where `GET /metrics` listens; null: not served. */
  metrics: { port: number; host: string } | null
  /** The key of the backups the server makes; unset: it refuses to make one (README "Backups"). */
  backupKey?: TBackupKeySource
  /** Backups the server makes by itself (needs `backupKey`); unset: none. */
  backupSchedule?: TBackupSchedule
  /** The job queue's scheduled tasks (src/job-tasks.ts): on in the server, off in most tests. */
  jobSchedules: boolean
}

/** Reads the environment once, at start; the rest of the code receives a typed config. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): TConfig => {
  const e = ZEnv.parse(env)
  const keys = loadFieldKeyRing({
    encryptionKey: e.FIELD_ENCRYPTION_KEY,
    indexKey: e.BLIND_INDEX_KEY,
    version: e.FIELD_KEY_VERSION,
    previous: e.FIELD_PREVIOUS_KEYS,
    dataDir: e.DATA_DIR,
    embedded: !e.DATABASE_URL,
  })
  return {
    port: e.PORT,
    host: e.HOST,
    metrics: e.METRICS_PORT === undefined ? null : { port: e.METRICS_PORT, host: e.METRICS_HOST },
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    adminUsername: e.ADMIN_USERNAME,
    adminPassword: e.ADMIN_PASSWORD || undefined,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true',
    trustProxy: e.TRUST_PROXY === 'true',
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    anonymousRateLimitPerMinute: e.ANONYMOUS_RATE_LIMIT_PER_MINUTE,
    webDist: e.WEB_DIST,
    fieldKeys: keys.current,
    previousFieldKeys: keys.previous,
    fieldKeyRotation: e.FIELD_KEY_ROTATION,
    db: dbConfig(e),
    clock: e.CR_FIXED_NOW ? fixedClock(e.CR_FIXED_NOW) : systemClock,
    fixedNow: e.CR_FIXED_NOW || undefined,
    backupKey: e.BACKUP_KEY_FILE
      ? { keyFile: e.BACKUP_KEY_FILE }
      : e.BACKUP_PASSPHRASE
        ? { passphrase: e.BACKUP_PASSPHRASE }
        : undefined,
    backupSchedule:
      e.BACKUP_EVERY_HOURS > 0
        ? {
            everyHours: e.BACKUP_EVERY_HOURS,
            daily: e.BACKUP_KEEP_DAILY,
            monthly: e.BACKUP_KEEP_MONTHLY,
          }
        : undefined,
    jobSchedules: true,
  }
}
