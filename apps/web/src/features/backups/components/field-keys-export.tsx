import { KeyOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Input, Modal, Typography } from 'antd'
import { ZFieldKeysExportRequest, type TBackupList } from '@cr/shared/backups/backups'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { formatDateTime } from '@/lib/format'
import { useExportFieldKeys } from '../api/backups'

type TExport = TBackupList['fieldKeysExport']

/** The confirmation: what the file is, where it must not go, and the password again. */
const ExportForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation('backups')
  const form = useForm<{ password: string }, unknown, { password: string }>({
    resolver: schemaResolver(ZFieldKeysExportRequest),
    defaultValues: { password: '' },
  })
  const exportKeys = useExportFieldKeys()
  const submit = useSubmit({
    form,
    fields: ['password'],
    send: ({ password }) => exportKeys.mutateAsync({ password }),
    done: t('export.done'),
    onDone,
  })
  return (
    <SubmitForm
      submit={submit}
      aria-label={t('export.title')}
      onCancel={onDone}
      submitLabel={t('export.submit')}
    >
      <Alert
        type="warning"
        showIcon
        title={t('export.what')}
        description={t('export.apart')}
        style={{ marginBottom: 16 }}
      />
      <FormField control={form.control} name="password" label={t('export.password')} required>
        {(field, a11y) => (
          <Input.Password
            {...field}
            {...a11y}
            autoFocus
            autoComplete="current-password"
            maxLength={200}
          />
        )}
      </FormField>
    </SubmitForm>
  )
}

/** 导出字段密钥: once per key version; afterwards the card says who took it and when. */
export const FieldKeysExport = ({ state }: { state: TExport }) => {
  const { t } = useTranslation('backups')
  const [open, setOpen] = useState(false)
  const taken = state.exportedAt !== null
  return (
    <Card
      title={t('export.cardTitle')}
      extra={
        <Button icon={<KeyOutlined aria-hidden />} disabled={taken} onClick={() => setOpen(true)}>
          {t('export.button')}
        </Button>
      }
    >
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {taken
          ? t('export.taken', {
              who: state.exportedBy,
              when: formatDateTime(state.exportedAt),
              version: state.version,
            })
          : t('export.available', { version: state.version })}
      </Typography.Paragraph>
      {state.rotating && (
        <Alert type="info" showIcon title={t('export.rotating')} style={{ marginTop: 12 }} />
      )}
      <Modal
        open={open}
        title={t('export.title')}
        onCancel={() => setOpen(false)}
        footer={null}
        destroyOnHidden
        width={520}
      >
        <ExportForm onDone={() => setOpen(false)} />
      </Modal>
    </Card>
  )
}
