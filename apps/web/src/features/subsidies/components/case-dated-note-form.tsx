import { Input } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { useCallback } from 'react'
import type { z } from 'zod'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { SubmitForm } from '@/components/ui/form/submit-form'
import type { TSubsidyCaseStep } from '../api/write-subsidy-case'
import type { TStepFormProps } from './case-procedure-forms'
import { useCaseStepForm } from './use-case-step-form'

type TField = { name: string; label: string; extra?: string }
type TValues = Record<string, string | null>

type TProps = TStepFormProps & {
  step: TSubsidyCaseStep
  schema: z.ZodType
  /** The step's date field, as the API names it (its problems land on it). */
  date: TField
  /** Its text: the objection, the opinion, the change reported, the reason. */
  note: TField & { required?: boolean; max: number }
  done: string
  confirm?: { title: string; content: string }
}

/**
 * A step that is a day and a text (异议, 街道审核, 家庭变化报告, 暂停 / 恢复 / 停保 / 不予批准):
 * one form, its fields named as the step's body names them.
 */
export const DatedNoteForm = ({
  record,
  title,
  onDone,
  step,
  schema,
  date,
  note,
  done,
  confirm,
}: TProps) => {
  const toInput = useCallback(
    (v: TValues) => ({ [date.name]: v[date.name], [note.name]: v[note.name]?.trim() || undefined }),
    [date.name, note.name],
  )
  const { form, submit } = useCaseStepForm<TValues>({
    record,
    step,
    schema,
    toInput,
    defaultValues: { [date.name]: todayInChina(), [note.name]: '' },
    fields: [date.name, note.name],
    done,
    confirm,
    onDone,
  })
  return (
    <SubmitForm submit={submit} aria-label={title} onCancel={onDone}>
      <FormField
        control={form.control}
        name={date.name}
        label={date.label}
        required
        extra={date.extra}
      >
        {({ value, onChange }, a11y) => <DateInput {...a11y} value={value} onChange={onChange} />}
      </FormField>
      <FormField
        control={form.control}
        name={note.name}
        label={note.label}
        required={note.required}
        extra={note.extra}
      >
        {(field, a11y) => (
          <Input.TextArea
            {...field}
            {...a11y}
            value={field.value ?? ''}
            rows={3}
            maxLength={note.max}
          />
        )}
      </FormField>
    </SubmitForm>
  )
}
