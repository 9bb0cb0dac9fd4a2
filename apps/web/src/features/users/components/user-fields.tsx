import { Col, Input, Row, Switch } from 'antd'
import type { TPasswordPolicy } from '@cr/shared/auth/password-policy'
import type { TRef } from '@cr/shared/common/record'
import { useWatch, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { CommitteeSelect } from '@/components/committee-select/committee-select'
import { PartyOrganizationSelect } from '@/components/party-organization-select/party-organization-select'
import { DateInput } from '@/components/ui/date-input'
import { FormField } from '@/components/ui/form/form-field'
import { PasswordPolicyHint } from '@/components/ui/password-policy-hint'
import { RoleSelect } from '@/components/ui/role-select'
import type { TUserFormValues } from './user-form-values'

type TProps<TOut> = {
  control: Control<TUserFormValues, unknown, TOut>
  mode: 'create' | 'edit'
  policy: TPasswordPolicy
  knownCommittees?: readonly TRef[]
}

export const UserFields = <TOut,>({ control, mode, policy, knownCommittees }: TProps<TOut>) => {
  const { t } = useTranslation('users')
  const [username, password] = useWatch({ control, name: ['username', 'password'] })
  return (
    <Row gutter={16}>
      <Col span={12}>
        <FormField
          control={control}
          name="username"
          label={t('fields.username')}
          required
          extra={mode === 'create' ? t('help.username') : undefined}
        >
          {(field, a11y) => (
            <Input
              {...field}
              {...a11y}
              disabled={mode === 'edit'}
              autoFocus={mode === 'create'}
              autoComplete="off"
              maxLength={32}
            />
          )}
        </FormField>
      </Col>
      <Col span={12}>
        <FormField control={control} name="displayName" label={t('fields.displayName')} required>
          {(field, a11y) => (
            <Input {...field} {...a11y} autoFocus={mode === 'edit'} maxLength={50} />
          )}
        </FormField>
      </Col>
      {mode === 'create' && (
        <Col span={24}>
          <FormField
            control={control}
            name="password"
            label={t('fields.password')}
            required
            extra={({ invalid }) => (
              <>
                <div>{t('help.password')}</div>
                <PasswordPolicyHint
                  password={password}
                  policy={policy}
                  username={username}
                  showVerdict={!invalid}
                />
              </>
            )}
          >
            {(field, a11y) => (
              <Input.Password {...field} {...a11y} autoComplete="new-password" maxLength={128} />
            )}
          </FormField>
        </Col>
      )}
      <Col span={12}>
        <FormField control={control} name="role" label={t('fields.role')} required>
          {({ value, onChange, onBlur }, a11y) => (
            <RoleSelect {...a11y} value={value} onChange={onChange} onBlur={onBlur} />
          )}
        </FormField>
      </Col>
      <Col span={12}>
        <FormField
          control={control}
          name="expiresOn"
          label={t('fields.expiresOn')}
          extra={t('help.expiresOn')}
        >
          {({ value, onChange }, a11y) => (
            <DateInput {...a11y} value={value} onChange={onChange} futureOnly />
          )}
        </FormField>
      </Col>
      <Col span={24}>
        <FormField
          control={control}
          name="committeeIds"
          label={t('fields.committees')}
          extra={t('help.committees')}
        >
          {({ value, onChange }, a11y) => (
            <CommitteeSelect
              {...a11y}
              mode="multiple"
              value={value}
              onChange={onChange}
              known={knownCommittees}
            />
          )}
        </FormField>
      </Col>
      <Col span={24}>
        <FormField
          control={control}
          name="partyOrganizationId"
          label={t('fields.partyOrganization')}
          extra={t('help.partyOrganization')}
        >
          {({ value, onChange }, a11y) => (
            <PartyOrganizationSelect
              {...a11y}
              value={value}
              onChange={onChange}
              placeholder={t('partyScopeNone')}
            />
          )}
        </FormField>
      </Col>
      <Col span={12}>
        <FormField control={control} name="active" label={t('fields.active')}>
          {({ value, onChange, ref }, a11y) => (
            <Switch {...a11y} ref={ref} checked={value} onChange={onChange} />
          )}
        </FormField>
      </Col>
    </Row>
  )
}
