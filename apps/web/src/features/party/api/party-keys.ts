import type { TPageSearch } from '@/lib/search-params'
import type { TMemberListFilters } from '../utils/member-search'

/** Query keys of the party module; a life-cycle step invalidates `all` (rosters, rolls, trees). */
export const partyKeys = {
  all: ['party'] as const,
  organizations: () => [...partyKeys.all, 'organizations'] as const,
  members: () => [...partyKeys.all, 'members'] as const,
  memberList: (filters: TMemberListFilters & TPageSearch) =>
    [...partyKeys.members(), 'list', filters] as const,
  member: (id: string) => [...partyKeys.members(), 'detail', id] as const,
  history: (id: string) => [...partyKeys.members(), 'history', id] as const,
  evaluations: (id: string) => [...partyKeys.members(), 'evaluations', id] as const,
  roster: (organizationId: string) => [...partyKeys.members(), 'roster', organizationId] as const,
  dues: (organizationId: string, month: string) =>
    [...partyKeys.all, 'dues', organizationId, month] as const,
  meetings: (organizationId: string) => [...partyKeys.all, 'meetings', organizationId] as const,
  meeting: (id: string) => [...partyKeys.all, 'meeting', id] as const,
  compliance: (organizationId: string, period: string) =>
    [...partyKeys.all, 'compliance', organizationId, period] as const,
  transfer: (id: string) => [...partyKeys.all, 'transfer', id] as const,
  reminders: () => [...partyKeys.all, 'reminders'] as const,
}

/** 共建单位: apart from `partyKeys.all`, which every member step refreshes. */
export const coBuildingKeys = {
  all: ['co-building'] as const,
  list: (query: { q?: string; page: number; limit: number }) =>
    [...coBuildingKeys.all, 'list', query] as const,
  detail: (id: string) => [...coBuildingKeys.all, 'detail', id] as const,
}
