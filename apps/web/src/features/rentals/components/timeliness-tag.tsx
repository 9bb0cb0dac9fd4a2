import { Tag, Tooltip } from 'antd'
import type { TTemporaryResident } from '@cr/shared/rentals/temporary-resident'
import { useTranslation } from 'react-i18next'

const colors = { on_time: 'green', late: 'orange', due: 'blue', overdue: 'red' } as const

/** 按时 / 逾期申报 / 待申报 / 逾期未报, with the deadline on hover. */
export const TimelinessTag = ({ resident: r }: { resident: TTemporaryResident }) => {
  const { t } = useTranslation('rentals')
  return (
    <Tooltip title={t('desk.deadline', { deadline: r.deadline })}>
      <Tag color={colors[r.timeliness]} style={{ marginInlineEnd: 0 }}>
        {t(`timeliness.${r.timeliness}`)}
      </Tag>
    </Tooltip>
  )
}
