import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  ZSubsidyCase,
  type ZSubsidyCaseCreate,
  type ZSubsidyCaseUpdate,
} from '@cr/shared/subsidies/subsidy-case'
import type { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { editSnapshot } from '@/lib/query-client'
import { recordRoots } from '@/lib/record-keys'
import { getSubsidyCaseQueryOptions } from './get-subsidy-case'
import { subsidyCaseKeys } from './subsidy-case-keys'

/** Every write: the case, its lists, and the household's and residents' pages that show it. */
const useInvalidateCases = () => {
  const queryClient = useQueryClient()
  return () =>
    Promise.all(
      [subsidyCaseKeys.all, recordRoots.households, recordRoots.residents].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    )
}

/** 受理申请: POST with an Idempotency-Key (a retry after a timeout opens one case). */
export const useCreateSubsidyCase = () => {
  const invalidate = useInvalidateCases()
  return useMutation({
    mutationFn: ({
      data,
      idempotencyKey,
    }: {
      data: z.input<typeof ZSubsidyCaseCreate>
      idempotencyKey: string
    }) =>
      apiRequest('/subsidy-cases', { method: 'POST', body: data, idempotencyKey }, ZSubsidyCase),
    onSuccess: invalidate,
  })
}

/** Fetched fresh before editing: the form's If-Match must be the current version. */
export const useSubsidyCaseForEdit = (id: string) =>
  useQuery({ ...getSubsidyCaseQueryOptions(id), ...editSnapshot })

/** PATCH with If-Match: materials, the declaration, classification, bank account, notes. */
export const useUpdateSubsidyCase = () => {
  const invalidate = useInvalidateCases()
  return useMutation({
    mutationFn: ({
      id,
      version,
      data,
    }: {
      id: string
      version: number
      data: z.output<typeof ZSubsidyCaseUpdate>
    }) =>
      apiRequest(
        `/subsidy-cases/${encodeURIComponent(id)}`,
        { method: 'PATCH', body: data, ifMatch: version },
        ZSubsidyCase,
      ),
    onSuccess: invalidate,
  })
}

/** The steps' paths: `POST /subsidy-cases/:id/<verb>` (the step `street_review` is `street-review`). */
export const subsidyStepVerbs = {
  investigate: 'investigate',
  deliberate: 'deliberate',
  publicize: 'publicize',
  object: 'object',
  street_review: 'street-review',
  approve: 'approve',
  review: 'review',
  report_change: 'report-change',
  suspend: 'suspend',
  resume: 'resume',
  stop: 'stop',
  refuse: 'refuse',
} as const
export type TSubsidyCaseStep = keyof typeof subsidyStepVerbs

/** One dated step of a case, on the version the clerk saw (If-Match). */
export const useSubsidyCaseStep = (step: TSubsidyCaseStep) => {
  const invalidate = useInvalidateCases()
  return useMutation({
    mutationFn: ({
      id,
      version,
      data,
      idempotencyKey,
    }: {
      id: string
      version: number
      data: object
      idempotencyKey: string
    }) =>
      apiRequest(
        `/subsidy-cases/${encodeURIComponent(id)}/${subsidyStepVerbs[step]}`,
        { method: 'POST', body: data, ifMatch: version, idempotencyKey },
        ZSubsidyCase,
      ),
    onSuccess: invalidate,
  })
}
