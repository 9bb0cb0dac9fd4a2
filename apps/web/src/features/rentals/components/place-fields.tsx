import { Col, Radio } from 'antd'
import { lodgingKindLabels, lodgingKinds, type TLodgingKind } from '@cr/shared/rentals/rental-codes'
import {
  useWatch,
  type Control,
  type FieldValues,
  type Path,
  type PathValue,
  type UseFormSetValue,
} from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FormField } from '@/components/ui/form/form-field'
import { pickLabel } from '@/lib/language'
import { BuildingSelect } from './building-select'
import { DwellingSelect } from './dwelling-select'
import { PropertySelect } from './property-select'
import type { TPlaceValues } from '../utils/place-values'

type TPlaceForm = FieldValues & TPlaceValues

type TProps<T extends TPlaceForm, TOut> = {
  control: Control<T, unknown, TOut>
  setValue: UseFormSetValue<T>
  autoFocus?: boolean
}

/**
 * 居住地: a registered rented dwelling (租住出租房屋), or any dwelling of the registry — a
 * household they stay with (投亲靠友) or an employer's dormitory (单位宿舍), picked by building
 * then dwelling, never typed in.
 */
export const PlaceFields = <T extends TPlaceForm, TOut>({
  control,
  setValue,
  autoFocus,
}: TProps<T, TOut>) => {
  const { t, i18n } = useTranslation('rentals')
  const [lodging, buildingId] = useWatch({
    control,
    name: ['lodging', 'buildingId'] as Path<T>[],
  }) as unknown as [TLodgingKind, string | undefined]
  const set = <K extends keyof TPlaceValues>(name: K, value: TPlaceValues[K]) =>
    setValue(name as unknown as Path<T>, value as PathValue<T, Path<T>>)
  return (
    <>
      <Col span={24}>
        <FormField
          control={control}
          name={'lodging' as Path<T>}
          label={t('place.lodging')}
          required
        >
          {({ value, onChange }, a11y) => (
            <Radio.Group
              {...a11y}
              optionType="button"
              value={value}
              onChange={(e) => onChange(e.target.value)}
              options={lodgingKinds.map((k) => ({
                value: k,
                label: pickLabel(lodgingKindLabels[k], i18n.language),
              }))}
            />
          )}
        </FormField>
      </Col>
      {lodging === 'rented' ? (
        <Col span={24}>
          <FormField
            control={control}
            name={'propertyId' as Path<T>}
            label={t('desk.property')}
            required
            extra={t('desk.propertyHelp')}
          >
            {({ value, onChange, onBlur }, a11y) => (
              <PropertySelect
                {...a11y}
                {...(autoFocus ? { autoFocus } : {})}
                value={value as string | undefined}
                onChange={onChange}
                onBlur={onBlur}
              />
            )}
          </FormField>
        </Col>
      ) : (
        <>
          <Col xs={24} md={14}>
            <FormField
              control={control}
              name={'buildingId' as Path<T>}
              label={t('place.building')}
              extra={lodging === 'dormitory' ? t('place.dormitoryHelp') : t('place.householdHelp')}
            >
              {({ value, onChange, onBlur }, a11y) => (
                <BuildingSelect
                  {...a11y}
                  value={value as string | undefined}
                  onChange={(id) => (onChange(id), set('dwellingId', undefined))}
                  onBlur={onBlur}
                />
              )}
            </FormField>
          </Col>
          <Col xs={24} md={10}>
            <FormField
              control={control}
              name={'dwellingId' as Path<T>}
              label={t('place.dwelling')}
              required
            >
              {({ value, onChange, onBlur }, a11y) => (
                <DwellingSelect
                  {...a11y}
                  buildingId={buildingId}
                  value={value as string | undefined}
                  onChange={onChange}
                  onBlur={onBlur}
                />
              )}
            </FormField>
          </Col>
        </>
      )}
    </>
  )
}
