import type { TAnnualReportSection } from '@cr/shared/reports/annual-report'
import { Button, Drawer, Empty, List, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { formatDateTime } from '@/lib/format'
import { useTextHistory, type TReportScope } from '../api/annual-report'

type TProps = {
  open: boolean
  onClose: () => void
  title: string
  scope: TReportScope
  section: TAnnualReportSection
  /** Puts a version's text in the editor (where the caller may write). */
  onUse?: (body: string) => void
}

/** 历史版本: every saved version of a section's text, newest first (fetched when opened). */
export const TextHistoryDrawer = ({ open, onClose, title, scope, section, onUse }: TProps) => {
  const { t } = useTranslation('reports')
  const query = useTextHistory(scope, section, open)
  return (
    <Drawer open={open} onClose={onClose} title={title} size={480} destroyOnHidden>
      {query.isError ? (
        <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
      ) : !query.data ? (
        <Skeleton active />
      ) : query.data.items.length === 0 ? (
        <Empty description={t('annual.text.historyEmpty')} />
      ) : (
        <List
          dataSource={query.data.items}
          rowKey="version"
          renderItem={(item) => (
            <List.Item
              actions={
                onUse
                  ? [
                      <Button
                        key="use"
                        size="small"
                        onClick={() => {
                          onUse(item.body)
                          onClose()
                        }}
                      >
                        {t('annual.text.restore')}
                      </Button>,
                    ]
                  : undefined
              }
            >
              <List.Item.Meta
                title={t('annual.text.version', {
                  version: item.version,
                  name: item.updatedBy ?? '—',
                  time: formatDateTime(item.updatedAt),
                })}
                description={
                  <div style={{ whiteSpace: 'pre-wrap', color: 'inherit' }}>
                    {item.body || t('annual.text.empty')}
                  </div>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  )
}
