import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Col, Row } from 'antd'
import { relationshipTable } from '@cr/shared/code-tables/relationship'
import { useFieldArray, useWatch, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { CodeTableSelect } from '@/components/ui/code-table-select'
import { FormField } from '@/components/ui/form/form-field'
import type { THouseholdFormValues } from './household-form-values'

/** 本人 and 户主 are not relationships a member can have to the head. */
export const memberRelationshipExclude = ['01', '02'] as const

type TProps<TOut> = { control: Control<THouseholdFormValues, unknown, TOut>; committeeId: string }

/** The members besides the head: each a resident and their relationship to the head. */
export const HouseholdMemberRows = <TOut,>({ control, committeeId }: TProps<TOut>) => {
  const { t } = useTranslation('places')
  const { fields, append, remove } = useFieldArray({ control, name: 'members' })
  const head = useWatch({ control, name: 'headResidentId' })
  const members = useWatch({ control, name: 'members' })
  const taken = [head, ...members.map((m) => m.residentId)].filter((id): id is string => !!id)
  return (
    <fieldset className="plain-fieldset">
      <legend>{t('household.members')}</legend>
      <p className="fieldset-hint">{t('household.membersHint')}</p>
      {fields.map((item, i) => (
        <Row gutter={12} key={item.id} align="top">
          <Col span={13}>
            <FormField
              control={control}
              name={`members.${i}.residentId`}
              label={t('household.member', { n: i + 1 })}
              required
            >
              {({ value, onChange, onBlur }, a11y) => (
                <ResidentPicker
                  {...a11y}
                  committeeId={committeeId}
                  value={value}
                  onChange={onChange}
                  onBlur={onBlur}
                  exclude={taken.filter((id) => id !== value)}
                />
              )}
            </FormField>
          </Col>
          <Col span={9}>
            <FormField
              control={control}
              name={`members.${i}.relationship`}
              label={t('household.relationship', { n: i + 1 })}
              required
            >
              {({ value, onChange, onBlur }, a11y) => (
                <CodeTableSelect
                  {...a11y}
                  table={relationshipTable}
                  exclude={memberRelationshipExclude}
                  value={value}
                  onChange={onChange}
                  onBlur={onBlur}
                />
              )}
            </FormField>
          </Col>
          <Col span={2} style={{ paddingTop: 30 }}>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('household.removeMember', { n: i + 1 })}
              onClick={() => remove(i)}
            />
          </Col>
        </Row>
      ))}
      <Button
        type="dashed"
        block
        icon={<PlusOutlined aria-hidden />}
        onClick={() => append({ residentId: undefined, relationship: null })}
        style={{ marginBottom: 16 }}
      >
        {t('household.addMember')}
      </Button>
    </fieldset>
  )
}
