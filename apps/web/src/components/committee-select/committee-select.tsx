import { useQuery } from '@tanstack/react-query'
import { Select, Spin } from 'antd'
import type { TRef } from '@cr/shared/common/record'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { usePickerSearch } from '@/hooks/use-picker-search'
import { getCommitteeOptionsQueryOptions } from './get-committee-options'

type TCommon = Partial<TFieldA11y> & {
  'aria-label'?: string
  /** Committees already chosen (e.g. a user's), so their names show before any search. */
  known?: readonly TRef[]
  placeholder?: string
  style?: React.CSSProperties
  allowClear?: boolean
}
type TProps =
  | (TCommon & { mode: 'multiple'; value: string[] | undefined; onChange: (ids: string[]) => void })
  | (TCommon & {
      mode?: undefined
      value: string | undefined
      onChange: (id: string | undefined) => void
    })

/** Picks committees by typing part of a name or code (searched on the server). */
export const CommitteeSelect = (props: TProps) => {
  const { t } = useTranslation()
  const { text, setSearch, current, picked, remember } = usePickerSearch()
  const query = useQuery(getCommitteeOptionsQueryOptions(text))
  const settled = current(query.isFetching)
  const options = useMemo(() => {
    const byId = new Map<string, string>([
      ...(props.known ?? []).map((c): [string, string] => [c.id, c.name]),
      ...picked,
    ])
    for (const c of settled ? (query.data?.items ?? []) : [])
      byId.set(c.id, t('pickers.committeeOption', { name: c.name, code: c.code }))
    return [...byId].map(([value, label]) => ({ value, label }))
  }, [props.known, picked, settled, query.data, t])
  const { known: _known, mode, onChange, value, placeholder, ...rest } = props
  return (
    <Select
      {...rest}
      mode={mode}
      value={value as never}
      onChange={(next: string | string[] | undefined) => {
        remember(next, options)
        ;(onChange as (v: typeof next) => void)(next)
      }}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={placeholder ?? t('pickers.committeePlaceholder')}
      notFoundContent={settled ? t('pickers.noCommittee') : <Spin size="small" />}
      onBlur={() => setSearch('')}
      maxTagCount="responsive"
    />
  )
}
