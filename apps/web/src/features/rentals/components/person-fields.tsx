import { Col, Input, Radio, Row } from 'antd'
import type { TRef } from '@cr/shared/common/record'
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { FormField } from '@/components/ui/form/form-field'
import { NewPersonIdField } from '@/components/ui/form/new-person-id-field'
import type { TPersonValues } from '../utils/person-values'

type TProps<T extends FieldValues, TOut> = {
  control: Control<T, unknown, TOut>
  /** Where the person's values sit in the form (`landlord`). */
  name: Path<T>
  /** What the person is, in the labels: 出租人. */
  role: string
  onKind: (kind: TPersonValues['kind']) => void
  /** The registered person who already has the typed ID number (a 409), offered instead. */
  existing?: TRef
  onUseExisting: (person: TRef) => void
  known: readonly TRef[]
}

/**
 * A person of a rental record: a registered person (a resident, or someone living elsewhere the
 * office knows) found by name or ID number, or a new person — 姓名, 身份证号 (its sex and birth
 * date read as it is typed), 联系电话 — registered with the record. One person record, never a copy.
 */
export const PersonFields = <T extends FieldValues, TOut>({
  control,
  name,
  role,
  onKind,
  existing,
  onUseExisting,
  known,
}: TProps<T, TOut>) => {
  const { t } = useTranslation('rentals')
  const person = useWatch({ control, name }) as TPersonValues
  const path = (field: keyof TPersonValues) => `${name}.${field}` as Path<T>
  return (
    <Row gutter={12}>
      <Col span={24}>
        <Radio.Group
          optionType="button"
          value={person.kind}
          onChange={(e) => onKind(e.target.value as TPersonValues['kind'])}
          aria-label={t('person.kind', { role })}
          options={[
            { value: 'resident', label: t('person.kindResident') },
            { value: 'new', label: t('person.kindNew') },
          ]}
          style={{ marginBottom: 12 }}
        />
      </Col>
      {person.kind === 'resident' ? (
        <Col xs={24} md={16}>
          <FormField
            control={control}
            name={path('residentId')}
            label={t('person.resident')}
            required
            extra={t('person.residentHelp')}
          >
            {({ value, onChange, onBlur }, a11y) => (
              <ResidentPicker
                {...a11y}
                residence="all"
                known={known}
                value={value as string | undefined}
                onChange={onChange}
                onBlur={onBlur}
              />
            )}
          </FormField>
        </Col>
      ) : (
        <>
          <Col xs={24} md={6}>
            <FormField control={control} name={path('name')} label={t('person.name')} required>
              {(field, a11y) => <Input {...field} {...a11y} maxLength={50} autoComplete="off" />}
            </FormField>
          </Col>
          <Col xs={24} md={10}>
            <NewPersonIdField
              control={control}
              name={path('idNumber')}
              label={t('person.idNumber')}
              existing={existing}
              onUseExisting={onUseExisting}
              existingLabel={(known) => t('person.useExisting', { label: known.name })}
            />
          </Col>
          <Col xs={24} md={8}>
            <FormField control={control} name={path('phone')} label={t('person.phone')}>
              {(field, a11y) => <Input {...field} {...a11y} maxLength={30} autoComplete="off" />}
            </FormField>
          </Col>
        </>
      )}
    </Row>
  )
}
