import type { TImportType } from '@cr/shared/imports/import-job'
import { useCan } from '@/lib/auth'

/**
 * The ledger types this user may upload (and download the template of): the residents ledger
 * with registry rights, the party roster (党员花名册) with party rights, the co-building units
 * (共建单位台账) for party administrators, who keep them, and with registry rights the two rental
 * ledgers: 出租房屋治安责任书 (contracts) and 暂住人口 (temporary residents); with subsidy rights
 * (clerks) the 低保花名册, whose rows become cases in payment.
 */
export const useUploadTypes = (): TImportType[] => {
  const registry = useCan('registry:write')
  const party = useCan('party:write')
  const partyAdmin = useCan('party:admin')
  const subsidy = useCan('subsidy:write')
  const patrol = useCan('patrol:write')
  return [
    ...(registry ? (['residents', 'rental-contracts', 'temporary-residents'] as const) : []),
    ...(party ? (['party-members'] as const) : []),
    ...(partyAdmin ? (['co-building-units'] as const) : []),
    ...(subsidy ? (['subsidy-cases'] as const) : []),
    // 巡逻登记簿: each row a patrol log of a team already set up.
    ...(patrol ? (['patrol-register'] as const) : []),
  ]
}
