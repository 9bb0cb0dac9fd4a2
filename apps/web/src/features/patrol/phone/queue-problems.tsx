import { Button } from 'antd'
import { Notice } from './notice'
import { useTranslation } from 'react-i18next'
import { useOfflineQueue } from './use-offline-queue'

/** What the server refused (a 4xx), with its message: kept until the member has read it. */
export const QueueProblems = () => {
  const { t } = useTranslation('patrol')
  const { parked, queue } = useOfflineQueue()
  if (parked.length === 0) return null
  const messageOf = (message: string) =>
    message === 'depends_on_refused'
      ? t('phone.queue.dependsOnRefused')
      : message === 'depends_on_unknown'
        ? t('phone.queue.dependsOnUnknown')
        : message
  return (
    <Notice type="error" title={t('phone.queue.refusedTitle')}>
      <ul style={{ paddingLeft: 20, margin: 0 }}>
        {parked.map((item) => (
          <li key={item.seq}>
            {item.label}：{messageOf(item.parked!.message)}{' '}
            <Button size="small" onClick={() => void queue.dismiss(item.seq)}>
              {t('phone.queue.dismiss')}
            </Button>
          </li>
        ))}
      </ul>
    </Notice>
  )
}
