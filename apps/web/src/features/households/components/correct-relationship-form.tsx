import { Descriptions, Input } from 'antd'
import { relationshipTable } from '@cr/shared/code-tables/relationship'
import { ZHouseholdRelationshipCorrection, type THousehold } from '@cr/shared/households/household'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import {
  RelationshipSexWarning,
  useRelationshipSexWarning,
  useResidentSexes,
} from '@/components/relationship-sex/relationship-sex-warning'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useCorrectRelationship } from '../api/correct-relationship'
import { RelationshipField } from './relationship-field'

type TValues = { relationship: string | null; reason: string }
type TMember = THousehold['members'][number]
type TProps = {
  household: THousehold
  member: TMember
  title: string
  onDone: () => void
  onReload: () => void
}

/**
 * 更正关系: a relationship recorded wrongly is corrected in place (the member did not move), with
 * the reason, kept in the history and the audit log. Sent with the household's version.
 */
export const CorrectRelationshipForm = ({ household, member, title, onDone, onReload }: TProps) => {
  const { t } = useTranslation('households')
  const form = useForm<TValues, unknown, z.output<typeof ZHouseholdRelationshipCorrection>>({
    resolver: schemaResolver(ZHouseholdRelationshipCorrection),
    defaultValues: { relationship: null, reason: '' },
  })
  const correct = useCorrectRelationship()
  const relationship = useWatch({ control: form.control, name: 'relationship' })
  const sex = useResidentSexes([member.resident.id]).get(member.resident.id)
  const sexWarning = useRelationshipSexWarning()
  const submit = useSubmit({
    form,
    fields: ['relationship', 'reason'],
    confirm: (data) => {
      const warning = sexWarning.text(data.relationship, sex)
      return sexWarning.confirm(warning ? [warning] : [])
    },
    send: (data) =>
      correct.mutateAsync({
        householdId: household.id,
        residentId: member.resident.id,
        version: household.version,
        data,
      }),
    done: t('done.correct'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone} onReload={onReload}>
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'current',
            label: t('correct.current'),
            children: relationshipTable.nameOf(member.relationship) ?? member.relationship,
          },
        ]}
      />
      <RelationshipField
        control={form.control}
        name="relationship"
        label={t('correct.relationship')}
        extra={<RelationshipSexWarning relationship={relationship} sex={sex} />}
      />
      <FormField
        control={form.control}
        name="reason"
        label={t('correct.reason')}
        required
        extra={t('correct.reasonHelp')}
      >
        {(field, a11y) => <Input.TextArea {...field} {...a11y} rows={2} maxLength={200} />}
      </FormField>
    </SubmitForm>
  )
}
