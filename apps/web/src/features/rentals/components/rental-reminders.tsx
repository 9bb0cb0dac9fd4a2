import { Link } from '@tanstack/react-router'
import { Button, Card, Empty, Skeleton } from 'antd'
import type { TRentalReminders } from '@cr/shared/rentals/rental-reminders'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { PageHeader } from '@/components/ui/page-header'
import { paths, recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { useRentalReminders } from '../api/get-rental-reminders'
import './rental-checks.css'

type TKind = Exclude<keyof TRentalReminders, 'today'>
type TItem = TRentalReminders[TKind]['items'][number]

const kinds: TKind[] = [
  'pendingRegistrations',
  'registrationsOverdue',
  'rectificationsOverdue',
  'contractsExpiredOccupied',
  'contractsEnding',
  'endorsementsDue',
]
const itemKey = {
  contractsEnding: 'contractItem',
  contractsExpiredOccupied: 'expiredItem',
  registrationsOverdue: 'overdueItem',
  endorsementsDue: 'endorsementItem',
  rectificationsOverdue: 'rectificationItem',
  pendingRegistrations: 'pendingItem',
} as const

/** Where each kind of reminder is worked through, all of it. */
const listLink: Record<TKind, { to: string; search?: Record<string, unknown> }> = {
  contractsEnding: { to: paths.rentals, search: { contractStatus: 'expiring' } },
  contractsExpiredOccupied: { to: paths.rentals, search: { contractStatus: 'expired' } },
  registrationsOverdue: { to: paths.temporaryResidents, search: { timeliness: 'overdue' } },
  endorsementsDue: { to: paths.temporaryResidents, search: { permitDue: true } },
  rectificationsOverdue: { to: paths.rentalReminders },
  pendingRegistrations: { to: paths.pendingRegistrations },
}

/** A list capped at `shown`; 另有 N 项 opens the rest in place (收起 folds them again). */
const Capped = ({
  items,
  shown,
  render,
}: {
  items: TItem[]
  shown: number
  render: (i: TItem) => ReactNode
}) => {
  const { t } = useTranslation('rentalChecks')
  const [open, setOpen] = useState(false)
  const hidden = items.length - shown
  return (
    <ul className="rental-reminders">
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

/** The reminders by kind, each item linked to its rented dwelling. */
const ReminderSections = ({
  data,
  shown,
  showCommittee,
}: {
  data: TRentalReminders
  shown: number
  showCommittee: boolean
}) => {
  const { t } = useTranslation('rentalChecks')
  const present = kinds.filter((k) => data[k].total > 0)
  if (present.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reminders.none')} />
  return (
    <div className="stack" style={{ gap: 12 }}>
      {present.map((kind) => {
        const list = data[kind]
        const link = listLink[kind]
        return (
          <section key={kind} aria-label={t(`reminders.${kind}`, { count: list.total })}>
            <strong>
              {link.to === paths.rentalReminders ? (
                t(`reminders.${kind}`, { count: list.total })
              ) : (
                <Link to={link.to} search={link.search as never}>
                  {t(`reminders.${kind}`, { count: list.total })}
                </Link>
              )}
            </strong>
            <Capped
              items={list.items}
              shown={shown}
              render={(item) => (
                <li key={item.id}>
                  {item.propertyId ? (
                    <Link to={recordPaths.rentalProperty} params={{ propertyId: item.propertyId }}>
                      {item.title}
                    </Link>
                  ) : (
                    item.title
                  )}
                  {t('reminders.sep')}
                  {t(`reminders.${itemKey[kind]}`, { date: item.date, detail: item.detail ?? '' })}
                  {!kind.startsWith('contracts') && item.detail && (
                    <span className="text-secondary">
                      {t('reminders.detail', { detail: item.detail })}
                    </span>
                  )}
                  {showCommittee && (
                    <span className="text-secondary"> · {item.committee.name}</span>
                  )}
                </li>
              )}
            />
            {list.total > list.items.length && (
              <div className="text-secondary" style={{ fontSize: 12 }}>
                {t('reminders.listed')}
              </div>
            )}
          </section>
        )
      })}
    </div>
  )
}

/** 出租房屋提醒 on the home page: five of each kind; only for users who may read the registry. */
export const RentalRemindersCard = () => {
  const { t } = useTranslation('rentalChecks')
  const canRead = useCan('registry:read')
  const query = useRentalReminders(canRead)
  if (!canRead) return null
  return (
    <Card
      size="small"
      title={
        <h2 className="card-title">
          <Link to={paths.rentalReminders}>{t('reminders.homeTitle')}</Link>
        </h2>
      }
    >
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : (
        <ReminderSections data={query.data} shown={5} showCommittee={false} />
      )}
    </Card>
  )
}

/** 出租房屋提醒: everything to act on today, by kind, each with its committee. */
export const RentalRemindersPage = () => {
  const { t } = useTranslation('rentalChecks')
  const query = useRentalReminders()
  return (
    <>
      <PageHeader title={t('reminders.title')} description={t('reminders.description')} />
      <Card size="small">
        {query.isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : query.isError ? (
          <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
        ) : (
          <ReminderSections data={query.data} shown={20} showCommittee />
        )}
      </Card>
    </>
  )
}
