import { Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { pickLabel } from '@/lib/language'

type TLabels<T extends string> = Record<T, { zh: string; en: string }>
type TCommon<T extends string> = Partial<TFieldA11y> & {
  /** The contract's `{ zh, en }` labels of an enum (categories, tags, uses). */
  labels: TLabels<T>
  placeholder?: string
  allowClear?: boolean
  style?: React.CSSProperties
  onBlur?: () => void
  'aria-label'?: string
}
type TProps<T extends string> =
  | (TCommon<T> & { mode: 'multiple'; value: T[] | undefined; onChange: (value: T[]) => void })
  | (TCommon<T> & {
      mode?: undefined
      value: T | null | undefined
      onChange: (value: T | undefined) => void
    })

/** A choice among an enum of the contract, labelled in the UI language, searchable. */
export const LabelSelect = <T extends string>(props: TProps<T>) => {
  const { i18n } = useTranslation()
  const { labels, mode, value, onChange, ...rest } = props
  const options = (Object.keys(labels) as T[]).map((code) => ({
    value: code,
    label: pickLabel(labels[code], i18n.language),
  }))
  return (
    <Select
      {...rest}
      mode={mode}
      value={(value ?? undefined) as never}
      onChange={(next: T | T[] | undefined) => (onChange as (v: typeof next) => void)(next)}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      maxTagCount="responsive"
    />
  )
}
