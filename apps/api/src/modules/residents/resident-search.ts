import { nameBigrams } from './name-bigrams.ts'

const addressLike = /[路街巷道号楼室单元区村]/

/**
 * The `q` filter of the resident list: the last four characters of an ID number, a phone
 * (prefix or last four), a name fragment (by the bigram index), or an address fragment (of
 * the current household's dwelling). Each branch is shaped so PostgreSQL can use an index.
 */
export const residentSearchWhere = (q: string) => {
  const text = q.trim()
  if (/^\d{3}[\dXx]$/.test(text)) {
    return { OR: [{ idNumberLast4: text.toUpperCase() }, { phone: { endsWith: text } }] }
  }
  if (/^\d{5,11}$/.test(text)) return { phone: { startsWith: text } }
  const byName =
    [...text].length >= 2
      ? { nameBigrams: { hasEvery: nameBigrams(text) }, name: { contains: text } }
      : { name: { startsWith: text } }
  if (!addressLike.test(text)) return byName
  const byAddress = {
    memberships: {
      some: { leftOn: null, household: { dwelling: { address: { contains: text } } } },
    },
  }
  return { OR: [byName, byAddress] }
}
