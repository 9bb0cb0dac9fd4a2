import { Divider, Space, Typography } from 'antd'
import type { TImportJob } from '@cr/shared/imports/import-job'
import { useTranslation } from 'react-i18next'
import { existingCount } from '../utils/import-status'

/**
 * The job's numbers in one line. After a check they say what a commit would do (将新增…);
 * after the commit, what it did.
 */
export const JobCounts = ({ job }: { job: TImportJob }) => {
  const { t } = useTranslation('imports')
  const { counts } = job
  const done = job.status === 'committed' || job.status === 'undone'
  const items: { key: string; text: string; type?: 'danger' | 'success' }[] = done
    ? [
        { key: 'rows', text: t('result.rows', { count: counts.rows }) },
        { key: 'created', text: t('result.created', { count: counts.created }), type: 'success' },
        { key: 'updated', text: t('result.updated', { count: counts.updated }) },
        { key: 'unchanged', text: t('result.unchanged', { count: counts.unchanged }) },
        { key: 'skipped', text: t('result.skipped', { count: counts.skipped }) },
        {
          key: 'invalid',
          text: t('result.notImported', { count: counts.invalid }),
          type: counts.invalid ? 'danger' : undefined,
        },
      ]
    : [
        { key: 'rows', text: t('result.rows', { count: counts.rows }) },
        { key: 'valid', text: t('result.valid', { count: counts.valid }), type: 'success' },
        {
          key: 'invalid',
          text: t('result.invalid', { count: counts.invalid }),
          type: counts.invalid ? 'danger' : undefined,
        },
        { key: 'create', text: t('result.willCreate', { count: counts.created }) },
        { key: 'update', text: t('result.willUpdate', { count: counts.updated }) },
        { key: 'existing', text: t('result.existing', { count: existingCount(counts) }) },
      ]
  return (
    <Space wrap size={[0, 4]} separator={<Divider orientation="vertical" />}>
      {items.map((item) => (
        <Typography.Text key={item.key} strong type={item.type} style={{ fontSize: 15 }}>
          {item.text}
        </Typography.Text>
      ))}
    </Space>
  )
}
