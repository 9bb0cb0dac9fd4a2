import { Button, Typography } from 'antd'
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
      <Typography.Text type="secondary" aria-live="polite">
        {t('list.shown', { count: shown })}
        {total !== undefined && ` · ${t('list.total', { total })}`}
      </Typography.Text>
      {hasMore ? (
        <span>
          <Typography.Text type="secondary" style={{ marginRight: 8, fontSize: 12 }}>
            {t('list.inBatches')}
          </Typography.Text>
          <Button onClick={onLoadMore} loading={loadingMore}>
            {t('actions.loadMore')}
          </Button>
        </span>
      ) : (
        shown > 0 && <Typography.Text type="secondary">{t('list.allLoaded')}</Typography.Text>
      )}
    </div>
  )
}
