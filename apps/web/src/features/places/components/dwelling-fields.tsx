import { Col, Input, Row } from 'antd'
import { dwellingUseLabels } from '@cr/shared/places/dwelling'
import { useWatch, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FormField } from '@/components/ui/form/form-field'
import { LabelSelect } from '@/components/ui/label-select'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { BuildingSelect } from './building-select'
import type { TDwellingFormValues } from './dwelling-form-values'

type TProps<TOut> = {
  control: Control<TDwellingFormValues, unknown, TOut>
  /** On edit: the building's address (a dwelling does not move) and the owner's masked ID. */
  fixed?: {
    building: string
    ownerIdNumberMasked: string | null
    ownerKnown?: { id: string; name: string }
  }
}

/** 楼栋, 单元, 室号, 面积, 用途 and the owner (a registered resident, or a name and ID number). */
export const DwellingFields = <TOut,>({ control, fixed }: TProps<TOut>) => {
  const { t } = useTranslation('places')
  const ownerResidentId = useWatch({ control, name: 'ownerResidentId' })
  return (
    <Row gutter={16}>
      <Col span={24}>
        <FormField
          control={control}
          name="buildingId"
          label={t('fields.building')}
          required
          extra={fixed ? t('help.buildingFixed') : undefined}
        >
          {({ value, onChange, onBlur, ref }, a11y) =>
            fixed ? (
              <Input {...a11y} ref={ref} readOnly variant="filled" value={fixed.building} />
            ) : (
              <BuildingSelect {...a11y} value={value} onChange={onChange} onBlur={onBlur} />
            )
          }
        </FormField>
      </Col>
      <Col span={8}>
        <FormField control={control} name="unit" label={t('fields.unit')} extra={t('help.unit')}>
          {(field, a11y) => <Input {...field} {...a11y} maxLength={10} autoFocus={!fixed} />}
        </FormField>
      </Col>
      <Col span={8}>
        <FormField
          control={control}
          name="room"
          label={t('fields.room')}
          required
          extra={t('help.room')}
        >
          {(field, a11y) => <Input {...field} {...a11y} maxLength={20} />}
        </FormField>
      </Col>
      <Col span={8}>
        <FormField control={control} name="area" label={t('fields.area')} extra={t('help.area')}>
          {(field, a11y) => (
            <Input {...field} {...a11y} inputMode="decimal" maxLength={9} suffix="m²" />
          )}
        </FormField>
      </Col>
      <Col span={8}>
        <FormField control={control} name="use" label={t('fields.use')} required>
          {({ value, onChange, onBlur }, a11y) => (
            <LabelSelect
              {...a11y}
              labels={dwellingUseLabels}
              value={value}
              onChange={(next) => onChange(next ?? 'owner_occupied')}
              onBlur={onBlur}
            />
          )}
        </FormField>
      </Col>
      <Col span={16}>
        <FormField
          control={control}
          name="ownerResidentId"
          label={t('fields.ownerResident')}
          extra={t('help.owner')}
        >
          {({ value, onChange, onBlur }, a11y) => (
            <ResidentPicker
              {...a11y}
              value={value}
              onChange={(id) => onChange(id ?? null)}
              onBlur={onBlur}
              known={fixed?.ownerKnown ? [fixed.ownerKnown] : undefined}
              allowClear
            />
          )}
        </FormField>
      </Col>
      {!ownerResidentId && (
        <>
          <Col span={8}>
            <FormField control={control} name="ownerName" label={t('fields.ownerName')}>
              {(field, a11y) => <Input {...field} {...a11y} maxLength={50} />}
            </FormField>
          </Col>
          <Col span={16}>
            <FormField
              control={control}
              name="ownerIdNumber"
              label={t('fields.ownerIdNumber')}
              extra={
                fixed?.ownerIdNumberMasked
                  ? t('help.ownerIdNumberKeep', { masked: fixed.ownerIdNumberMasked })
                  : undefined
              }
            >
              {(field, a11y) => (
                <Input {...field} {...a11y} maxLength={24} autoComplete="off" className="mono" />
              )}
            </FormField>
          </Col>
        </>
      )}
    </Row>
  )
}
