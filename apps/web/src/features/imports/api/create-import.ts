import { useMutation, useQueryClient } from '@tanstack/react-query'
import { problemContentType } from '@cr/shared/common/problem'
import { ZImportJob, type ZImportCreateOptions } from '@cr/shared/imports/import-job'
import type { z } from 'zod'
import { apiBase } from '@/lib/api-client'
import { toAcceptLanguage } from '@/lib/language'
import { i18n } from '@/lib/i18n'
import { ProblemError, networkProblem, problemFromBody } from '@/lib/problem'
import { importKeys } from './import-keys'

export type TCreateImportInput = { file: File; options: z.input<typeof ZImportCreateOptions> }

/**
 * Uploads a ledger as multipart/form-data (the `options` part first, as the server reads it
 * before the file). The shared api client speaks JSON only, so this one request is sent here.
 * Answers with the queued job (202); poll it with `useImport`.
 */
export const createImport = async ({ file, options }: TCreateImportInput) => {
  const body = new FormData()
  body.append('options', JSON.stringify(options))
  body.append('file', file, file.name)
  let response: Response
  try {
    response = await fetch(`${apiBase}/imports`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: `application/json, ${problemContentType}`,
        'Accept-Language': toAcceptLanguage(i18n.language ?? 'zh-CN'),
      },
      body,
    })
  } catch {
    throw networkProblem()
  }
  const json: unknown = await response.json().catch(() => null)
  if (!response.ok) throw problemFromBody(response.status, json)
  const parsed = ZImportJob.safeParse(json)
  if (!parsed.success) {
    throw new ProblemError({
      status: response.status,
      code: 'invalid_response',
      title: 'Invalid response',
    })
  }
  return parsed.data
}

export const useCreateImport = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createImport,
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.detail(job.id), job)
      return queryClient.invalidateQueries({ queryKey: importKeys.lists() })
    },
  })
}
