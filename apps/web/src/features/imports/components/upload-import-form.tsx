import { Alert, Select } from 'antd'
import { ZImportType, type TImportType } from '@cr/shared/imports/import-job'
import { useMemo } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { ScopeCommitteeSelect } from '@/components/committee-select/scope-committee-select'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useMe } from '@/lib/auth'
import { useCreateImport } from '../api/create-import'
import { FileDropField } from './file-drop-field'
import { useUploadTypes } from './upload-types'

type TValues = { type: TImportType; committeeId: string | undefined; file: File | undefined }
type TProps = { onCancel: () => void; onUploaded: (jobId: string) => void }

/** Type, committee and file; uploaded as a dry run (checked, nothing written). */
export const UploadImportForm = ({ onCancel, onUploaded }: TProps) => {
  const { t } = useTranslation(['imports', 'common'])
  const me = useMe()
  const uploadTypes = useUploadTypes()
  const schema = useMemo(
    () =>
      z.object({
        type: ZImportType,
        committeeId: z.string().optional(),
        file: z.instanceof(File, { error: t('upload.fileRequired') }),
      }),
    [t],
  )
  const form = useForm<TValues, unknown, z.output<typeof schema>>({
    resolver: schemaResolver(schema),
    defaultValues: {
      type: 'residents',
      // A clerk of one committee imports into it; others choose (or the sheet says).
      committeeId: me.committees.length === 1 ? me.committees[0]?.id : undefined,
      file: undefined,
    },
  })
  const create = useCreateImport()
  const submit = useSubmit({
    form,
    fields: ['type', 'committeeId', 'file'],
    send: ({ type, committeeId, file }) =>
      create.mutateAsync({ file, options: { type, committeeId, dryRun: true } }),
    onDone: (job) => onUploaded(job.id),
  })

  return (
    <SubmitForm
      submit={submit}
      aria-label={t('upload.title')}
      onCancel={onCancel}
      submitLabel={t('upload.submit')}
    >
      <FormField control={form.control} name="type" label={t('upload.type')} required>
        {(field, a11y) => (
          <Select<TImportType>
            {...a11y}
            value={field.value}
            onChange={field.onChange}
            options={uploadTypes.map((type) => ({
              value: type,
              label: t(`types.${type}`),
            }))}
          />
        )}
      </FormField>
      <FormField
        control={form.control}
        name="committeeId"
        label={t('upload.committee')}
        extra={t('upload.committeeHelp')}
      >
        {(field, a11y) => (
          <ScopeCommitteeSelect
            {...a11y}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            allowClear
            placeholder={t('upload.committeePlaceholder')}
          />
        )}
      </FormField>
      <FormField control={form.control} name="file" label={t('upload.file')} required>
        {(field, a11y) => (
          <FileDropField
            a11y={a11y}
            value={field.value}
            onChange={(file) => {
              field.onChange(file)
              form.clearErrors('file')
            }}
            onRejected={(problem) =>
              form.setError('file', { type: 'validate', message: t(`upload.${problem}`) })
            }
          />
        )}
      </FormField>
      <Alert type="info" showIcon title={t('upload.dryRunHint')} style={{ marginBottom: 8 }} />
    </SubmitForm>
  )
}
