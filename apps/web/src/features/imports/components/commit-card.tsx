import { Alert, Card, Radio, Space, Typography } from 'antd'
import type { TImportJob } from '@cr/shared/imports/import-job'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { useCommitImport } from '../api/commit-import'
import { PopconfirmButton } from './popconfirm-button'

type TMode = TImportJob['options']['mode']
type TOnConflict = TImportJob['options']['onConflict']
const modes: TMode[] = ['all_or_nothing', 'skip_invalid']
const onConflicts: TOnConflict[] = ['skip', 'update']

/** 确认导入: how to treat invalid rows and people already registered, then the commit. */
export const CommitCard = ({ job }: { job: TImportJob }) => {
  const { t } = useTranslation('imports')
  const headingId = useId()
  const ids = { mode: useId(), onConflict: useId() }
  const [mode, setMode] = useState<TMode>(job.options.mode)
  const [onConflict, setOnConflict] = useState<TOnConflict>(job.options.onConflict)
  const commit = useCommitImport()
  const { valid, invalid, rows } = job.counts
  const blocked = mode === 'all_or_nothing' && invalid > 0
  return (
    <section aria-labelledby={headingId}>
      <Card
        size="small"
        title={
          <h2 id={headingId} className="card-title">
            {t('commit.title')}
          </h2>
        }
        style={{ marginBottom: 16 }}
      >
        {commit.error && <ProblemAlert error={commit.error} />}
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '12px 48px' }}>
          <div style={{ flex: '1 1 320px' }}>
            <Typography.Text strong id={ids.mode}>
              {t('commit.mode')}
            </Typography.Text>
            <Radio.Group
              aria-labelledby={ids.mode}
              value={mode}
              onChange={(e) => setMode(e.target.value as TMode)}
              options={modes.map((m) => ({ value: m, label: t(`commit.modes.${m}`) }))}
              style={{ display: 'block', margin: '6px 0 4px' }}
            />
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t(`commit.modeHelp.${mode}`)}
            </Typography.Text>
          </div>
          <div style={{ flex: '1 1 320px' }}>
            <Typography.Text strong id={ids.onConflict}>
              {t('commit.onConflict')}
            </Typography.Text>
            <Radio.Group
              aria-labelledby={ids.onConflict}
              value={onConflict}
              onChange={(e) => setOnConflict(e.target.value as TOnConflict)}
              options={onConflicts.map((c) => ({ value: c, label: t(`commit.onConflicts.${c}`) }))}
              style={{ display: 'block', margin: '6px 0 4px' }}
            />
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t(`commit.onConflictHelp.${onConflict}`)}
            </Typography.Text>
          </div>
        </div>
        {blocked && (
          <Alert
            type="warning"
            showIcon
            style={{ margin: '12px 0 0' }}
            title={t('commit.blocked', { count: invalid })}
          />
        )}
        <Space style={{ marginTop: 16 }}>
          <PopconfirmButton
            type="primary"
            okText={t('commit.submit')}
            title={t('commit.confirmTitle')}
            description={
              <>
                <div>
                  {invalid > 0
                    ? t('commit.confirmValid', { valid, invalid })
                    : t('commit.confirmAll', { count: rows })}
                </div>
                <div>{t('commit.confirmHint')}</div>
              </>
            }
            onConfirm={() => commit.mutate({ id: job.id, data: { mode, onConflict } })}
            loading={commit.isPending}
            disabled={blocked || valid === 0}
          >
            {t('commit.submit')}
          </PopconfirmButton>
        </Space>
      </Card>
    </section>
  )
}
