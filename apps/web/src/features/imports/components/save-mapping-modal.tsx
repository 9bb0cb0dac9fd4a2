import { Input, Modal } from 'antd'
import type { TImportMapping, TImportType } from '@cr/shared/imports/import-job'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useSaveImportMapping } from '../api/import-mappings'

const ZName = z.object({ name: z.string().trim().min(1).max(50) })

type TProps = { type: TImportType; mapping: TImportMapping | null; onClose: () => void }

const SaveMappingForm = ({ type, mapping, onClose }: TProps & { mapping: TImportMapping }) => {
  const { t } = useTranslation(['imports', 'common'])
  const form = useForm<{ name: string }, unknown, z.output<typeof ZName>>({
    resolver: schemaResolver(ZName),
    defaultValues: { name: '' },
  })
  const save = useSaveImportMapping()
  const submit = useSubmit({
    form,
    fields: ['name'],
    send: ({ name }, idempotencyKey) =>
      save.mutateAsync({ data: { type, name, mapping }, idempotencyKey }),
    done: (saved) => t('mapping.saved', { name: saved.name }),
    onDone: onClose,
  })
  return (
    <SubmitForm submit={submit} aria-label={t('mapping.saveTitle')} onCancel={onClose}>
      <FormField
        control={form.control}
        name="name"
        label={t('mapping.saveName')}
        required
        extra={t('mapping.saveNameHelp')}
      >
        {(field, a11y) => <Input {...field} {...a11y} maxLength={50} autoFocus />}
      </FormField>
    </SubmitForm>
  )
}

/** 保存映射: names the current column mapping (by header text) for next month's ledger. */
export const SaveMappingModal = ({ type, mapping, onClose }: TProps) => {
  const { t } = useTranslation('imports')
  return (
    <Modal
      open={mapping !== null}
      title={t('mapping.saveTitle')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={480}
    >
      {mapping && <SaveMappingForm type={type} mapping={mapping} onClose={onClose} />}
    </Modal>
  )
}
