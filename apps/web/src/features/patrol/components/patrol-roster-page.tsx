import { PrinterOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Select, Space, Table, Tag } from 'antd'
import dayjs from '@/lib/dayjs'
import type { TPatrolRosterEntry } from '@cr/shared/patrol/patrol-plan'
import { isoWeekday, weekdayLabels } from '@cr/shared/patrol/patrol-roster'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { MonthInput } from '@/components/ui/month-input'
import { PageHeader } from '@/components/ui/page-header'
import { useCan } from '@/lib/auth'
import { usePatrolRoster } from '../api/patrol-plans'
import { usePatrolTeams } from '../api/patrol-teams'
import { windowText } from '../utils/patrol-window'
import { RosterEditModal } from './roster-edit-modal'
import './patrol-roster.css'

type TDay = { date: string; entries: TPatrolRosterEntry[] }

/** 排班表: the month's entries, a row a day; each entry changed from here, printed from here. */
export const PatrolRosterPage = () => {
  const { t, i18n } = useTranslation('patrol')
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh'
  const next = lang === 'en' ? 'next day ' : '次日'
  const canWrite = useCan('patrol:write')
  const [month, setMonth] = useState(() => dayjs().format('YYYY-MM'))
  const [teamId, setTeamId] = useState<string | undefined>()
  const [editing, setEditing] = useState<TPatrolRosterEntry | null>(null)
  const query = usePatrolRoster({ month, teamId })
  const teams = usePatrolTeams({ page: 1, size: 100 })
  const entries = useMemo(() => query.data?.entries ?? [], [query.data])
  const days = useMemo(() => {
    const byDate = new Map<string, TPatrolRosterEntry[]>()
    for (const e of entries) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e])
    return [...byDate].map(([date, list]): TDay => ({ date, entries: list }))
  }, [entries])
  const describe = (e: TPatrolRosterEntry) =>
    [windowText(e, next), e.team.name, e.route?.name].filter(Boolean).join(' · ')
  const dated = (e: TPatrolRosterEntry) => `${e.date} ${describe(e)}`
  const columns = [
    {
      title: t('roster.date'),
      key: 'date',
      width: 130,
      render: (_: unknown, d: TDay) =>
        `${d.date.slice(5)} ${weekdayLabels[isoWeekday(d.date)]![lang]}`,
    },
    {
      title: t('roster.entries'),
      key: 'entries',
      render: (_: unknown, d: TDay) => (
        <Space orientation="vertical" size={4}>
          {d.entries.map((e) => (
            <Space key={e.plan.id} wrap size={4} data-testid="roster-entry">
              <span style={e.cancelled ? { textDecoration: 'line-through' } : undefined}>
                {describe(e)}
              </span>
              {e.plannedTeam && (
                <Tag color="orange">{t('roster.swapped', { team: e.plannedTeam.name })}</Tag>
              )}
              {e.cancelled && (
                <Tag color="red">
                  {t('roster.cancelled')}
                  {e.cancelReason ? `：${e.cancelReason}` : ''}
                </Tag>
              )}
              {e.absent.length > 0 && (
                <Tag color="gold">
                  {t('roster.absent', { names: e.absent.map((p) => p.name).join('、') })}
                </Tag>
              )}
              {e.log && <Tag color="green">{t('roster.done')}</Tag>}
              {canWrite && (
                <Button
                  type="link"
                  size="small"
                  className="no-print"
                  aria-label={`${t('roster.actions')} ${dated(e)}`}
                  onClick={() => setEditing(e)}
                >
                  {t('roster.actions')}
                </Button>
              )}
            </Space>
          ))}
        </Space>
      ),
    },
  ]
  return (
    <>
      <PageHeader
        title={t('roster.title')}
        description={t('roster.description')}
        actions={
          <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
            {t('roster.print')}
          </Button>
        }
      />
      <Space wrap style={{ marginBottom: 12 }} className="no-print">
        <MonthInput
          aria-label={t('roster.month')}
          value={month}
          onChange={(m) => m && setMonth(m)}
          style={{ width: 140 }}
        />
        <Select
          aria-label={t('roster.team')}
          value={teamId}
          onChange={setTeamId}
          allowClear
          placeholder={t('plans.allTeams')}
          style={{ width: 200 }}
          options={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
        />
      </Space>
      {(query.data?.unmatchedEdits.length ?? 0) > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('roster.unmatched', { count: query.data!.unmatchedEdits.length })}
        />
      )}
      {query.isError ? (
        <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
      ) : (
        <Card size="small" title={t('roster.printTitle', { month })}>
          <Table
            size="small"
            rowKey="date"
            columns={columns}
            dataSource={days}
            loading={query.isPending}
            pagination={false}
            locale={{ emptyText: t('roster.empty') }}
          />
        </Card>
      )}
      <RosterEditModal
        entry={editing}
        entries={entries}
        describe={dated}
        onClose={() => setEditing(null)}
      />
    </>
  )
}
