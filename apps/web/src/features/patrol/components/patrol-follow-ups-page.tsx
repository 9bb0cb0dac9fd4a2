import type { TPatrolFollowUp } from '@cr/shared/patrol/patrol-follow-up'
import { followUpStateLabels } from '@cr/shared/patrol/patrol-follow-up'
import { Checkbox } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { LabelSelect } from '@/components/ui/label-select'
import { ListEmpty } from '@/components/ui/list-empty'
import { ListToolbar } from '@/components/ui/list-toolbar'
import { PageHeader } from '@/components/ui/page-header'
import { RecordList } from '@/components/ui/record-list'
import { sortableColumn } from '@/components/ui/sortable-column'
import { useCan, useMe } from '@/lib/auth'
import { searchPaging, sortParamFrom } from '@/lib/search-params'
import { usePatrolFollowUps } from '../api/patrol-follow-ups'
import { followUpsFiltered } from '../utils/follow-up-query'
import {
  defaultFollowUpSort,
  followUpSorts,
  type TFollowUpsSearch,
} from '../utils/follow-up-search'
import { buildFollowUpColumns } from './follow-up-columns'
import { FollowUpModal, type TFollowUpModal } from './follow-up-forms'
import { PatrolTeamFilter } from './patrol-team-filter'

type TProps = { search: TFollowUpsSearch; onSearchChange: (next: TFollowUpsSearch) => void }

/** 跟进事项: what patrols found that someone must see through, by state, team and owner. */
export const PatrolFollowUpsPage = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation('patrol')
  const canWrite = useCan('patrol:write')
  const me = useMe()
  const query = usePatrolFollowUps(search)
  const [modal, setModal] = useState<TFollowUpModal | null>(null)
  const set = (next: Partial<TFollowUpsSearch>) => onSearchChange({ ...search, ...next })
  const reset = () => onSearchChange({ sort: search.sort, size: search.size })
  const columns = buildFollowUpColumns({
    t,
    lang: i18n.language,
    onClose: canWrite ? (followUp) => setModal({ kind: 'close', followUp }) : undefined,
  }).map((c) =>
    c.key === 'dueOn' || c.key === 'openedOn' ? { ...c, ...sortableColumn(search.sort, c.key) } : c,
  )
  return (
    <>
      <PageHeader title={t('followUps.title')} description={t('followUps.description')} />
      <ListToolbar filtered={followUpsFiltered(search)} onReset={reset}>
        <CommitteeFilter
          label={t('teams.committee')}
          value={search.committeeId}
          onChange={(committeeId) => set({ committeeId, teamId: undefined })}
        />
        <LabelSelect
          aria-label={t('followUps.stateFilter')}
          placeholder={t('followUps.allStates')}
          allowClear
          style={{ width: 120 }}
          labels={followUpStateLabels}
          value={search.state}
          onChange={(state) => set({ state })}
        />
        <PatrolTeamFilter
          label={t('followUps.teamFilter')}
          placeholder={t('followUps.allTeams')}
          committeeId={search.committeeId}
          value={search.teamId}
          onChange={(teamId) => set({ teamId })}
        />
        <Checkbox
          checked={search.ownerId === me.user.id}
          onChange={(e) => set({ ownerId: e.target.checked ? me.user.id : undefined })}
        >
          {t('followUps.mine')}
        </Checkbox>
      </ListToolbar>
      <RecordList<TPatrolFollowUp>
        caption={t('followUps.caption')}
        query={query}
        items={query.data?.items ?? []}
        paging={searchPaging(search, query.data?.total, onSearchChange)}
        columns={columns}
        onSort={(key, order) =>
          onSearchChange({
            ...search,
            sort: sortParamFrom(key, order, followUpSorts, defaultFollowUpSort),
          })
        }
        empty={
          <ListEmpty
            filtered={followUpsFiltered(search)}
            onClearFilters={reset}
            emptyTitle={t('followUps.empty')}
            emptyHint={t('followUps.emptyHint')}
          />
        }
      />
      <FollowUpModal modal={modal} onClose={() => setModal(null)} />
    </>
  )
}
