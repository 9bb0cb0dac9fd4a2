import { Input } from 'antd'
import { ZHouseholdMoveOut, type THousehold } from '@cr/shared/households/household'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { ZOptionalFormDate } from '@/lib/form-date'
import { useMoveOut } from '../api/move-out'
import { DateField } from './date-field'

const ZMoveOutForm = z.object({ date: ZOptionalFormDate, reason: ZHouseholdMoveOut.shape.reason })
type TValues = { date: string | null; reason: string }
type TMember = THousehold['members'][number]
type TProps = { household: THousehold; member: TMember; title: string; onDone: () => void }

/** 迁出: the member leaves the household (and the registry's dwelling) on a date, for a reason. */
export const MoveOutForm = ({ household, member, title, onDone }: TProps) => {
  const { t } = useTranslation('households')
  const form = useForm<TValues, unknown, z.output<typeof ZMoveOutForm>>({
    resolver: schemaResolver(ZMoveOutForm),
    defaultValues: { date: null, reason: '' },
  })
  const moveOut = useMoveOut()
  const submit = useSubmit({
    form,
    fields: ['date', 'reason'],
    send: (values, idempotencyKey) =>
      moveOut.mutateAsync({
        id: household.id,
        data: { ...values, residentId: member.resident.id },
        idempotencyKey,
      }),
    done: t('done.moveOut'),
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <DateField control={form.control} name="date" />
      <FormField control={form.control} name="reason" label={t('fields.reason')}>
        {(field, a11y) => (
          <Input.TextArea {...field} {...a11y} rows={2} maxLength={200} autoFocus />
        )}
      </FormField>
    </SubmitForm>
  )
}
