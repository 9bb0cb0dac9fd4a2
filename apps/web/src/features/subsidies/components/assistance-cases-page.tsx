import { Button, Modal, Select, Space, Tag, Typography, type TableColumnsType } from 'antd'
import { formatYuan } from '@cr/shared/party/money'
import {
  assistanceFormLabels,
  assistanceKindLabels,
  assistanceKinds,
} from '@cr/shared/subsidies/assistance'
import {
  assistanceStageLabels,
  assistanceStages,
  type TAssistanceCase,
  type TAssistanceStage,
} from '@cr/shared/subsidies/assistance-case'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import { ListEmpty } from '@/components/ui/list-empty'
import { ListToolbar } from '@/components/ui/list-toolbar'
import { PageHeader } from '@/components/ui/page-header'
import { RecordList } from '@/components/ui/record-list'
import { sortableColumn } from '@/components/ui/sortable-column'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { searchPaging, sortParamFrom } from '@/lib/search-params'
import { useAssistanceCases } from '../api/assistance-cases'
import {
  assistanceFiltered,
  assistanceSorts,
  defaultAssistanceSort,
  toAssistanceListQuery,
  type TAssistanceSearch,
} from '../utils/assistance-search'
import { AssistanceCreateForm } from './assistance-create-form'
import { AssistanceFundCard } from './assistance-fund-card'
import { AssistanceStepModal, type TAssistanceStepTarget } from './assistance-step-modal'

const stageColors: Record<TAssistanceStage, string> = {
  pending: 'blue',
  approved: 'cyan',
  helped: 'orange',
  completed: 'green',
  refused: 'default',
}

type TProps = {
  search: TAssistanceSearch
  onSearchChange: (next: TAssistanceSearch) => void
}

/** Which steps a case offers the user now (the server checks again). */
const stepsOf = (c: TAssistanceCase, can: { write: boolean; approve: boolean }) => {
  const verbs: TAssistanceStepTarget['verb'][] = []
  const approvable = c.stage === 'pending' || c.stage === 'helped'
  const payable =
    c.form !== 'referral' &&
    (c.stage === 'approved' || (c.stage === 'pending' && c.procedure === 'urgent'))
  if (can.approve && approvable) verbs.push('approve')
  if (can.write && payable) verbs.push('pay')
  if (can.approve && (c.stage === 'pending' || c.stage === 'approved')) verbs.push('refuse')
  return verbs
}

/**
 * 临时救助: the cases in scope with their stage, the paperwork deadline of urgent ones, totals
 * of every matching case, the export, and the petty fund's balance above. Clerks record and pay;
 * supervisors approve, refuse and deposit.
 */
