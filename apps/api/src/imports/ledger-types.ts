import type { TPermission } from '@cr/shared/auth/roles'
import type { TImportType } from '@cr/shared/imports/import-job'
import type { TActor } from '../lib/actor.ts'
import type { TFieldCipher } from '../lib/crypto/field-cipher.ts'
import type { TTransaction } from '../lib/db-types.ts'
import { partyRosterImport } from '../modules/party-members/party-members.import.ts'
import { residentsImport } from '../modules/residents/residents.import.ts'
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
 * The ledger types the engine knows, by their URL/CLI key. A record module keeps its type in
 * `modules/<module>/<module>.import.ts` and adds one line here.
 */
export const ledgerTypes: Record<TImportType, TRegisteredLedger> = {
  residents: residentsImport as unknown as TRegisteredLedger,
  'party-members': partyRosterImport as unknown as TRegisteredLedger,
}
