import { Select } from 'antd'
import type { TCodeEntry } from '@cr/shared/code-tables/code-table'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { compareCodeMatches, type TCodeOption } from '@/lib/code-match'

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
 * Matches are listed exact name first, then by prefix (lib/code-match.ts).
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
    <Select<string, TCodeOption & { search: string }>
      {...rest}
      value={value ?? undefined}
      onChange={(next) => onChange(next ?? null)}
      options={options}
      allowClear={allowClear}
      placeholder={placeholder ?? t('pickers.codePlaceholder')}
      showSearch={{
        optionFilterProp: 'search',
        // Enter picks the first match: the exact name must be it (女 is 女, not 女婿).
        filterSort: (a, b, { searchValue }) => compareCodeMatches(a, b, searchValue),
      }}
      notFoundContent={t('pickers.noMatch')}
    />
  )
}
