import type { TLedgerRegistry } from './imports/ledger-registry.ts'
import { registered } from './imports/ledger-registry.ts'
import { coBuildingImport } from './modules/co-building/co-building.import.ts'
import { rentalContractsImport } from './modules/rentals/rental-contracts.import.ts'
import { partyRosterImport } from './modules/party-members/party-members.import.ts'
import { temporaryResidentsImport } from './modules/rentals/temporary-residents.import.ts'
import { residentsImport } from './modules/residents/residents.import.ts'
import { subsidyRollImport } from './modules/subsidies/subsidy-cases.import.ts'
import { patrolRegisterImport } from './modules/patrol/patrol-register-import.ts'

/**
 * The ledger types the import engine runs (`imports/ledger-registry.ts`), by their URL/CLI key
 * (`importTypes` in `packages/shared/src/imports`). A record module keeps its type in
 * `modules/<module>/<module>.import.ts` and adds one line here, as it adds one to `routes.ts`.
 */
export const ledgerTypes: TLedgerRegistry = {
  residents: registered(residentsImport),
  'party-members': registered(partyRosterImport),
  'co-building-units': registered(coBuildingImport),
  'rental-contracts': registered(rentalContractsImport),
  'temporary-residents': registered(temporaryResidentsImport),
  'subsidy-cases': registered(subsidyRollImport),
  'patrol-register': registered(patrolRegisterImport),
}
