import { useTranslation } from 'react-i18next'
import { OutlineSkeleton } from './outline-skeleton'

/** Shown while a page's code or first data arrives: the page's outline, not a spinner. */
export const PageLoading = () => {
  const { t } = useTranslation()
  return (
    <div role="status" aria-live="polite" aria-label={t('list.loading')} style={{ padding: 24 }}>
      <OutlineSkeleton rows={6} />
    </div>
  )
}
