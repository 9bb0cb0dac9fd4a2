import { Card, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { PageHeader } from '@/components/ui/page-header'
import { useSettings } from '../api/get-settings'
import { PasswordPolicyForm } from './password-policy-form'

export const SettingsPage = () => {
  const { t } = useTranslation('settings')
  const query = useSettings()
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Card style={{ maxWidth: 760 }}>
        {query.isPending ? (
          <Skeleton active paragraph={{ rows: 5 }} />
        ) : query.isError ? (
          <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <PasswordPolicyForm settings={query.data} onReload={() => void query.refetch()} />
        )}
      </Card>
    </>
  )
}
