import type { Db, Prisma } from '@cr/db/client'

/** The database handle the app is built with: Prisma plus the raw `pg` pool it shares. */
export type TDb = Db
/**
 * A Prisma client usable for reads and writes, inside or outside a transaction. Services take
 * this, so the same function serves a handler's read and a write inside `write()`.
 */
export type TTransaction = Prisma.TransactionClient
