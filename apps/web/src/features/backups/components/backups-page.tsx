import { CloudUploadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Skeleton, Table, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { TBackup } from '@cr/shared/backups/backups'
import { ProblemResult } from '@/components/errors/problem-result'
import { PageHeader } from '@/components/ui/page-header'
import { feedback } from '@/lib/feedback'
import { formatDateTime } from '@/lib/format'
import { useBackups, useCreateBackup } from '../api/backups'
import { FieldKeysExport } from './field-keys-export'

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`

/** 备份与恢复: make a backup now, the files, where the keys are and what a restore needs. */
export const BackupsPage = () => {
  const { t } = useTranslation('backups')
  const query = useBackups()
  const create = useCreateBackup()
  const backUp = () =>
    create.mutate(undefined, {
      onSuccess: (backup) => feedback.success(t('made', { name: backup.name })),
    })
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button
            type="primary"
            icon={<CloudUploadOutlined aria-hidden />}
            loading={create.isPending}
            disabled={!query.data?.key}
            onClick={backUp}
          >
            {t('backupNow')}
          </Button>
        }
      />
      {query.isPending ? (
        <Card style={{ maxWidth: 960 }}>
          <Skeleton active paragraph={{ rows: 5 }} />
        </Card>
      ) : query.isError ? (
        <Card style={{ maxWidth: 960 }}>
          <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
        </Card>
      ) : (
        <div
          style={{ maxWidth: 960, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16 }}
        >
          {create.isError && <ProblemResult error={create.error} />}
          <Alert
            type="warning"
            showIcon
            message={t('fieldKeysTitle')}
            description={t('fieldKeys', { location: query.data.fieldKeys })}
          />
          <FieldKeysExport state={query.data.fieldKeysExport} />
          {query.data.key ? (
            <Alert
              type="info"
              showIcon
              message={t(query.data.key === 'passphrase' ? 'keyPassphrase' : 'keyFile')}
              description={t('where', { directory: query.data.directory })}
            />
          ) : (
            <Alert type="error" showIcon message={t('noKey')} />
          )}
          <Card title={t('list')}>
            <Table<TBackup>
              rowKey="name"
              size="middle"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={query.data.items}
              locale={{ emptyText: t('empty') }}
              columns={[
                {
                  title: t('columns.createdAt'),
                  dataIndex: 'createdAt',
                  render: (v: string | null) => formatDateTime(v),
                },
                { title: t('columns.name'), dataIndex: 'name' },
                { title: t('columns.size'), dataIndex: 'bytes', align: 'right', render: size },
                {
                  title: t('columns.rows'),
                  dataIndex: 'rows',
                  align: 'right',
                  render: (v: number | null) => v?.toLocaleString() ?? '—',
                },
                {
                  title: t('columns.status'),
                  dataIndex: 'status',
                  render: (v: TBackup['status']) => (
                    <Tag color={v === 'ok' ? 'green' : 'red'}>{t(`status.${v}`)}</Tag>
                  ),
                },
              ]}
            />
          </Card>
          <Card title={t('restoreTitle')}>
            <Typography.Paragraph style={{ marginBottom: 0 }}>{t('restore')}</Typography.Paragraph>
          </Card>
        </div>
      )}
    </>
  )
}
