import { useQuery } from '@tanstack/react-query'
import { Select, Spin } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { usePickerSearch } from '@/hooks/use-picker-search'
import { getRentalPropertyOptionsQueryOptions } from '../api/get-place-options'
import { getRentalPropertyQueryOptions } from '../api/get-rental-property'

type TProps = Partial<TFieldA11y> & {
  value: string | undefined
  onChange: (id: string | undefined) => void
  onBlur?: () => void
}

/** A registered rented dwelling, found by typing part of its address. */
export const PropertySelect = ({ value, onChange, onBlur, ...rest }: TProps) => {
  const { t } = useTranslation()
  const { text, setSearch, current, picked, remember } = usePickerSearch()
  const query = useQuery(getRentalPropertyOptionsQueryOptions(text))
  const settled = current(query.isFetching)
  const chosen = useQuery({
    ...getRentalPropertyQueryOptions(value ?? ''),
    enabled: Boolean(value),
  })
  const options = useMemo(() => {
    const byId = new Map<string, string>([...picked])
    if (chosen.data) byId.set(chosen.data.id, chosen.data.dwelling.name)
    for (const p of settled ? (query.data?.items ?? []) : [])
      byId.set(p.id, `${p.dwelling.name}（${p.landlord.name}）`)
    return [...byId].map(([id, label]) => ({ value: id, label }))
  }, [picked, chosen.data, query.data, settled])
  return (
    <Select<string>
      {...rest}
      value={value}
      onChange={(next) => (remember(next, options), onChange(next ?? undefined))}
      onBlur={() => (setSearch(''), onBlur?.())}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={settled ? t('pickers.noMatch') : <Spin size="small" />}
    />
  )
}
