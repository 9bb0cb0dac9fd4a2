import { zodResolver } from '@hookform/resolvers/zod'
import { Radio, Space, Typography } from 'antd'
import { passwordPolicies, type TPasswordPolicy } from '@cr/shared/auth/password-policy'
import { ZSettingsUpdate, type TSettings } from '@cr/shared/settings/settings'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { SubmitForm } from '@/components/ui/form/submit-form'
import { useSubmit } from '@/components/ui/form/use-submit'
import { useUpdateSettings } from '../api/update-settings'

type TValues = { passwordPolicy?: TPasswordPolicy }
type TProps = { settings: TSettings; onReload: () => void }

/** The password policy as a choice between two explained options, saved with If-Match. */
export const PasswordPolicyForm = ({ settings, onReload }: TProps) => {
  const { t } = useTranslation(['settings', 'common'])
  const form = useForm<TValues>({
    resolver: zodResolver(ZSettingsUpdate),
    values: { passwordPolicy: settings.passwordPolicy },
  })
  const update = useUpdateSettings()
  const submit = useSubmit({
    form,
    fields: ['passwordPolicy'],
    send: (data) => update.mutateAsync({ version: settings.version, data }),
    done: t('saved'),
  })

  return (
    <SubmitForm submit={submit} aria-label={t('passwordPolicy.legend')} onReload={onReload}>
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontSize: 16, fontWeight: 600, marginBottom: 4 }}>
          {t('passwordPolicy.legend')}
        </legend>
        <Typography.Paragraph type="secondary">{t('passwordPolicy.intro')}</Typography.Paragraph>
        <Controller
          control={form.control}
          name="passwordPolicy"
          render={({ field }) => (
            <Radio.Group
              value={field.value}
              onChange={(e) => field.onChange(e.target.value)}
              style={{ width: '100%' }}
            >
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                {passwordPolicies.map((policy) => (
                  <Radio key={policy} value={policy} className="policy-option">
                    <strong>{t(`policies.${policy}.name`)}</strong>
                    <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0' }}>
                      {t(`policies.${policy}.description`)}
                    </Typography.Paragraph>
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          )}
        />
      </fieldset>
    </SubmitForm>
  )
}
