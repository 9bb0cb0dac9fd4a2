import { Link } from '@tanstack/react-router'
import { Typography } from 'antd'
import { formatYuan } from '@cr/shared/party/money'
import { evaluationGradeLabels, type TEvaluationGrade } from '@cr/shared/party/party-codes'
import type { z } from 'zod'
import type { ZPartyMemberEvent } from '@cr/shared/party/party-member'
import { useTranslation } from 'react-i18next'
import { HistoryCard } from '@/components/ui/history-card'
import { recordPaths } from '@/config/paths'
import { formatDateTime } from '@/lib/format'
import { pickLabel } from '@/lib/language'
import { useMemberHistory } from '../api/get-member'
import { formatMonth } from '../utils/party-dates'

type TEvent = z.output<typeof ZPartyMemberEvent>

const colors: Record<string, string> = {
  joined: 'red',
  confirmed: 'green',
  probation_extended: 'orange',
  transferred_out: 'gray',
  transferred_in: 'blue',
  dues_paid: 'blue',
  transfer_receipt: 'green',
  evaluated: 'gold',
  left: 'gray',
  deceased: 'gray',
  expelled: 'red',
}
const eventTypes = Object.keys(colors)

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** The details an event carries, in words. */
const Details = ({ e }: { e: TEvent }) => {
  const { t, i18n } = useTranslation('party')
  const d = e.details ?? {}
  if (['left', 'deceased', 'expelled'].includes(e.type) && d.reason)
    return <div>{t('events.reason', { reason: text(d.reason) })}</div>
  if (e.type === 'evaluated') {
    const grade = evaluationGradeLabels[text(d.grade) as TEvaluationGrade]
    return (
      <div>
        {t('events.evaluation', {
          year: Number(d.year),
          grade: grade ? pickLabel(grade, i18n.language) : text(d.grade),
        })}
        {d.title ? `（${text(d.title)}）` : ''}
      </div>
    )
  }
  if (e.type === 'transferred_in' && d.fromOrganization)
    return (
      <div>
        {t('events.from', { from: text(d.fromOrganization), serial: text(d.serialNumber) })}
      </div>
    )
  if (e.type === 'probation_extended')
    return (
      <>
        <div>{t('events.months', { months: Number(d.months) })}</div>
        {d.reason ? <div>{t('events.reason', { reason: text(d.reason) })}</div> : null}
      </>
    )
  if (e.type === 'transferred_out')
    return (
      <div>
        {t('events.to', { to: text(d.toOrganization), serial: text(d.serialNumber) })}
        {typeof d.transferId === 'string' && (
          <>
            {' '}
            <Link to={recordPaths.partyTransferPrint} params={{ transferId: d.transferId }}>
              {t('profile.openLetter')}
            </Link>
          </>
        )}
      </div>
    )
  if (e.type === 'dues_paid')
    return (
      <div>
        {t('events.duesMonth', {
          month: formatMonth(text(d.month), i18n.language),
          amount: formatYuan(Number(d.amountFen ?? 0)),
        })}
      </div>
    )
  return null
}

/** 党员历程: every dated step, newest first. */
export const MemberHistory = ({ memberId }: { memberId: string }) => {
  const { t } = useTranslation('party')
  const query = useMemberHistory(memberId)
  const items = [...(query.data?.items ?? [])].reverse()
  return (
    <HistoryCard
      title={t('profile.history')}
      emptyText={t('profile.historyEmpty')}
      query={query}
      entries={items.map((e) => ({
        key: e.id,
        date: e.occurredOn,
        color: colors[e.type] ?? 'gray',
        content: (
          <div>
            <strong>
              {eventTypes.includes(e.type) ? t(`events.${e.type as 'joined'}`) : e.type}
            </strong>
            <Details e={e} />
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {e.actorName
                ? t('profile.recordedBy', {
                    actor: e.actorName,
                    time: formatDateTime(e.recordedAt),
                  })
                : t('profile.recordedAt', { time: formatDateTime(e.recordedAt) })}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  )
}

/** The letter issued when the member was transferred out (from the history). */
export const useTransferIdOf = (memberId: string, enabled: boolean): string | undefined => {
  const query = useMemberHistory(memberId)
  if (!enabled) return undefined
  const event = [...(query.data?.items ?? [])].reverse().find((e) => e.type === 'transferred_out')
  const id = event?.details?.transferId
  return typeof id === 'string' ? id : undefined
}
