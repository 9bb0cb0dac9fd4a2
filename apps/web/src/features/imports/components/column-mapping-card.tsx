import {
  Alert,
  Button,
  Card,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd'
import type { TImportJob } from '@cr/shared/imports/import-job'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { useTableCaption } from '@/components/ui/captioned-table'
import { useRevalidateImport } from '../api/revalidate-import'
import {
  chooseField,
  groupsMissing,
  initialChoices,
  isChanged,
  mappingToSend,
  missingFields,
  type TColumnChoices,
} from '../utils/column-mapping'
import { SavedMappings } from './saved-mappings'

type TColumn = TImportJob['columns'][number]
const ignore = '__ignore__'

/**
 * 列对应关系: each sheet column with the field it feeds. The clerk corrects what the headers
 * did not say (unrecognised columns are highlighted), checks again, and may save the mapping.
 * Keyed by the job's columns: a new check starts from what the server decided.
 */
export const ColumnMappingCard = ({ job }: { job: TImportJob }) => {
  const { t } = useTranslation(['imports', 'common'])
  const headingId = useId()
  const [choices, setChoices] = useState<TColumnChoices>(() => initialChoices(job.columns))
  const revalidate = useRevalidateImport()
  const components = useTableCaption(t('mapping.caption'))
  const labelOf = new Map(job.fields.map((f) => [f.key, f.label]))
  const missing = missingFields(job.fields, choices, job.columnGroups)
  const groups = groupsMissing(job.columnGroups, missing)
  const changed = isChanged(job.columns, choices)
  const options = [
    { value: ignore, label: t('mapping.ignore') },
    ...job.fields.map((f) => ({ value: f.key, label: f.label })),
  ]
  const isUnrecognised = (c: TColumn) => choices[c.letter] === undefined

  const recheck = () =>
    revalidate.mutate({ id: job.id, data: { mapping: mappingToSend(job.columns, choices) } })

  const columns: TableColumnsType<TColumn> = [
    { key: 'letter', title: t('mapping.letter'), dataIndex: 'letter', width: 64 },
    {
      key: 'header',
      title: t('mapping.header'),
      render: (_, c) => c.header || <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      key: 'field',
      title: t('mapping.field'),
      width: 260,
      render: (_, c) => (
        <Select<string>
          aria-label={t('mapping.fieldLabel', { letter: c.letter, header: c.header })}
          style={{ width: '100%' }}
          status={isUnrecognised(c) ? 'warning' : undefined}
          value={choices[c.letter] === null ? ignore : choices[c.letter]}
          placeholder={t('mapping.unrecognised')}
          options={options}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(value) =>
            setChoices((current) => chooseField(current, c.letter, value === ignore ? null : value))
          }
        />
      ),
    },
    {
      key: 'source',
      title: '',
      width: 130,
      render: (_, c) =>
        isUnrecognised(c) ? (
          <Tag color="warning">{t('mapping.unrecognised')}</Tag>
        ) : c.source === 'duplicate' && !choices[c.letter] ? (
          <Tag>{t('mapping.duplicate')}</Tag>
        ) : c.source === 'override' && choices[c.letter] === c.field ? (
          <Tag color="blue">{t('mapping.fromMapping')}</Tag>
        ) : null,
    },
  ]

  return (
    <section aria-labelledby={headingId}>
      <Card
        size="small"
        title={
          <h2 id={headingId} className="card-title">
            {t('mapping.title')}
          </h2>
        }
        style={{ marginBottom: 16 }}
        extra={
          <Space wrap>
            <SavedMappings
              type={job.type}
              columns={job.columns}
              choices={choices}
              onApply={(next) => setChoices(next)}
            />
            <Button
              type={changed ? 'primary' : 'default'}
              onClick={recheck}
              loading={revalidate.isPending}
              disabled={missing.length > 0}
            >
              {t('mapping.recheck')}
            </Button>
          </Space>
        }
      >
        {revalidate.error && <ProblemAlert error={revalidate.error} />}
        {missing.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 12 }}
            title={t('mapping.missing', {
              fields: missing.map((k) => labelOf.get(k) ?? k).join('、'),
            })}
            description={
              <>
                {groups.map((g) => (
                  <div key={g.label}>
                    {t('mapping.missingGroup', {
                      group: g.label,
                      fields: g.required.map((k) => labelOf.get(k) ?? k).join('、'),
                    })}
                  </div>
                ))}
                {t('mapping.missingHint')}
              </>
            }
          />
        )}
        {missing.length === 0 && changed && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('mapping.changed')} />
        )}
        {job.headerRowNumber !== null && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('mapping.hint', { row: job.headerRowNumber })}
          </Typography.Paragraph>
        )}
        <Table<TColumn>
          rowKey="letter"
          size="small"
          components={components}
          columns={columns}
          dataSource={job.columns}
          pagination={false}
          // Unrecognised columns stand out until the clerk decides what they hold.
          onRow={(c) => (isUnrecognised(c) ? { style: { background: '#fffbe6' } } : {})}
          scroll={job.columns.length > 10 ? { y: 400 } : undefined}
        />
      </Card>
    </section>
  )
}
