import { Button, Typography } from 'antd'
import { useTranslation } from 'react-i18next'

type TProps = {
  shown: number
  total: number | undefined
  hasMore: boolean
  loadingMore: boolean
  onLoadMore: () => void
}

/** Under a keyset-paged table: how many are shown, of how many, and "load more". */
export const ListFooter = ({ shown, total, hasMore, loadingMore, onLoadMore }: TProps) => {
  const { t } = useTranslation()
  return (
    <div className="list-footer">
      <Typography.Text type="secondary" aria-live="polite">
        {t('list.shown', { count: shown })}
        {total !== undefined && ` · ${t('list.total', { total })}`}
      </Typography.Text>
      {hasMore ? (
        <Button onClick={onLoadMore} loading={loadingMore}>
          {t('actions.loadMore')}
        </Button>
      ) : (
        shown > 0 && <Typography.Text type="secondary">{t('list.allLoaded')}</Typography.Text>
      )}
    </div>
  )
}
