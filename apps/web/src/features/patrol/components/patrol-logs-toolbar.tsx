import { Checkbox, Select } from 'antd'
import { incidentTypeLabels } from '@cr/shared/patrol/patrol-codes'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { DateInput } from '@/components/ui/date-input'
import { LabelSelect } from '@/components/ui/label-select'
import { ListToolbar } from '@/components/ui/list-toolbar'
import { patrolLogsFiltered } from '../utils/patrol-log-query'
import { type TPatrolLogsSearch } from '../utils/patrol-log-search'
import { PatrolTeamFilter } from './patrol-team-filter'

type TProps = { search: TPatrolLogsSearch; onSearchChange: (next: TPatrolLogsSearch) => void }

/** 日期范围, 居委会, 队组, 发现类型, 盘查, 有未办结跟进: the register's filters. */
export const PatrolLogsToolbar = ({ search, onSearchChange }: TProps) => {
  const { t } = useTranslation('patrol')
  const set = (next: Partial<TPatrolLogsSearch>) => onSearchChange({ ...search, ...next })
  return (
    <ListToolbar
      filtered={patrolLogsFiltered(search)}
      onReset={() => onSearchChange({ sort: search.sort, size: search.size })}
    >
      <div style={{ width: 140 }}>
        <DateInput
          aria-label={t('logs.from')}
          value={search.from}
          onChange={(from) => set({ from: from ?? undefined })}
        />
      </div>
      <div style={{ width: 140 }}>
        <DateInput
          aria-label={t('logs.to')}
          value={search.to}
          onChange={(to) => set({ to: to ?? undefined })}
        />
      </div>
      <CommitteeFilter
        label={t('teams.committee')}
        value={search.committeeId}
        onChange={(committeeId) => set({ committeeId, teamId: undefined })}
      />
      <PatrolTeamFilter
        label={t('logs.teamFilter')}
        placeholder={t('logs.allTeams')}
        committeeId={search.committeeId}
        value={search.teamId}
        onChange={(teamId) => set({ teamId })}
      />
      <LabelSelect
        aria-label={t('logs.incidentTypeFilter')}
        placeholder={t('logs.allIncidentTypes')}
        allowClear
        style={{ width: 150 }}
        labels={incidentTypeLabels}
        value={search.incidentType}
        onChange={(incidentType) => set({ incidentType })}
      />
      <Select
        aria-label={t('logs.questionedFilter')}
        placeholder={t('logs.questionedFilter')}
        allowClear
        style={{ width: 120 }}
        value={search.questioned === undefined ? undefined : String(search.questioned)}
        onChange={(v?: string) => set({ questioned: v === undefined ? undefined : v === 'true' })}
        options={[
          { value: 'true', label: t('logs.questionedYes') },
          { value: 'false', label: t('logs.questionedNo') },
        ]}
      />
      <Checkbox
        checked={Boolean(search.followUpOpen)}
        onChange={(e) => set({ followUpOpen: e.target.checked || undefined })}
      >
        {t('logs.followUpOpen')}
      </Checkbox>
    </ListToolbar>
  )
}
