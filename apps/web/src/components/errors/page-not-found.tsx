import { useTranslation } from 'react-i18next'
import { lazyOnIdle } from '@/lib/lazy-on-idle'

/** Offline, with the page's own code not loaded: the words alone. */
const NotFoundText = () => {
  const { t } = useTranslation()
  return <p role="alert">{t('errors.pageNotFound.title')}</p>
}

/** An unknown path (`page-not-found-view.tsx`); antd's Result is fetched when needed. */
export const PageNotFound = lazyOnIdle(
  () => import('./page-not-found-view').then((m) => m.PageNotFoundView),
  NotFoundText,
)
