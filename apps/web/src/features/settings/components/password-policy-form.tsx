import { zodResolver } from '@hookform/resolvers/zod'
import { App, Radio, Space, Typography } from 'antd'
import { passwordPolicies, type TPasswordPolicy } from '@cr/shared/auth/password-policy'
import { ZSettingsUpdate, type TSettings } from '@cr/shared/settings/settings'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { FormActions } from '@/components/ui/form/form-actions'
import { useFormProblem } from '@/components/ui/form/use-form-problem'
import { useUpdateSettings } from '../api/update-settings'

type TValues = { passwordPolicy?: TPasswordPolicy }
type TProps = { settings: TSettings; onReload: () => void }

/** The password policy as a choice between two explained options, saved with If-Match. */
export const PasswordPolicyForm = ({ settings, onReload }: TProps) => {
  const { t } = useTranslation(['settings', 'common'])
  const { message } = App.useApp()
  const form = useForm<TValues>({
    resolver: zodResolver(ZSettingsUpdate),
    values: { passwordPolicy: settings.passwordPolicy },
  })
  const update = useUpdateSettings()
  const problem = useFormProblem(form.setError, ['passwordPolicy'])

  const onSubmit = form.handleSubmit((data) => {
    problem.clear()
    update.mutate(
      { version: settings.version, data },
      { onSuccess: () => void message.success(t('saved')), onError: problem.handle },
    )
  })

  return (
    <form onSubmit={onSubmit} noValidate>
      {problem.problem && (
        <ProblemAlert
          error={problem.problem.error}
          otherErrors={problem.problem.otherErrors}
          onReload={() => (problem.clear(), onReload())}
        />
      )}
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
      <FormActions submitting={update.isPending} />
    </form>
  )
}
