import { useQuery } from '@tanstack/react-query'
import { Select, Spin, type SelectProps } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { usePickerSearch } from '@/hooks/use-picker-search'
import { getBuildingOptionsQueryOptions, getBuildingQueryOptions } from '../api/get-place-options'

type TProps = Partial<TFieldA11y> &
  Pick<SelectProps, 'allowClear' | 'style' | 'aria-label' | 'placeholder' | 'autoFocus'> & {
    value: string | undefined
    onChange: (id: string | undefined, committeeId?: string) => void
    onBlur?: () => void
  }

/**
 * A building of the registry, found by typing part of its address (searched on the server).
 * The places feature has its own; features do not import each other.
 */
export const BuildingSelect = ({ value, onChange, onBlur, ...rest }: TProps) => {
  const { t } = useTranslation()
  const { text, setSearch, current, picked, remember } = usePickerSearch()
  const query = useQuery(getBuildingOptionsQueryOptions(text))
  const settled = current(query.isFetching)
  const items = useMemo(() => (settled ? (query.data?.items ?? []) : []), [query.data, settled])
  // The chosen building's name, even when it is not among the results (a filter from the URL).
  const chosen = useQuery({ ...getBuildingQueryOptions(value ?? ''), enabled: Boolean(value) })
  const options = useMemo(() => {
    const byId = new Map<string, string>([...picked])
    if (chosen.data) byId.set(chosen.data.id, chosen.data.address)
    for (const b of items) byId.set(b.id, `${b.address}（${b.committee.name}）`)
    return [...byId].map(([id, label]) => ({ value: id, label }))
  }, [items, picked, chosen.data])
  return (
    <Select<string>
      {...rest}
      value={value}
      onChange={(next) => {
        remember(next, options)
        onChange(next ?? undefined, items.find((b) => b.id === next)?.committee.id)
      }}
      onBlur={() => (setSearch(''), onBlur?.())}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={rest.placeholder ?? t('pickers.buildingPlaceholder')}
      notFoundContent={settled ? t('pickers.noMatch') : <Spin size="small" />}
    />
  )
}
