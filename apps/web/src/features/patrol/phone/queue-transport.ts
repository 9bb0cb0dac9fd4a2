import { problemContentType } from '@cr/shared/common/problem'
import { toAcceptLanguage } from '@/lib/language'
import { i18n } from '@/lib/i18n'
import { apiBase } from '@/lib/api-client'
import { parseRetryAfter, problemFromBody } from '@/lib/problem'
import { isRetryableStatus, type TQueueTransport, type TSendResult } from './offline-queue'

const readJson = async (response: Response): Promise<unknown> => {
  try {
    return await response.json()
  } catch {
    return null
  }
}

/** The queue's sender over fetch: JSON or a multipart photo, each with its Idempotency-Key. */
export const fetchTransport: TQueueTransport = {
  send: async ({ key, method, path, body }): Promise<TSendResult> => {
    const headers = new Headers({
      Accept: `application/json, ${problemContentType}`,
      'Accept-Language': toAcceptLanguage(i18n.language ?? 'zh-CN'),
      'Idempotency-Key': key,
    })
    let payload: BodyInit
    if (body.kind === 'json') {
      headers.set('Content-Type', 'application/json')
      payload = JSON.stringify(body.value)
    } else {
      const form = new FormData()
      form.append('file', body.blob, body.name)
      payload = form
    }
    let response: Response
    try {
      response = await fetch(`${apiBase}${path}`, {
        method,
        credentials: 'same-origin',
        headers,
        body: payload,
      })
    } catch {
      return { kind: 'retry', status: null }
    }
    const json = await readJson(response)
    if (response.ok) return { kind: 'ok', body: json }
    if (isRetryableStatus(response.status))
      return {
        kind: 'retry',
        status: response.status,
        retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
      }
    const problem = problemFromBody(response.status, json)
    const field = problem.errors[0]?.message
    return {
      kind: 'refused',
      status: response.status,
      message: [problem.detail ?? problem.title, field].filter(Boolean).join('：'),
    }
  },
}
