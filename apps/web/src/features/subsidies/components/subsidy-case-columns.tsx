import { Link } from '@tanstack/react-router'
import { Tag, type TableColumnsType } from 'antd'
import { formatYuan } from '@cr/shared/party/money'
import type { TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import type { TFunction } from 'i18next'
import { recordPaths } from '@/config/paths'
import { StageTag } from './stage-tag'

type TOptions = { t: TFunction<['subsidies', 'common']>; today: string }

/** 低保案件 columns: applicant, household, stage and what is due, people, amount, review, helper. */
export const buildSubsidyCaseColumns = ({ t, today }: TOptions): TableColumnsType<TSubsidyCase> => [
  {
    key: 'applicant',
    title: t('fields.applicant'),
    width: 90,
    render: (_, c) => (
      <Link to={recordPaths.subsidyCase} params={{ caseId: c.id }}>
        {c.applicant.name}
      </Link>
    ),
  },
  {
    key: 'committee',
    title: t('fields.committee'),
    width: 110,
    render: (_, c) => c.committee.name,
  },
  {
    key: 'household',
    title: t('fields.household'),
    render: (_, c) => (
      <Link to={recordPaths.household} params={{ householdId: c.household.id }}>
        {c.household.name}
      </Link>
    ),
  },
  {
    key: 'stage',
    title: t('fields.stage'),
    width: 150,
    render: (_, c) => (
      <>
        <StageTag stage={c.stage} />
        {c.deadline && (
          <div className={c.overdue ? 'text-danger' : 'text-secondary'} style={{ fontSize: 12 }}>
            {t(c.overdue ? 'list.overdue' : 'list.due', { date: c.deadline })}
          </div>
        )}
      </>
    ),
  },
  {
    key: 'covered',
    title: t('fields.coveredPeople'),
    width: 80,
    align: 'right',
    render: (_, c) => c.coveredPeople,
  },
  {
    key: 'amount',
    title: t('fields.monthlyAmount'),
    width: 110,
    align: 'right',
    render: (_, c) =>
      c.monthlyAmountFen !== null ? (
        <span className="mono">{formatYuan(c.monthlyAmountFen)}</span>
      ) : (
        <span className="mono text-secondary" title={t('list.computedHint')}>
          {formatYuan(c.computed.amountFen)}
        </span>
      ),
  },
  {
    key: 'classification',
    title: t('fields.classificationShort'),
    width: 90,
    render: (_, c) => t(`list.classification.${c.classification}`),
  },
  {
    key: 'reviewDueOn',
    title: t('fields.reviewDueOn'),
    width: 110,
    render: (_, c) =>
      c.reviewDueOn ? (
        <span className={c.reviewDueOn < today ? 'text-danger' : undefined}>{c.reviewDueOn}</span>
      ) : (
        '—'
      ),
  },
  {
    key: 'helper',
    title: t('fields.helper'),
    width: 90,
    render: (_, c) =>
      c.helper ? (
        c.helper.name
      ) : c.stage === 'in_payment' ? (
        <Tag color="orange">{t('list.noHelper')}</Tag>
      ) : (
        '—'
      ),
  },
  { key: 'appliedOn', title: t('fields.appliedOn'), width: 110, dataIndex: 'appliedOn' },
]
