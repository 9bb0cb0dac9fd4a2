import { useQuery } from '@tanstack/react-query'
import { Select, Spin } from 'antd'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { getBuildingDwellingOptionsQueryOptions } from '../api/get-place-options'

type TProps = Partial<TFieldA11y> & {
  buildingId: string | undefined
  value: string | undefined
  onChange: (id: string | undefined) => void
  onBlur?: () => void
}

/** A dwelling of the chosen building, as the registry holds it (never an address typed in). */
export const DwellingSelect = ({ buildingId, value, onChange, onBlur, ...rest }: TProps) => {
  const { t } = useTranslation('rentals')
  const query = useQuery(getBuildingDwellingOptionsQueryOptions(buildingId ?? ''))
  const options = (query.data?.items ?? []).map((d) => ({
    value: d.id,
    label: `${d.unit ? `${d.unit}单元` : ''}${d.room}室`,
    title: d.address,
  }))
  return (
    <Select<string>
      {...rest}
      disabled={!buildingId}
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      onBlur={onBlur}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={buildingId ? undefined : t('create.pickBuildingFirst')}
      notFoundContent={query.isFetching ? <Spin size="small" /> : undefined}
    />
  )
}
