import { Link } from '@tanstack/react-router'
import { Button, Card, Empty, Skeleton } from 'antd'
import { meetingTypeLabels } from '@cr/shared/party/party-codes'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { paths, recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { useReminders } from '../api/get-reminders'
import './party.css'

const shown = 5

/** A list capped at five; 另有 N 项 opens the rest in place (收起 folds them again). */
const Capped = <T,>({ items, render }: { items: T[]; render: (item: T) => React.ReactNode }) => {
  const { t } = useTranslation('party')
  const [open, setOpen] = useState(false)
  const hidden = items.length - shown
  return (
    <ul className="party-reminders">
      {(open ? items : items.slice(0, shown)).map(render)}
      {hidden > 0 && (
        <li>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(!open)}>
            {open ? t('reminders.less') : t('reminders.more', { count: hidden })}
          </Button>
        </li>
      )}
    </ul>
  )
}

/** 党务提醒 on the home page: what needs doing today; only for users who may read the party. */
export const PartyRemindersCard = () => {
  const { t, i18n } = useTranslation('party')
  const canRead = useCan('party:read')
  // Every module's reminders, with their states, are in 提醒中心.
  const canSeeAll = useCan('reminder:read')
  const query = useReminders(canRead)
  if (!canRead) return null
  const title = (
    <h2 className="card-title">
      <Link to={paths.party}>{t('reminders.title')}</Link>
    </h2>
  )
  const body = () => {
    if (query.isPending) return <Skeleton active paragraph={{ rows: 3 }} />
    if (query.isError) return <ProblemAlert error={query.error} />
    const { probations, letters, arrears, meetings } = query.data
    if (!probations.length && !letters.length && !arrears.length && !meetings.length)
      return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reminders.none')} />
    const memberLink = (m: { id: string; name: string }) => (
      <Link to={recordPaths.partyMember} params={{ memberId: m.id }}>
        {m.name}
      </Link>
    )
    return (
      <div className="stack" style={{ gap: 8 }}>
        {probations.length > 0 && (
          <section>
            <strong>{t('reminders.probations', { count: probations.length })}</strong>
            <Capped
              items={probations}
              render={(p) => (
                <li key={p.member.id}>
                  {memberLink(p.member)}
                  {'：'}
                  {t(`reminders.probation.${p.state}`, {
                    date: p.dueOn,
                    days: p.daysUntilDue,
                  })}
                </li>
              )}
            />
          </section>
        )}
        {letters.length > 0 && (
          <section>
            <strong>{t('reminders.letters', { count: letters.length })}</strong>
            <Capped
              items={letters}
              render={(l) => (
                <li key={l.id}>
                  <Link to={recordPaths.partyTransferPrint} params={{ transferId: l.id }}>
                    {l.member.name}
                  </Link>
                  {'：'}
                  {t(`reminders.letter.${l.status}`, { to: l.toOrganization, date: l.validUntil })}
                </li>
              )}
            />
          </section>
        )}
        {arrears.length > 0 && (
          <section>
            <strong>{t('reminders.arrears', { count: arrears.length })}</strong>
            <Capped
              items={arrears}
              render={(a) => (
                <li key={a.member.id}>
                  {memberLink(a.member)}
                  {'：'}
                  {t(`reminders.arrear.${a.level}`, {
                    org: a.organization.name,
                    months: a.duesMonths,
                  })}
                </li>
              )}
            />
          </section>
        )}
        {meetings.length > 0 && (
          <section>
            <strong>{t('reminders.meetings', { count: meetings.length })}</strong>
            <Capped
              items={meetings}
              render={(m) => (
                <li key={`${m.organization.id}-${m.type}-${m.slot}`}>
                  {t(`reminders.meeting.${m.status}`, {
                    org: m.organization.name,
                    slot: m.slot,
                    type: pickLabel(meetingTypeLabels[m.type], i18n.language),
                  })}
                </li>
              )}
            />
          </section>
        )}
      </div>
    )
  }
  return (
    <Card
      title={title}
      size="small"
      extra={canSeeAll && <Link to={paths.reminders}>{t('reminders.viewAll')}</Link>}
    >
      {body()}
    </Card>
  )
}
