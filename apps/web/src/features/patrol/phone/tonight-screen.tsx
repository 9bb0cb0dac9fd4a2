import { Alert, Button, Empty, Spin, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { type TPhoneEntry, usePatrolToday } from './phone-api'
import { windowText } from './patrol-session'
import { QueueProblems } from './queue-problems'

/** 今晚巡逻: the caller's teams' roster entries for the current service date. */
export const TonightScreen = ({
  onStart,
}: {
  onStart: (entry: TPhoneEntry, serviceDate: string) => void
}) => {
  const { t } = useTranslation('patrol')
  const today = usePatrolToday()
  return (
    <section aria-labelledby="patrol-phone-title">
      <h1 id="patrol-phone-title">{t('phone.tonight.title')}</h1>
      <QueueProblems />
      {today.isPending ? (
        <Spin size="large" />
      ) : today.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('phone.tonight.loadError')}
          action={<Button onClick={() => void today.refetch()}>{t('phone.tonight.retry')}</Button>}
        />
      ) : today.data.entries.length === 0 ? (
        <div className="patrol-phone__card">
          <Empty description={t('phone.tonight.empty')} />
        </div>
      ) : (
        <>
          <p>{t('phone.tonight.serviceDate', { date: today.data.serviceDate })}</p>
          {today.data.entries.map((entry) => (
            <article
              key={`${entry.plan.id}-${entry.date}`}
              className="patrol-phone__card"
              aria-label={entry.team.name}
            >
              <div className="patrol-phone__window">
                <strong style={{ fontSize: 28 }}>
                  {windowText(entry, t('phone.tonight.nextDay'))}
                </strong>
              </div>
              <p>
                {t('phone.tonight.team')}：{entry.team.name}
                <br />
                {t('phone.tonight.route')}：{entry.route?.name ?? t('phone.tonight.noRoute')}
              </p>
              {entry.cancelled ? (
                <Tag color="default">{t('phone.tonight.cancelled')}</Tag>
              ) : entry.log ? (
                <Tag color="green">{t('phone.tonight.logged')}</Tag>
              ) : (
                <Button
                  type="primary"
                  className="patrol-phone__big"
                  onClick={() => onStart(entry, today.data.serviceDate)}
                >
                  {t('phone.tonight.start')}
                </Button>
              )}
            </article>
          ))}
        </>
      )}
    </section>
  )
}
