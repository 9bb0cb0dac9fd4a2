import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import {
  ZAssistanceCase,
  ZAssistanceCasePage,
  ZAssistanceFund,
  type ZAssistanceApprove,
  type ZAssistanceCaseCreate,
  type ZAssistanceFundDeposit,
  type ZAssistancePay,
  type ZAssistanceRefuse,
} from '@cr/shared/subsidies/assistance-case'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { toAssistanceListQuery, type TAssistanceSearch } from '../utils/assistance-search'
import { assistanceKeys } from './assistance-keys'

/** One numbered page of 临时救助 cases with the totals of every matching case. */
export const getAssistanceCasesQueryOptions = (search: TAssistanceSearch) =>
  queryOptions({
    queryKey: assistanceKeys.list(search),
    queryFn: ({ signal }) =>
      apiRequest(
        '/assistance-cases',
        { query: toAssistanceListQuery(search), signal },
        ZAssistanceCasePage,
      ),
    placeholderData: keepPreviousData,
  })
export const useAssistanceCases = (search: TAssistanceSearch) =>
  useQuery(getAssistanceCasesQueryOptions(search))

/** The petty funds in scope: balances per committee and the latest entries. */
export const useAssistanceFund = () =>
  useQuery({
    queryKey: assistanceKeys.fund,
    queryFn: ({ signal }) => apiRequest('/assistance-fund', { signal }, ZAssistanceFund),
  })

/** Every write here changes the list, and a payment or deposit the fund: both are refetched. */
const useAssistanceMutation = <V>(mutationFn: (vars: V) => Promise<unknown>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assistanceKeys.all }),
  })
}

type TCreate = { data: z.input<typeof ZAssistanceCaseCreate>; idempotencyKey: string }
export const useCreateAssistanceCase = () =>
  useAssistanceMutation(({ data, idempotencyKey }: TCreate) =>
    apiRequest(
      '/assistance-cases',
      { method: 'POST', body: data, idempotencyKey },
      ZAssistanceCase,
    ),
  )

export type TAssistanceStepVerb = 'approve' | 'pay' | 'refuse'
type TStepBody = {
  approve: z.output<typeof ZAssistanceApprove>
  pay: z.output<typeof ZAssistancePay>
  refuse: z.output<typeof ZAssistanceRefuse>
}
type TStep<V extends TAssistanceStepVerb> = {
  id: string
  version: number
  data: TStepBody[V]
  idempotencyKey: string
}
/** 审批 / 发放 / 不予救助: `POST /assistance-cases/:id/<verb>` with the case's version. */
export const useAssistanceStep = <V extends TAssistanceStepVerb>(verb: V) =>
  useAssistanceMutation(({ id, version, data, idempotencyKey }: TStep<V>) =>
    apiRequest(
      `/assistance-cases/${encodeURIComponent(id)}/${verb}`,
      { method: 'POST', body: data, ifMatch: version, idempotencyKey },
      ZAssistanceCase,
    ),
  )

type TDeposit = { data: z.input<typeof ZAssistanceFundDeposit>; idempotencyKey: string }
/** 拨入 into a committee's petty fund (supervisors). */
export const useDepositIntoFund = () =>
  useAssistanceMutation(({ data, idempotencyKey }: TDeposit) =>
    apiRequest(
      '/assistance-fund/deposits',
      { method: 'POST', body: data, idempotencyKey },
      ZAssistanceFund,
    ),
  )
