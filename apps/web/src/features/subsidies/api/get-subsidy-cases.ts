import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { ZSubsidyCasePage } from '@cr/shared/subsidies/subsidy-case'
import { apiRequest } from '@/lib/api-client'
import { toSubsidyCaseListQuery, type TSubsidyCasesSearch } from '../utils/subsidy-case-search'
import { subsidyCaseKeys } from './subsidy-case-keys'

/** One numbered page of 低保案件. */
export const getSubsidyCasesQueryOptions = (search: TSubsidyCasesSearch) =>
  queryOptions({
    queryKey: subsidyCaseKeys.list(search),
    queryFn: ({ signal }) =>
      apiRequest(
        '/subsidy-cases',
        { query: toSubsidyCaseListQuery(search), signal },
        ZSubsidyCasePage,
      ),
    placeholderData: keepPreviousData,
  })

export const useSubsidyCases = (search: TSubsidyCasesSearch) =>
  useQuery(getSubsidyCasesQueryOptions(search))

/**
 * The cases in 公示 (of one committee, or every committee in scope), for the notice board's
 * list: a notice board holds a few dozen at most, so one page of 100 is all of them.
 */
export const usePublicNoticeCases = (committeeId: string | undefined) =>
  useQuery({
    queryKey: subsidyCaseKeys.publicNotice(committeeId),
    queryFn: ({ signal }) =>
      apiRequest(
        '/subsidy-cases',
        { query: { stage: 'publicizing', committeeId, limit: 100, sort: 'appliedOn' }, signal },
        ZSubsidyCasePage,
      ),
  })
