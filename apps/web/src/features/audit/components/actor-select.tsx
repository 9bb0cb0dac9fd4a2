import { useQuery } from '@tanstack/react-query'
import { Select, Spin } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { usePickerSearch } from '@/hooks/use-picker-search'
import { getActorOptionsQueryOptions, useActor } from '../api/get-actor-options'

type TProps = { value: string | undefined; onChange: (id: string | undefined) => void }

/** 操作人: an account, found by typing part of its username or name (searched on the server). */
export const ActorSelect = ({ value, onChange }: TProps) => {
  const { t } = useTranslation('audit')
  const { text, setSearch, current, picked, remember } = usePickerSearch()
  const query = useQuery(getActorOptionsQueryOptions(text))
  const chosen = useActor(value)
  const settled = current(query.isFetching)
  const options = useMemo(() => {
    const byId = new Map<string, string>(picked)
    if (chosen.data)
      byId.set(chosen.data.id, `${chosen.data.displayName}（${chosen.data.username}）`)
    for (const u of settled ? (query.data?.items ?? []) : [])
      byId.set(u.id, `${u.displayName}（${u.username}）`)
    return [...byId].map(([id, label]) => ({ value: id, label }))
  }, [picked, chosen.data, settled, query.data])
  return (
    <Select<string>
      aria-label={t('filters.actor')}
      placeholder={t('filters.allActors')}
      allowClear
      style={{ width: 200 }}
      value={value}
      onChange={(next) => {
        remember(next, options)
        onChange(next ?? undefined)
      }}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={settled ? t('filters.noActor') : <Spin size="small" />}
      onBlur={() => setSearch('')}
    />
  )
}
