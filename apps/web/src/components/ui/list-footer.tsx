import { Button } from 'antd'
import { useTranslation } from 'react-i18next'

type TProps = {
  shown: number
  total: number | undefined
  hasMore: boolean
  loadingMore: boolean
  onLoadMore: () => void
}

/**
 * Under a keyset-paged table (the lists that grow without bound: residents, the audit log): how
 * many are shown, of how many, and "load more" — with a word on why there are no page numbers.
 */
export const ListFooter = ({ shown, total, hasMore, loadingMore, onLoadMore }: TProps) => {
  const { t } = useTranslation()
  return (
    <div className="list-footer">
      <span className="text-secondary" aria-live="polite">
        {t('list.shown', { count: shown })}
        {total !== undefined && ` · ${t('list.total', { total })}`}
      </span>
      {hasMore ? (
        <span>
          <span className="text-secondary" style={{ marginRight: 8, fontSize: 12 }}>
            {t('list.inBatches')}
          </span>
          <Button onClick={onLoadMore} loading={loadingMore}>
            {t('actions.loadMore')}
          </Button>
        </span>
      ) : (
        shown > 0 && <span className="text-secondary">{t('list.allLoaded')}</span>
      )}
    </div>
  )
}
