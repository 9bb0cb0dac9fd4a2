import { Typography } from 'antd'
import { relationshipTable } from '@cr/shared/code-tables/relationship'
import { householdEventLabels, type THouseholdEvent } from '@cr/shared/households/household'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { HistoryCard } from '@/components/ui/history-card'
import { recordPaths } from '@/config/paths'
import { formatDateTime } from '@/lib/format'
import { pickLabel } from '@/lib/language'
import { useHouseholdHistory } from '../api/get-household-history'

const colors: Record<THouseholdEvent['type'], string> = {
  created: 'blue',
  moved_in: 'green',
  transferred_in: 'green',
  moved_out: 'red',
  transferred_out: 'red',
  head_changed: 'gray',
  relationship_corrected: 'orange',
}

const EventContent = ({ e }: { e: THouseholdEvent }) => {
  const { t, i18n } = useTranslation('households')
  const time = formatDateTime(e.recordedAt)
  return (
    <div>
      <strong>{pickLabel(householdEventLabels[e.type], i18n.language)}</strong>
      {e.resident && (
        <>
          {'：'}
          <Link to={recordPaths.resident} params={{ residentId: e.resident.id }}>
            {e.resident.name}
          </Link>
        </>
      )}
      {e.relationship && (
        <div>
          {t('history.relationship', {
            name: relationshipTable.nameOf(e.relationship) ?? e.relationship,
          })}
          {e.previousRelationship &&
            t('history.previousRelationship', {
              name: relationshipTable.nameOf(e.previousRelationship) ?? e.previousRelationship,
            })}
        </div>
      )}
      {e.otherHousehold && (
        <div>
          {t('history.otherHousehold')}
          <Link to={recordPaths.household} params={{ householdId: e.otherHousehold.id }}>
            {e.otherHousehold.address}
          </Link>
        </div>
      )}
      {e.reason && <div>{t('history.reason', { reason: e.reason })}</div>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {e.actorName
          ? t('history.recordedBy', { actor: e.actorName, time })
          : t('history.recordedAt', { time })}
      </Typography.Text>
    </div>
  )
}

/** 变动记录: the dated events, newest first, as a timeline. */
export const HouseholdHistory = ({ householdId }: { householdId: string }) => {
  const { t } = useTranslation('households')
  const query = useHouseholdHistory(householdId)
  const items = [...(query.data?.items ?? [])].sort((a, b) =>
    b.occurredOn === a.occurredOn
      ? b.recordedAt.localeCompare(a.recordedAt)
      : b.occurredOn.localeCompare(a.occurredOn),
  )
  return (
    <HistoryCard
      title={t('history.title')}
      emptyText={t('history.empty')}
      query={query}
      entries={items.map((e) => ({
        key: e.id,
        date: e.occurredOn,
        color: colors[e.type],
        content: <EventContent e={e} />,
      }))}
    />
  )
}
