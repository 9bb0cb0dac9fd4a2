import { residentsLedger } from './residents.import.ts'

/**
 * The ledger types the engine knows, by their URL/CLI key. A record module adds one line here
 * (and, once the modules own them, imports its `<module>.import.ts`).
 */
export const ledgerTypes = { residents: residentsLedger } as const
export type TLedgerTypeKey = keyof typeof ledgerTypes
