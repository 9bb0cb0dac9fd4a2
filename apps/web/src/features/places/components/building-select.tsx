import { useQuery } from '@tanstack/react-query'
import { Select, Spin, type SelectProps } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { usePickerSearch } from '@/hooks/use-picker-search'
import { useBuilding } from '../api/get-building'
import { getBuildingOptionsQueryOptions } from '../api/get-building-options'

type TProps = Partial<TFieldA11y> &
  Pick<SelectProps, 'allowClear' | 'style' | 'aria-label' | 'placeholder'> & {
    value: string | undefined
    onChange: (id: string | undefined) => void
    onBlur?: () => void
  }

/** Picks a building by typing part of its address (searched on the server). */
export const BuildingSelect = ({ value, onChange, onBlur, ...rest }: TProps) => {
  const { t } = useTranslation()
  const { text, setSearch, current } = usePickerSearch()
  const query = useQuery(getBuildingOptionsQueryOptions(text))
  const settled = current(query.isFetching)
  // The chosen building's name, even when it is not among the search results.
  const chosen = useBuilding(value)
  const options = useMemo(() => {
    const byId = new Map<string, string>()
    if (chosen.data) byId.set(chosen.data.id, chosen.data.address)
    for (const b of settled ? (query.data?.items ?? []) : [])
      byId.set(b.id, `${b.address}（${b.committee.name}）`)
    return [...byId].map(([id, label]) => ({ value: id, label }))
  }, [chosen.data, query.data, settled])
  return (
    <Select<string>
      {...rest}
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      onBlur={() => (setSearch(''), onBlur?.())}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={rest.placeholder ?? t('pickers.buildingPlaceholder')}
      notFoundContent={settled ? t('pickers.noMatch') : <Spin size="small" />}
    />
  )
}
