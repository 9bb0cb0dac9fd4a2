import { Card, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { PageHeader } from '@/components/ui/page-header'
import { useSettings } from '../api/get-settings'
import { ImportRetentionForm } from './import-retention-form'
import { OfficeNameForm } from './office-name-form'
import { PasswordPolicyForm } from './password-policy-form'
import { SubsidySettingsForm } from './subsidy-settings-form'

export const SettingsPage = () => {
  const { t } = useTranslation('settings')
  const query = useSettings()
  const reload = () => void query.refetch()
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {query.isPending ? (
        <Card style={{ maxWidth: 760 }}>
          <Skeleton active paragraph={{ rows: 5 }} />
        </Card>
      ) : query.isError ? (
        <Card style={{ maxWidth: 760 }}>
          <ProblemResult error={query.error} onRetry={reload} />
        </Card>
      ) : (
        <>
          <Card style={{ maxWidth: 760, marginBottom: 16 }}>
            <OfficeNameForm settings={query.data} onReload={reload} />
          </Card>
          <Card style={{ maxWidth: 760, marginBottom: 16 }}>
            <PasswordPolicyForm settings={query.data} onReload={reload} />
          </Card>
          <Card style={{ maxWidth: 760, marginBottom: 16 }}>
            <ImportRetentionForm settings={query.data} onReload={reload} />
          </Card>
          <Card style={{ maxWidth: 760 }}>
            <SubsidySettingsForm settings={query.data} onReload={reload} />
          </Card>
        </>
      )}
    </>
  )
}
