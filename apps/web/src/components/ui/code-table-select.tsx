import { Select } from 'antd'
import type { TCodeEntry } from '@cr/shared/code-tables/code-table'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'

type TProps = Partial<TFieldA11y> & {
  /** A national code table (`ethnicityTable`, `relationshipTable`, …). */
  table: { entries: readonly TCodeEntry[] }
  value: string | null | undefined
  onChange: (code: string | null) => void
  onBlur?: () => void
  /** Codes not offered here (e.g. 户主 where only members are chosen). */
  exclude?: readonly string[]
  placeholder?: string
  allowClear?: boolean
  style?: React.CSSProperties
  'aria-label'?: string
}

/**
 * A code-table field: the clerk sees and types the names (汉 finds 汉族), the form holds the
 * standard's code. Typing the code itself (01) works too, for clerks who know the tables.
 */
export const CodeTableSelect = ({
  table,
  value,
  onChange,
  exclude,
  placeholder,
  allowClear = true,
  ...rest
}: TProps) => {
  const { t } = useTranslation()
  const options = useMemo(
    () =>
      table.entries
        .filter((e) => !exclude?.includes(e.code))
        .map((e) => ({ value: e.code, label: e.name, search: `${e.name} ${e.code}` })),
    [table, exclude],
  )
  return (
    <Select<string>
      {...rest}
      value={value ?? undefined}
      onChange={(next) => onChange(next ?? null)}
      options={options}
      allowClear={allowClear}
      placeholder={placeholder ?? t('pickers.codePlaceholder')}
      showSearch={{ optionFilterProp: 'search' }}
      notFoundContent={t('pickers.noMatch')}
    />
  )
}
