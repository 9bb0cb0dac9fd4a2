import { DatePicker, Flex, Radio } from 'antd'
import dayjs from '@/lib/dayjs'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { asOfQuickPicks } from '@/components/statistics/figure-format'
import type { TDashboardSearch } from '../utils/statistics-search'

type TProps = {
  search: TDashboardSearch
  /** The as-of day shown when none is chosen (the API's today). */
  asOf: string | undefined
  onSearchChange: (next: TDashboardSearch) => void
}

const day = (value: string | undefined) => (value ? dayjs(value) : null)

/**
 * The dashboard's controls, all in the URL: the as-of day (with 今天 / 上月末 / 上季度末 / 上年末),
 * the period's first day, the committee.
 */
export const DashboardControls = ({ search, asOf, onSearchChange }: TProps) => {
  const { t } = useTranslation('statistics')
  const today = dayjs().format('YYYY-MM-DD')
  const picks = asOfQuickPicks(today)
  const shown = search.asOf ?? asOf ?? today
  const picked = (Object.keys(picks) as (keyof typeof picks)[]).find((key) => picks[key] === shown)
  return (
    <Flex wrap gap={12} align="center" className="dashboard-controls">
      <label className="dashboard-control">
        <span>{t('dashboard.asOf')}</span>
        <DatePicker
          aria-label={t('dashboard.asOf')}
          value={day(shown)}
          allowClear={false}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          onChange={(d) => d && onSearchChange({ ...search, asOf: d.format('YYYY-MM-DD') })}
          style={{ width: 140 }}
        />
      </label>
      <Radio.Group
        aria-label={t('dashboard.quickPicks')}
        optionType="button"
        size="middle"
        value={picked}
        onChange={(e) => {
          const key = e.target.value as keyof typeof picks
          // Today is the default: kept out of the URL, so a bookmark follows the calendar.
          onSearchChange({ ...search, asOf: key === 'today' ? undefined : picks[key] })
        }}
        options={(Object.keys(picks) as (keyof typeof picks)[]).map((key) => ({
          value: key,
          label: t(`dashboard.picks.${key}`),
        }))}
      />
      <label className="dashboard-control" title={t('dashboard.fromHint')}>
        <span>{t('dashboard.from')}</span>
        <DatePicker
          aria-label={t('dashboard.from')}
          value={day(search.from)}
          placeholder={`${shown.slice(0, 4)}-01-01`}
          disabledDate={(d) => d.isAfter(dayjs(shown), 'day')}
          onChange={(d) =>
            onSearchChange({ ...search, from: d ? d.format('YYYY-MM-DD') : undefined })
          }
          style={{ width: 140 }}
        />
      </label>
      <CommitteeFilter
        label={t('dashboard.committeeFilter')}
        value={search.committeeId}
        onChange={(committeeId) => onSearchChange({ ...search, committeeId })}
      />
    </Flex>
  )
}
