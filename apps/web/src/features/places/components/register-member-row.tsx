import { DeleteOutlined } from '@ant-design/icons'
import { Button, Col, Input, Radio, Row, Typography } from 'antd'
import { relationshipTable } from '@cr/shared/code-tables/relationship'
import type { TRef } from '@cr/shared/common/record'
import { useWatch, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { RelationshipSexWarning } from '@/components/relationship-sex/relationship-sex-warning'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { CodeTableSelect } from '@/components/ui/code-table-select'
import { FormField } from '@/components/ui/form/form-field'
import { NewPersonIdField } from '@/components/ui/form/new-person-id-field'
import { idNumberPerson } from '@/lib/id-number-person'
import type { TRegisterValues } from '../utils/register-household-values'

/** 本人 is for forms about one person, not a relationship to a head. */
const notInHousehold = ['01'] as const

type TProps<TOut> = {
  control: Control<TRegisterValues, unknown, TOut>
  index: number
  committeeId: string
  /** Residents chosen in other rows (not offered again). */
  taken: string[]
  /** The sex of the resident this row picked, when known (for the relationship warning). */
  residentSex: '1' | '2' | undefined
  onKind: (kind: 'resident' | 'new') => void
  onRemove: (() => void) | undefined
  /** The resident who already has this row's ID number (a 409), offered instead. */
  existing?: TRef
  onUseExisting: (resident: TRef) => void
  /** Residents taken that way, so the picker shows their names. */
  known: readonly TRef[]
}

/**
 * One member: a registered resident found by search, or a new person typed in (姓名, 身份证号
 * — its sex and birth date shown as it is read —, 联系电话), and the relationship to the head.
 * In the tab order: kind, the person's fields, relationship, remove.
 */
export const RegisterMemberRow = <TOut,>({
  control,
  index: i,
  committeeId,
  taken,
  residentSex,
  onKind,
  onRemove,
  existing,
  onUseExisting,
  known,
}: TProps<TOut>) => {
  const { t } = useTranslation('places')
  const row = useWatch({ control, name: `members.${i}` })
  const n = i + 1
  const person = row.kind === 'new' ? idNumberPerson(row.idNumber) : null
  const sex = row.kind === 'new' ? person?.sex : residentSex
  return (
    <div className="register-member-row" role="group" aria-label={t('register.row', { n })}>
      <Row gutter={12} align="top" wrap>
        <Col xs={24} md={5}>
          <div className="register-member-kind">
            <Typography.Text strong>{t('register.row', { n })}</Typography.Text>
            <Radio.Group
              size="small"
              optionType="button"
              value={row.kind}
              onChange={(e) => onKind(e.target.value as 'resident' | 'new')}
              aria-label={t('register.kind', { n })}
              options={[
                { value: 'resident', label: t('register.kindResident') },
                { value: 'new', label: t('register.kindNew') },
              ]}
            />
          </div>
        </Col>
        {row.kind === 'resident' ? (
          <Col xs={24} md={11}>
            <FormField
              control={control}
              name={`members.${i}.residentId`}
              label={t('register.resident', { n })}
              required
            >
              {({ value, onChange, onBlur }, a11y) => (
                <ResidentPicker
                  {...a11y}
                  committeeId={committeeId}
                  known={known}
                  value={value}
                  onChange={onChange}
                  onBlur={onBlur}
                  exclude={taken.filter((id) => id !== value)}
                />
              )}
            </FormField>
          </Col>
        ) : (
          <>
            <Col xs={24} md={4}>
              <FormField
                control={control}
                name={`members.${i}.name`}
                label={t('register.name', { n })}
                required
              >
                {(field, a11y) => <Input {...field} {...a11y} maxLength={50} autoComplete="off" />}
              </FormField>
            </Col>
            <Col xs={24} md={7}>
              <NewPersonIdField
                control={control}
                name={`members.${i}.idNumber`}
                label={t('register.idNumber', { n })}
                existing={existing}
                onUseExisting={onUseExisting}
                existingLabel={(known) => t('register.useExisting', { label: known.name })}
              />
            </Col>
          </>
        )}
        <Col xs={24} md={row.kind === 'resident' ? 7 : 6}>
          <FormField
            control={control}
            name={`members.${i}.relationship`}
            label={t('register.relationship', { n })}
            required
            extra={<RelationshipSexWarning relationship={row.relationship} sex={sex} />}
          >
            {({ value, onChange, onBlur }, a11y) => (
              <CodeTableSelect
                {...a11y}
                table={relationshipTable}
                exclude={notInHousehold}
                value={value}
                onChange={onChange}
                onBlur={onBlur}
              />
            )}
          </FormField>
        </Col>
        <Col xs={24} md={1} className="register-member-remove">
          {onRemove && (
            <Button
              type="text"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('register.remove', { n })}
              onClick={onRemove}
            />
          )}
        </Col>
        {row.kind === 'new' && (
          <Col xs={24} md={{ span: 8, offset: 5 }}>
            <FormField
              control={control}
              name={`members.${i}.phone`}
              label={t('register.phone', { n })}
            >
              {(field, a11y) => <Input {...field} {...a11y} maxLength={30} autoComplete="off" />}
            </FormField>
          </Col>
        )}
      </Row>
    </div>
  )
}
