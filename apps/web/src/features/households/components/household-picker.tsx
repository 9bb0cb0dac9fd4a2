import { useQuery } from '@tanstack/react-query'
import { Select, Spin, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { usePickerSearch } from '@/hooks/use-picker-search'
import { getHouseholdOptionsQueryOptions } from '../api/get-household-options'

type TProps = Partial<TFieldA11y> & {
  value: string | undefined
  onChange: (id: string | undefined) => void
  onBlur?: () => void
  /** The household the member leaves: not a destination. */
  excludeId: string
}

/** Picks a household by an address fragment or a member's name. */
export const HouseholdPicker = ({ value, onChange, onBlur, excludeId, ...rest }: TProps) => {
  const { t } = useTranslation('households')
  const { text, setSearch, current } = usePickerSearch()
  const query = useQuery(getHouseholdOptionsQueryOptions(text))
  const settled = current(query.isFetching)
  // Keep the chosen option's label while the clerk types another search.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null)
  const options = useMemo(() => {
    const found = (settled ? (query.data ?? []) : [])
      .filter((h) => h.id !== excludeId)
      .map((h) => ({
        value: h.id,
        label: h.address,
        hint: h.head
          ? t('picker.head', { name: h.head })
          : t('picker.matched', { names: h.names.join('、') }),
      }))
    return chosen && !found.some((o) => o.value === chosen.value) ? [chosen, ...found] : found
  }, [query.data, settled, excludeId, chosen, t])
  return (
    <Select<string>
      {...rest}
      value={value}
      onChange={(next, option) => {
        const o = Array.isArray(option) ? undefined : option
        setChosen(next && o ? { value: next, label: String(o.label) } : null)
        onChange(next ?? undefined)
      }}
      onBlur={() => (setSearch(''), onBlur?.())}
      options={options}
      optionRender={(o) => (
        <div>
          <div>{o.label}</div>
          {o.data.hint && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.data.hint}
            </Typography.Text>
          )}
        </div>
      )}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('picker.placeholder')}
      notFoundContent={settled ? t('picker.none') : <Spin size="small" />}
    />
  )
}
