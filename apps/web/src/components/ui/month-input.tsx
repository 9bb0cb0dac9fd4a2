import { DatePicker } from 'antd'
import dayjs from '@/lib/dayjs'
import type { TFieldA11y } from '@/components/ui/form/form-field'

type TProps = Partial<TFieldA11y> & {
  /** A month `YYYY-MM`, or null. */
  value: string | null | undefined
  onChange: (value: string | null) => void
  /** Refuse months before this one. */
  min?: string
  /** Refuse months after this one. */
  max?: string
  allowClear?: boolean
  style?: React.CSSProperties
  'aria-label'?: string
}

/** A month field that speaks `YYYY-MM`, as the dues API does; typing `2026-11` works. */
export const MonthInput = ({
  value,
  onChange,
  min,
  max,
  allowClear = false,
  style,
  ...rest
}: TProps) => (
  <DatePicker
    {...rest}
    picker="month"
    value={value ? dayjs(`${value}-01`) : null}
    onChange={(d) => onChange(d ? d.format('YYYY-MM') : null)}
    format="YYYY-MM"
    placeholder="YYYY-MM"
    allowClear={allowClear}
    disabledDate={
      min || max
        ? (d) => {
            const month = d.format('YYYY-MM')
            return (min !== undefined && month < min) || (max !== undefined && month > max)
          }
        : undefined
    }
    style={style ?? { width: '100%' }}
  />
)
