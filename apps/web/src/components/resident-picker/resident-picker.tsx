import { useQuery } from '@tanstack/react-query'
import { Select, Spin, Typography } from 'antd'
import type { TRef } from '@cr/shared/common/record'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { usePickerSearch } from '@/hooks/use-picker-search'
import { getResidentOptionsQueryOptions } from './get-resident-options'

type TCommon = Partial<TFieldA11y> & {
  'aria-label'?: string
  /** Only residents of this committee. */
  committeeId?: string
  /** `all`: people living elsewhere too (landlords, agents); left out, people living here. */
  residence?: 'all'
  /** Residents already chosen, so their names show before any search. */
  known?: readonly TRef[]
  /** Residents not offered (already members, the head). */
  exclude?: readonly string[]
  placeholder?: string
  style?: React.CSSProperties
  allowClear?: boolean
  onBlur?: () => void
}
type TProps =
  | (TCommon & { mode: 'multiple'; value: string[] | undefined; onChange: (ids: string[]) => void })
  | (TCommon & {
      mode?: undefined
      value: string | null | undefined
      onChange: (id: string | undefined) => void
    })

/**
 * Picks residents by typing a name, the last four of the ID number, a phone or an address
 * fragment (searched on the server); a whole ID number finds the one person it belongs to.
 */
export const ResidentPicker = (props: TProps) => {
  const { t } = useTranslation()
  const { text, setSearch, current, picked, remember } = usePickerSearch()
  const query = useQuery(getResidentOptionsQueryOptions(text, props.committeeId, props.residence))
  const settled = current(query.isFetching)
  const {
    known,
    exclude,
    committeeId: _c,
    residence: _r,
    mode,
    value,
    onChange,
    placeholder,
    ...rest
  } = props
  const options = useMemo(() => {
    const byId = new Map<string, { label: string; hint?: string }>([
      ...(known ?? []).map((r): [string, { label: string }] => [r.id, { label: r.name }]),
      ...[...picked].map(([id, label]): [string, { label: string }] => [id, { label }]),
    ])
    for (const r of settled ? (query.data?.items ?? []) : [])
      byId.set(r.id, {
        label: `${r.name}（${r.idNumberMasked}）`,
        hint: r.household?.address ?? t('pickers.noHousehold'),
      })
    return [...byId]
      .filter(([id]) => !exclude?.includes(id))
      .map(([id, o]) => ({ value: id, label: o.label, hint: o.hint }))
  }, [known, picked, exclude, query.data, settled, t])
  return (
    <Select
      {...rest}
      mode={mode}
      value={(value ?? undefined) as never}
      onChange={(next: string | string[] | undefined) => {
        remember(next, options)
        ;(onChange as (v: typeof next) => void)(next)
      }}
      options={options}
      optionRender={(option) => (
        <div>
          <div>{option.label}</div>
          {option.data.hint && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {option.data.hint}
            </Typography.Text>
          )}
        </div>
      )}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={placeholder ?? t('pickers.residentPlaceholder')}
      notFoundContent={settled ? t('pickers.noResident') : <Spin size="small" />}
      onBlur={() => (setSearch(''), rest.onBlur?.())}
      maxTagCount="responsive"
    />
  )
}
