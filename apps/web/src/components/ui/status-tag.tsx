import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'

/** 启用 / 停用 in a table cell. */
export const ActiveTag = ({ active }: { active: boolean }) => {
  const { t } = useTranslation()
  return (
    <Tag color={active ? 'green' : 'default'}>
      {active ? t('status.active') : t('status.inactive')}
    </Tag>
  )
}
