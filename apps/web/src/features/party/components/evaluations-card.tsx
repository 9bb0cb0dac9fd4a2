import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Empty, Modal, Skeleton, Table, Tag } from 'antd'
import { evaluationGradeLabels, type TEvaluationGrade } from '@cr/shared/party/party-codes'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { useTableCaption } from '@/components/ui/captioned-table'
import { pickLabel } from '@/lib/language'
import { useEvaluations, type TPartyEvaluation } from '../api/member-actions'
import { EvaluationForm } from './evaluation-form'

const gradeColors: Record<TEvaluationGrade, string> = {
  excellent: 'red',
  qualified: 'green',
  basically_qualified: 'orange',
  unqualified: 'default',
}

type TProps = { memberId: string; name: string; canWrite: boolean }

/** 民主评议: the grade and title of each year, newest first; 新增评议 for the branch's clerk. */
export const EvaluationsCard = ({ memberId, name, canWrite }: TProps) => {
  const { t, i18n } = useTranslation('party')
  const headingId = useId()
  const query = useEvaluations(memberId)
  const [adding, setAdding] = useState(false)
  const caption = t('evaluations.title')
  const components = useTableCaption(caption)
  const items = [...(query.data?.items ?? [])].sort((a, b) => b.year - a.year)
  const title = t('evaluations.formTitle', { name })
  return (
    <section aria-labelledby={headingId}>
      <Card
        size="small"
        title={
          <h2 id={headingId} className="card-title">
            {caption}
          </h2>
        }
        extra={
          canWrite && (
            <Button
              size="small"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setAdding(true)}
            >
              {t('evaluations.add')}
            </Button>
          )
        }
      >
        {query.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : query.isError ? (
          <ProblemAlert error={query.error} />
        ) : items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluations.empty')} />
        ) : (
          <Table<TPartyEvaluation>
            rowKey="id"
            size="small"
            pagination={false}
            components={components}
            dataSource={items}
            columns={[
              { key: 'year', title: t('evaluations.fields.year'), dataIndex: 'year', width: 90 },
              {
                key: 'grade',
                title: t('evaluations.fields.grade'),
                render: (_, e) => (
                  <Tag color={gradeColors[e.grade]}>
                    {pickLabel(evaluationGradeLabels[e.grade], i18n.language)}
                  </Tag>
                ),
              },
              {
                key: 'title',
                title: t('evaluations.fields.title'),
                render: (_, e) => e.title ?? '—',
              },
            ]}
          />
        )}
      </Card>
      <Modal
        open={adding}
        title={title}
        onCancel={() => setAdding(false)}
        footer={null}
        destroyOnHidden
        width={480}
        mask={{ closable: false }}
      >
        {adding && (
          <EvaluationForm memberId={memberId} title={title} onDone={() => setAdding(false)} />
        )}
      </Modal>
    </section>
  )
}
