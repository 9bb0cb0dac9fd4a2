import type { TResident } from '@cr/shared/residents/resident'

export type THouseholdOption = { id: string; address: string; head?: string; names: string[] }

/** The distinct households of some residents, with the head when one of them is it. */
export const householdsOfResidents = (residents: readonly TResident[]): THouseholdOption[] => {
  const byId = new Map<string, THouseholdOption>()
  for (const r of residents) {
    if (!r.household) continue
    const option = byId.get(r.household.id) ?? {
      id: r.household.id,
      address: r.household.address,
      names: [],
    }
    option.names.push(r.name)
    if (r.household.isHead) option.head = r.name
    byId.set(option.id, option)
  }
  return [...byId.values()]
}
