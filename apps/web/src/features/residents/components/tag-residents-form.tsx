import { ZResidentTagging } from '@cr/shared/residents/resident'
import { residentTagLabels, type TResidentTag } from '@cr/shared/residents/resident-codes'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { LabelSelect } from '@/components/ui/label-select'
import { useTagResidents } from '../api/tag-residents'

type TValues = { residentIds: string[]; add: TResidentTag[]; remove: TResidentTag[] }
type TProps = { residentIds: string[]; onDone: () => void }

/** 批量打标签: tags to add to and to remove from every selected resident. */
export const TagResidentsForm = ({ residentIds, onDone }: TProps) => {
  const { t } = useTranslation('residents')
  const tagging = useTagResidents()
  const form = useForm<TValues, unknown, z.output<typeof ZResidentTagging>>({
    resolver: schemaResolver(ZResidentTagging),
    defaultValues: { residentIds, add: [], remove: [] },
  })
  const submit = useSubmit({
    form,
    fields: ['add', 'remove'],
    send: (data, idempotencyKey) => tagging.mutateAsync({ data, idempotencyKey }),
    done: (result) => t('batch.tagDone', { changed: result.changed, unchanged: result.unchanged }),
    onDone,
  })
  return (
    <SubmitForm
      submit={submit}
      aria-label={t('batch.tagTitle', { count: residentIds.length })}
      onCancel={onDone}
      submitLabel={t('batch.tagSubmit')}
    >
      {(['add', 'remove'] as const).map((name) => (
        <FormField key={name} control={form.control} name={name} label={t(`batch.${name}`)}>
          {({ value, onChange, onBlur }, a11y) => (
            <LabelSelect
              {...a11y}
              mode="multiple"
              labels={residentTagLabels}
              value={value}
              onChange={onChange}
              onBlur={onBlur}
              allowClear
            />
          )}
        </FormField>
      ))}
    </SubmitForm>
  )
}
