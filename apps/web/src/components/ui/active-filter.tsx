import { Select } from 'antd'
import { useTranslation } from 'react-i18next'

type TProps = {
  value: boolean | undefined
  onChange: (value: boolean | undefined) => void
  label: string
}

type TOption = 'all' | 'active' | 'inactive'

/** 全部状态 / 启用 / 停用, as an optional boolean filter. */
export const ActiveFilter = ({ value, onChange, label }: TProps) => {
  const { t } = useTranslation()
  const current: TOption = value === undefined ? 'all' : value ? 'active' : 'inactive'
  return (
    <Select<TOption>
      aria-label={label}
      value={current}
      style={{ width: 130 }}
      onChange={(next) => onChange(next === 'all' ? undefined : next === 'active')}
      options={[
        { value: 'all', label: t('status.all') },
        { value: 'active', label: t('status.active') },
        { value: 'inactive', label: t('status.inactive') },
      ]}
    />
  )
}
