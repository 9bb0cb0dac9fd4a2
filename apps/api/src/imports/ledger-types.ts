import { residentsLedger } from '../modules/residents/residents.import.ts'

/**
 * The ledger types the engine knows, by their URL/CLI key. A record module keeps its type in
 * `modules/<module>/<module>.import.ts` and adds one line here.
 */
export const ledgerTypes = { residents: residentsLedger } as const
export type TLedgerTypeKey = keyof typeof ledgerTypes
