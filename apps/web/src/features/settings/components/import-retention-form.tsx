import { InputNumber, Typography } from 'antd'
import {
  importFileRetentionDefaultDays,
  ZSettingsUpdate,
  type TSettings,
} from '@cr/shared/settings/settings'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useUpdateSettings } from '../api/update-settings'

/** A cleared number input is null: the schema refuses it with the range message. */
type TValues = { importFileRetentionDays: number | null }
type TProps = { settings: TSettings; onReload: () => void }

/** How many days an uploaded ledger is kept before it is deleted, saved with If-Match. */
export const ImportRetentionForm = ({ settings, onReload }: TProps) => {
  const { t } = useTranslation(['settings', 'common'])
  const form = useForm<TValues, unknown, z.output<typeof ZSettingsUpdate>>({
    resolver: schemaResolver(ZSettingsUpdate),
    values: { importFileRetentionDays: settings.importFileRetentionDays },
  })
  const update = useUpdateSettings()
  const submit = useSubmit({
    form,
    fields: ['importFileRetentionDays'],
    send: (data) => update.mutateAsync({ version: settings.version, data }),
    done: t('saved'),
  })

  return (
    <SubmitForm submit={submit} aria-label={t('importRetention.legend')} onReload={onReload}>
      <h2 style={{ fontSize: 16, fontWeight: 600, margin: '0 0 4px' }}>
        {t('importRetention.legend')}
      </h2>
      <Typography.Paragraph type="secondary">{t('importRetention.intro')}</Typography.Paragraph>
      <FormField
        control={form.control}
        name="importFileRetentionDays"
        label={t('importRetention.days')}
        extra={t('importRetention.help', { days: importFileRetentionDefaultDays })}
        required
      >
        {(field, a11y) => (
          <InputNumber
            {...a11y}
            min={1}
            max={365}
            precision={0}
            suffix={t('importRetention.unit')}
            value={field.value}
            onChange={(v) => field.onChange(v)}
            style={{ width: 140 }}
          />
        )}
      </FormField>
    </SubmitForm>
  )
}
