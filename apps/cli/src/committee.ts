import type { TCommittee } from '@cr/shared/committees/committee'
import type { TPage } from '@cr/shared/common/pagination'
import type { TApiClient } from './api-client.ts'
import { CliError } from './cli-error.ts'

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * `--committee` takes what a clerk knows: the committee's name (or its code) as well as its id.
 * A name is looked up among the committees the token can see, and must match exactly once.
 */
export const resolveCommittee = async (api: TApiClient, given: string): Promise<string> => {
  const value = given.trim()
  if (uuid.test(value)) return value
  const page = await api.json<TPage<TCommittee>>('/committees', {
    query: { q: value, limit: '100' },
  })
  const matches = page.items.filter((c) => c.name === value || c.code === value)
  if (matches.length === 1) return matches[0]!.id
  if (matches.length > 1) {
    const listed = matches.map((c) => `${c.name}（${c.code}，${c.id}）`).join('、')
    throw new CliError(`居委会“${value}”不止一个：${listed}；请用编号指定`)
  }
  const similar = page.items.map((c) => c.name).slice(0, 5)
  throw new CliError(
    `找不到居委会“${value}”（或这个令牌无权访问）` +
      (similar.length ? `。相近的有：${similar.join('、')}` : ''),
  )
}
