import { Input, Typography } from 'antd'
import { ZSettingsUpdate, type TSettings } from '@cr/shared/settings/settings'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useUpdateSettings } from '../api/update-settings'

type TValues = { officeName: string }
type TProps = { settings: TSettings; onReload: () => void }

/** The office's name, printed at the top of every form and of the annual report. */
export const OfficeNameForm = ({ settings, onReload }: TProps) => {
  const { t } = useTranslation(['settings', 'common'])
  const form = useForm<TValues, unknown, z.output<typeof ZSettingsUpdate>>({
    resolver: schemaResolver(ZSettingsUpdate),
    values: { officeName: settings.officeName },
  })
  const update = useUpdateSettings()
  const submit = useSubmit({
    form,
    fields: ['officeName'],
    send: (data) => update.mutateAsync({ version: settings.version, data }),
    done: t('saved'),
  })

  return (
    <SubmitForm submit={submit} aria-label={t('officeName.legend')} onReload={onReload}>
      <h2 style={{ fontSize: 16, fontWeight: 600, margin: '0 0 4px' }}>{t('officeName.legend')}</h2>
      <Typography.Paragraph type="secondary">{t('officeName.intro')}</Typography.Paragraph>
      <FormField
        control={form.control}
        name="officeName"
        label={t('officeName.name')}
        extra={t('officeName.help')}
      >
        {(field, a11y) => (
          <Input
            {...a11y}
            value={field.value}
            onChange={(event) => field.onChange(event.target.value)}
            onBlur={field.onBlur}
            maxLength={60}
            placeholder={t('officeName.placeholder')}
            style={{ maxWidth: 420 }}
          />
        )}
      </FormField>
    </SubmitForm>
  )
}
