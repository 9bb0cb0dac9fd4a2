import type { TPermission } from '@cr/shared/auth/roles'
import type { TImportType } from '@cr/shared/imports/import-job'
import type { TActor } from '../lib/actor.ts'
import type { TFieldCipher } from '../lib/crypto/field-cipher.ts'
import type { TTransaction } from '../lib/db-types.ts'
import type { TLedgerType, TLedgerWriter } from './ledger-type.ts'
import type { TNaturalKey } from './read-ledger.ts'

/**
 * A ledger type as the engine runs it: the columns and row builder (`ledger`), the permission an
 * import of it needs, the context its rows are built with, and its writer.
 */
export type TRegisteredLedger<K extends string = string, R = unknown, C = unknown> = {
  ledger: TLedgerType<K, R, C> & { naturalKey?: TNaturalKey<R, K> }
  permission: TPermission
  /** Resolved once per run: what rows are checked against (the actor's committees…). */
  context: (db: TTransaction, actor: TActor, options: { committeeId?: string }) => Promise<C>
  writer: (cipher: TFieldCipher) => TLedgerWriter<R>
}

/**
 * The ledger types the engine runs, by their URL/CLI key. The engine is given its registry by
 * the app (`src/ledger-types.ts`, one line per type, like `routes.ts`): it knows no record
 * module, so the modules may use the engine without an import cycle.
 */
export type TLedgerRegistry = Readonly<Record<TImportType, TRegisteredLedger>>

/** A module's type as the registry holds it (its own key, row and context types erased). */
export const registered = <K extends string, R, C>(type: TRegisteredLedger<K, R, C>) =>
  type as unknown as TRegisteredLedger
