import { Tag, Typography } from 'antd'
import { relationshipTable } from '@cr/shared/code-tables/relationship'
import { lifeEventLabels, type TLifeEvent } from '@cr/shared/residents/life-event'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { HistoryCard } from '@/components/ui/history-card'
import { recordPaths } from '@/config/paths'
import { pickLabel } from '@/lib/language'
import { useLifeEvents } from '../api/get-life-events'

const relationName = (code: string) => relationshipTable.nameOf(code) ?? code

/** One event: what, when, where to; the household it left (原属户); who recorded it. */
const EventItem = ({ event }: { event: TLifeEvent }) => {
  const { t, i18n } = useTranslation('residents')
  const what = pickLabel(lifeEventLabels[event.type], i18n.language)
  return (
    <div style={event.correctedBy ? { opacity: 0.6 } : undefined}>
      <div>
        <strong>{what}</strong>
        {event.destination && ` ${t('lifeEvents.to', { destination: event.destination })}`}
        {event.correctedBy && (
          <Tag style={{ marginInlineStart: 8 }}>{t('lifeEvents.correctedTag')}</Tag>
        )}
      </div>
      {event.household && (
        <div>
          {t('lifeEvents.formerHousehold')}
          <Link to={recordPaths.household} params={{ householdId: event.household.id }}>
            {event.household.address}
          </Link>
          {event.relationship && `（${relationName(event.relationship)}）`}
        </div>
      )}
      {event.reason && <div>{t('lifeEvents.reasonLine', { reason: event.reason })}</div>}
      {event.documentNumber && (
        <div>{t('lifeEvents.documentLine', { number: event.documentNumber })}</div>
      )}
      <Typography.Text type="secondary">
        {t('lifeEvents.recordedBy', { name: event.actorName ?? '—' })}
      </Typography.Text>
    </div>
  )
}

const colors: Record<TLifeEvent['type'], string> = {
  moved_out: 'red',
  deceased: 'gray',
  missing: 'orange',
  enlisted: 'blue',
  imprisoned: 'orange',
  returned: 'green',
  corrected: 'gray',
}

/** 人员变动: the person's life events, newest first, on the shared history card. */
export const LifeEventsSection = ({ residentId }: { residentId: string }) => {
  const { t } = useTranslation('residents')
  const query = useLifeEvents(residentId)
  return (
    <HistoryCard
      title={t('lifeEvents.section')}
      emptyText={t('lifeEvents.none')}
      query={query}
      entries={(query.data?.items ?? []).map((event) => ({
        key: event.id,
        date: event.occurredOn,
        color: colors[event.type],
        content: <EventItem event={event} />,
      }))}
    />
  )
}
