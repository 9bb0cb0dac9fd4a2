import { ZHouseholdMoveIn, type THousehold } from '@cr/shared/households/household'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import {
  RelationshipSexWarning,
  useRelationshipSexWarning,
  useResidentSexes,
} from '@/components/relationship-sex/relationship-sex-warning'
import { ResidentPicker } from '@/components/resident-picker/resident-picker'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { ZOptionalFormDate } from '@/lib/form-date'
import { useMoveIn } from '../api/move-in'
import { DateField } from './date-field'
import { RelationshipField } from './relationship-field'

const { residentId, relationship } = ZHouseholdMoveIn.shape
const ZMoveInForm = z.object({ residentId, relationship, date: ZOptionalFormDate })
type TValues = { residentId: string | undefined; relationship: string | null; date: string | null }

type TProps = { household: THousehold; title: string; onDone: () => void }

/** 迁入成员: a resident in no household, their relationship to the head, the date. */
export const MoveInForm = ({ household, title, onDone }: TProps) => {
  const { t } = useTranslation('households')
  const form = useForm<TValues, unknown, z.output<typeof ZMoveInForm>>({
    resolver: schemaResolver(ZMoveInForm),
    defaultValues: { residentId: undefined, relationship: null, date: null },
  })
  const moveIn = useMoveIn()
  const [residentId, relationship] = useWatch({
    control: form.control,
    name: ['residentId', 'relationship'],
  })
  const sex = useResidentSexes([residentId]).get(residentId ?? '')
  const sexWarning = useRelationshipSexWarning()
  const submit = useSubmit({
    form,
    fields: ['residentId', 'relationship', 'date'],
    // A relationship that contradicts the resident's sex is asked about, not refused.
    confirm: (data) => {
      const warning = sexWarning.text(data.relationship, sex)
      return sexWarning.confirm(warning ? [warning] : [])
    },
    send: (data, idempotencyKey) => moveIn.mutateAsync({ id: household.id, data, idempotencyKey }),
    done: t('done.moveIn'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <FormField
        control={form.control}
        name="residentId"
        label={t('fields.resident')}
        required
        extra={t('help.resident')}
      >
        {({ value, onChange, onBlur }, a11y) => (
          <ResidentPicker
            {...a11y}
            committeeId={household.committee.id}
            exclude={household.members.map((m) => m.resident.id)}
            value={value}
            onChange={onChange}
            onBlur={onBlur}
          />
        )}
      </FormField>
      <RelationshipField
        control={form.control}
        name="relationship"
        label={t('fields.relationship')}
        extra={<RelationshipSexWarning relationship={relationship} sex={sex} />}
      />
      <DateField control={form.control} name="date" />
    </SubmitForm>
  )
}