export const AssistanceCasesPage = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation(['assistance', 'common'])
  const can = { write: useCan('subsidy:write'), approve: useCan('subsidy:approve') }
  const query = useAssistanceCases(search)
  const [creating, setCreating] = useState(false)
  const [step, setStep] = useState<TAssistanceStepTarget | null>(null)
  const set = (next: Partial<TAssistanceSearch>) => onSearchChange({ ...search, ...next })
  const reset = () => onSearchChange({ sort: search.sort, size: search.size })
  const label = (labels: Record<string, { zh: string; en: string }>, code: string) =>
    pickLabel(labels[code]!, i18n.language)
  const columns: TableColumnsType<TAssistanceCase> = [
    {
      key: 'resident',
      title: t('columns.resident'),
      width: 110,
      render: (_, c) => c.resident.name,
    },
    {
      key: 'kind',
      title: t('columns.kind'),
      width: 120,
      render: (_, c) => (
        <Space size={4} wrap>
          {label(assistanceKindLabels, c.kind)}
          {c.procedure === 'urgent' && <Tag color="red">{t('urgent')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'form',
      title: t('columns.form'),
      width: 80,
      render: (_, c) => label(assistanceFormLabels, c.form),
    },
    {
      key: 'reason',
      title: t('columns.reason'),
      render: (_, c) => (
        <>
          <div>{c.reason}</div>
          {c.inKindDescription && (
            <div className="text-secondary" style={{ fontSize: 12 }}>
              {c.inKindDescription}
            </div>
          )}
        </>
      ),
    },
    {
      key: 'amount',
      title: t('columns.amount'),
      align: 'right',
      width: 120,
      render: (_, c) => <span className="mono">{formatYuan(c.amountFen)}</span>,
    },
    {
      key: 'appliedOn',
      title: t('columns.appliedOn'),
      width: 120,
      dataIndex: 'appliedOn',
      ...sortableColumn(search.sort, 'appliedOn'),
    },
    {
      key: 'stage',
      title: t('columns.stage'),
      width: 200,
      render: (_, c) => (
        <div>
          <Tag color={stageColors[c.stage]}>{label(assistanceStageLabels, c.stage)}</Tag>
          {c.overdue && <Tag color="error">{t('overdue')}</Tag>}
          <div className="text-secondary" style={{ fontSize: 12 }}>
            {c.paperworkDueOn && !c.approved && c.stage !== 'refused' && (
              <div>{t('dueOn', { date: c.paperworkDueOn })}</div>
            )}
            {c.approved && (
              <div>{t('approvedBy', { date: c.approved.on, name: c.approved.by })}</div>
            )}
            {c.paid && <div>{t('paidOn', { date: c.paid.on })}</div>}
            {c.refused && <div>{t('refusedReason', { reason: c.refused.reason })}</div>}
          </div>
        </div>
      ),
    },
    {
      key: 'committee',
      title: t('columns.committee'),
      width: 130,
      render: (_, c) => c.committee.name,
    },
    ...(can.write || can.approve
      ? [
          {
            key: 'actions',
            title: t('common:columns.actions'),
            width: 170,
            render: (_: unknown, c: TAssistanceCase) => (
              <Space size={0} wrap>
                {stepsOf(c, can).map((verb) => (
                  <Button
                    key={verb}
                    type="link"
                    size="small"
                    danger={verb === 'refuse'}
                    aria-label={`${t(`steps.${verb}`)} ${c.resident.name}`}
                    onClick={() => setStep({ verb, record: c })}
                  >
                    {t(`steps.${verb}`)}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]
      : []),
  ]
  const totals = query.data?.totals
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Space wrap>
            <ExportButton
              menuLabel={t('exportLabel')}
              files={[
                {
                  key: 'assistance',
                  href: listExportHref('assistance-cases', toAssistanceListQuery(search)),
                },
              ]}
            />
            {can.write && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('create')}
              </Button>
            )}
          </Space>
        }
      />
      <AssistanceFundCard committeeId={search.committeeId} />
      <ListToolbar filtered={assistanceFiltered(search)} onReset={reset}>
        <CommitteeFilter
          label={t('filters.committee')}
          value={search.committeeId}
          onChange={(committeeId) => set({ committeeId })}
        />
        <Select
          aria-label={t('filters.kind')}
          style={{ width: 130 }}
          allowClear
          placeholder={t('filters.allKinds')}
          value={search.kind}
          onChange={(kind) => set({ kind })}
          options={assistanceKinds.map((k) => ({
            value: k,
            label: label(assistanceKindLabels, k),
          }))}
        />
        <Select
          aria-label={t('filters.stage')}
          style={{ width: 170 }}
          allowClear
          placeholder={t('filters.allStages')}
          value={search.stage}
          onChange={(stage) => set({ stage })}
          options={assistanceStages.map((s) => ({
            value: s,
            label: label(assistanceStageLabels, s),
          }))}
        />
      </ListToolbar>
      {totals && (
        <Typography.Paragraph role="status" data-testid="assistance-totals">
          {t('totals', {
            cases: totals.cases,
            amount: formatYuan(totals.amountFen),
            paid: formatYuan(totals.paidFen),
          })}
        </Typography.Paragraph>
      )}
      <RecordList<TAssistanceCase>
        caption={t('caption')}
        query={query}
        items={query.data?.items ?? []}
        paging={searchPaging(search, query.data?.total, onSearchChange)}
        columns={columns}
        onSort={(key, order) =>
          onSearchChange({
            ...search,
            sort: sortParamFrom(key, order, assistanceSorts, defaultAssistanceSort),
          })
        }
        empty={
          <ListEmpty
            filtered={assistanceFiltered(search)}
            onClearFilters={reset}
            emptyTitle={t('empty')}
            emptyHint={t('emptyHint')}
          />
        }
      />
      <Modal
        open={creating}
        title={t('createTitle')}
        onCancel={() => setCreating(false)}
        footer={null}
        destroyOnHidden
        width={640}
        mask={{ closable: false }}
      >
        {creating && (
          <AssistanceCreateForm title={t('createTitle')} onDone={() => setCreating(false)} />
        )}
      </Modal>
      <AssistanceStepModal target={step} onClose={() => setStep(null)} />
    </>
  )
}
