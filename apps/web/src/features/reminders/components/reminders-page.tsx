import { Alert, Button, Select, Space } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import {
  reminderModuleLabels,
  reminderSeverityLabels,
  type TReminder,
} from '@cr/shared/reminders/reminder'
import { useState, type Key } from 'react'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { LabelSelect } from '@/components/ui/label-select'
import { ListEmpty } from '@/components/ui/list-empty'
import { ListToolbar } from '@/components/ui/list-toolbar'
import { PageHeader } from '@/components/ui/page-header'
import { RecordList } from '@/components/ui/record-list'
import { SearchInput } from '@/components/ui/search-input'
import { useCan } from '@/lib/auth'
import { feedback } from '@/lib/feedback'
import { searchPaging } from '@/lib/search-params'
import { useReminders } from '../api/get-reminders'
import { useMarkSeen, useReopenReminder } from '../api/reminder-steps'
import {
  reminderStateFilters,
  remindersFiltered,
  type TRemindersSearch,
} from '../utils/reminder-search'
import { buildReminderColumns } from './reminder-columns'
import { SnoozeModal } from './snooze-modal'

type TProps = { search: TRemindersSearch; onSearchChange: (next: TRemindersSearch) => void }

/**
 * 提醒中心: every module's reminders on one list, by due date then severity; the open ones unless
 * another state is chosen. 标为已读 for the selected rows, 暂缓 with a day and a reason, 恢复.
 */
export const RemindersPage = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation('reminders')
  const canWrite = useCan('reminder:write')
  const query = useReminders(search)
  const seen = useMarkSeen()
  const reopen = useReopenReminder()
  const [selected, setSelected] = useState<string[]>([])
  const [snoozing, setSnoozing] = useState<TReminder | null>(null)
  const set = (next: Partial<TRemindersSearch>) => {
    setSelected([])
    onSearchChange({ ...search, ...next })
  }
  const reset = () =>
    set({
      module: undefined,
      severity: undefined,
      committeeId: undefined,
      state: undefined,
      q: undefined,
    })

  const markSeen = () =>
    feedback.confirm({
      title: t('markSeenConfirm', { count: selected.length }),
      content: t('markSeenHint'),
      okText: t('markSeen'),
      onOk: () =>
        seen.mutateAsync(selected).then(() => {
          feedback.success(t('markedSeen', { count: selected.length }))
          setSelected([])
        }),
    })
  const onReopen = (r: TReminder) =>
    feedback.confirm({
      title: t('reopenConfirm'),
      content: r.title,
      okText: t('reopen'),
      onOk: () => reopen.mutateAsync(r.key).then(() => feedback.success(t('reopened'))),
    })

  const columns = buildReminderColumns({
    t,
    lang: i18n.language,
    today: todayInChina(),
    ...(canWrite ? { onSnooze: setSnoozing, onReopen } : {}),
  })
  const items = query.data?.items ?? []
  const selectable = canWrite && search.state !== 'seen'
  const error = seen.error ?? reopen.error

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ListToolbar filtered={remindersFiltered(search)} onReset={reset}>
        <Select
          aria-label={t('filters.state')}
          style={{ width: 110 }}
          options={reminderStateFilters.map((value) => ({ value, label: t(`states.${value}`) }))}
          value={search.state ?? 'open'}
          onChange={(state) => set({ state: state === 'open' ? undefined : state })}
        />
        <LabelSelect
          aria-label={t('filters.module')}
          placeholder={t('filters.allModules')}
          allowClear
          style={{ width: 130 }}
          labels={reminderModuleLabels}
          value={search.module}
          onChange={(module) => set({ module })}
        />
        <LabelSelect
          aria-label={t('filters.severity')}
          placeholder={t('filters.allSeverities')}
          allowClear
          style={{ width: 120 }}
          labels={reminderSeverityLabels}
          value={search.severity}
          onChange={(severity) => set({ severity })}
        />
        <CommitteeFilter
          label={t('filters.committee')}
          value={search.committeeId}
          onChange={(committeeId) => set({ committeeId })}
        />
        <SearchInput
          label={t('filters.search')}
          placeholder={t('filters.search')}
          value={search.q}
          maxLength={100}
          onChange={(q) => set({ q })}
        />
      </ListToolbar>
      {error && (
        <ProblemAlert
          error={error}
          onReload={() => (seen.reset(), reopen.reset(), void query.refetch())}
        />
      )}
      {selectable && selected.length > 0 && (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          message={
            <Space wrap>
              <span>{t('selected', { count: selected.length })}</span>
              <Button type="primary" size="small" loading={seen.isPending} onClick={markSeen}>
                {t('markSeenSelected', { count: selected.length })}
              </Button>
              <Button size="small" onClick={() => setSelected([])}>
                {t('clearSelection')}
              </Button>
            </Space>
          }
        />
      )}
      <RecordList<TReminder>
        caption={t('caption')}
        rowKey="key"
        query={query}
        items={items}
        paging={searchPaging(search, query.data?.total, (next) => {
          setSelected([])
          onSearchChange(next)
        })}
        columns={columns}
        rowSelection={
          selectable
            ? {
                selectedRowKeys: selected,
                onChange: (keys: Key[]) => setSelected(keys.map(String)),
                getCheckboxProps: (r: TReminder) => ({
                  disabled: r.state === 'seen',
                  'aria-label': r.title,
                }),
              }
            : undefined
        }
        empty={
          <ListEmpty
            filtered={remindersFiltered(search)}
            onClearFilters={reset}
            emptyTitle={t('empty')}
            emptyHint={t('emptyHint')}
          />
        }
      />
      <SnoozeModal reminder={snoozing} onClose={() => setSnoozing(null)} />
    </>
  )
}
