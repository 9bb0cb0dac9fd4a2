import { Col, Input, Row } from 'antd'
import type { TBuilding } from '@cr/shared/places/building'
import type { Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ScopeCommitteeSelect } from '@/components/committee-select/scope-committee-select'
import { FormField } from '@/components/ui/form/form-field'

export type TBuildingFormValues = {
  committeeId: string | undefined
  street: string
  buildingNumber: string
  estateName: string
  gridCode: string
}

export const buildingFieldNames = [
  'committeeId',
  'street',
  'buildingNumber',
  'estateName',
  'gridCode',
] as const

export const toBuildingFormValues = (b: TBuilding): TBuildingFormValues => ({
  committeeId: b.committee.id,
  street: b.street,
  buildingNumber: b.buildingNumber,
  estateName: b.estateName ?? '',
  gridCode: b.gridCode ?? '',
})

type TProps<TOut> = {
  control: Control<TBuildingFormValues, unknown, TOut>
  /** On edit: the committee's name (a building does not move to another committee). */
  fixedCommittee?: string
}

/** 居委会, 街路巷, 楼号, 小区名称, 网格编码 — the address is derived from them. */
export const BuildingFields = <TOut,>({ control, fixedCommittee }: TProps<TOut>) => {
  const { t } = useTranslation('places')
  return (
    <Row gutter={16}>
      <Col span={24}>
        <FormField
          control={control}
          name="committeeId"
          label={t('fields.committee')}
          required
          extra={fixedCommittee ? t('help.committeeFixed') : undefined}
        >
          {({ value, onChange, onBlur, ref }, a11y) =>
            fixedCommittee ? (
              <Input {...a11y} ref={ref} readOnly variant="filled" value={fixedCommittee} />
            ) : (
              <ScopeCommitteeSelect {...a11y} value={value} onChange={onChange} onBlur={onBlur} />
            )
          }
        </FormField>
      </Col>
      <Col span={12}>
        <FormField
          control={control}
          name="street"
          label={t('fields.street')}
          required
          extra={t('help.street')}
        >
          {(field, a11y) => <Input {...field} {...a11y} autoFocus maxLength={60} />}
        </FormField>
      </Col>
      <Col span={12}>
        <FormField
          control={control}
          name="buildingNumber"
          label={t('fields.buildingNumber')}
          required
          extra={t('help.buildingNumber')}
        >
          {(field, a11y) => <Input {...field} {...a11y} maxLength={30} />}
        </FormField>
      </Col>
      <Col span={12}>
        <FormField
          control={control}
          name="estateName"
          label={t('fields.estateName')}
          extra={t('help.estateName')}
        >
          {(field, a11y) => <Input {...field} {...a11y} maxLength={60} />}
        </FormField>
      </Col>
      <Col span={12}>
        <FormField
          control={control}
          name="gridCode"
          label={t('fields.gridCode')}
          extra={t('help.gridCode')}
        >
          {(field, a11y) => <Input {...field} {...a11y} maxLength={40} />}
        </FormField>
      </Col>
    </Row>
  )
}
