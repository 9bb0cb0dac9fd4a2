import { Link } from '@tanstack/react-router'
import { Typography, type TableColumnsType } from 'antd'
import type { z } from 'zod'
import type { ZImportJobSummary } from '@cr/shared/imports/import-job'
import type { TFunction } from 'i18next'
import { recordPaths } from '@/config/paths'
import { formatDateTime } from '@/lib/format'
import { ImportStatusTag } from './import-status-tag'

export type TImportSummary = z.infer<typeof ZImportJobSummary>

/** The columns of 导入记录: which file, what became of it, who and when. */
export const buildImportColumns = (
  t: TFunction<['imports', 'common']>,
): TableColumnsType<TImportSummary> => [
  {
    key: 'fileName',
    title: t('fields.fileName'),
    ellipsis: true,
    // A real link: Enter opens the job from the keyboard, or in a new tab.
    render: (_, job) => (
      <Link
        to={recordPaths.importJob}
        params={{ importId: job.id }}
        aria-label={t('openJob', { name: job.fileName })}
        onClick={(e) => e.stopPropagation()}
      >
        {job.fileName}
      </Link>
    ),
  },
  { key: 'type', title: t('fields.type'), width: 70, render: (_, job) => t(`types.${job.type}`) },
  {
    key: 'status',
    title: t('fields.status'),
    width: 90,
    render: (_, job) => <ImportStatusTag status={job.status} />,
  },
  {
    key: 'counts',
    title: t('fields.counts'),
    width: 220,
    render: (_, { status, counts }) => (
      <>
        <div>{t('listCounts', { rows: counts.rows, invalid: counts.invalid })}</div>
        {(status === 'committed' || status === 'undone') && (
          <Typography.Text type="secondary">
            {t('listCommitted', { created: counts.created, updated: counts.updated })}
          </Typography.Text>
        )}
      </>
    ),
  },
  {
    key: 'committee',
    title: t('fields.committee'),
    width: 150,
    ellipsis: true,
    render: (_, job) => job.committee?.name ?? t('job.noCommittee'),
  },
  {
    key: 'createdBy',
    title: t('fields.createdBy'),
    width: 100,
    ellipsis: true,
    render: (_, job) => job.createdBy.name,
  },
  {
    key: 'createdAt',
    dataIndex: 'createdAt',
    title: t('fields.createdAt'),
    width: 140,
    render: formatDateTime,
  },
]
