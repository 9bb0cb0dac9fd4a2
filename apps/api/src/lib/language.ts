import type { TLanguage } from '@cr/shared/common/error-messages'

/**
 * Picks the response language from Accept-Language: English when the client prefers any `en`
 * variant over Chinese, Chinese otherwise (the office's language is the default).
 */
export const pickLanguage = (acceptLanguage: string | undefined): TLanguage => {
  if (!acceptLanguage) return 'zh'
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.find((p) => p.trim().startsWith('q='))
      return { tag, q: q ? Number(q.trim().slice(2)) : 1 }
    })
    .filter((x) => x.tag && !Number.isNaN(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q)
  const first = ranked.find((x) => x.tag.startsWith('en') || x.tag.startsWith('zh'))
  return first?.tag.startsWith('en') ? 'en' : 'zh'
}
