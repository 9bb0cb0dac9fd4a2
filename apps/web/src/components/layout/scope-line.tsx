import { useTranslation } from 'react-i18next'
import { useMe } from '@/lib/auth'

/** At most this many committees are named; beyond, the count is given. */
const namedAtMost = 2

/** Whose records the signed-in user works on: every committee, or theirs by name. */
export const ScopeLine = () => {
  const { t } = useTranslation()
  const me = useMe()
  if (me.allCommittees) return t('scope.all')
  const names = me.committees.map((c) => c.name)
  return names.length <= namedAtMost
    ? t('scope.some', { names: names.join('、') })
    : t('scope.more', { names: names.slice(0, namedAtMost).join('、'), count: names.length })
}
