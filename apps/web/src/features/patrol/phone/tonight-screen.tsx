import { Button } from 'antd'
import { Notice, Loading } from './notice'
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
        <Loading />
      ) : today.isError ? (
        <Notice type="error" title={t('phone.tonight.loadError')}>
          <Button block onClick={() => void today.refetch()}>
            {t('phone.tonight.retry')}
          </Button>
        </Notice>
      ) : today.data.entries.length === 0 ? (
        <p className="patrol-phone__card">{t('phone.tonight.empty')}</p>
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
                <strong className="patrol-phone__todo">{t('phone.tonight.cancelled')}</strong>
              ) : entry.log ? (
                <strong className="patrol-phone__done">{t('phone.tonight.logged')}</strong>
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
