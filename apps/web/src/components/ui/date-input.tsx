import { DatePicker } from 'antd'
import dayjs from '@/lib/dayjs'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'

type TProps = Partial<TFieldA11y> & {
  /** A calendar date `YYYY-MM-DD` (China Standard Time), or null. */
  value: string | null | undefined
  onChange: (value: string | null) => void
  /** Refuse days before today (expiry dates). */
  futureOnly?: boolean
  'aria-label'?: string
}

/** A date field that speaks `YYYY-MM-DD` strings, as the API does, not dayjs objects. */
export const DateInput = ({ value, onChange, futureOnly, ...rest }: TProps) => {
  const { t } = useTranslation()
  return (
    <DatePicker
      {...rest}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
      format="YYYY-MM-DD"
      placeholder={t('pickers.datePlaceholder')}
      disabledDate={futureOnly ? (d) => d.isBefore(dayjs(), 'day') : undefined}
      style={{ width: '100%' }}
    />
  )
}
