import './subsidy-case.css'
import { Alert, Card, Table } from 'antd'
import { formatYuan } from '@cr/shared/party/money'
import type { TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import { amountChangeLabels } from '@cr/shared/subsidies/subsidy-payments'
import { useTranslation } from 'react-i18next'
import { pickLabel } from '@/lib/language'

const yuan = (fen: number) => <span className="mono">{formatYuan(fen)}</span>

/**
 * 保障金测算: the amount the case's figures give at this month's standard, each step of the
 * formula written out as a clerk checks it on paper — household income ÷ people = per capita;
 * standard − per capita = per person (the floor when it is less); × covered people; ± the
 * adjustment. Then the approved amount in force and how it changed from month to month.
 */
export const CaseAmountCard = ({ record: c }: { record: TSubsidyCase }) => {
  const { t, i18n } = useTranslation('subsidies')
  const a = c.computed
  const differs = c.monthlyAmountFen !== null && c.monthlyAmountFen !== a.amountFen
  return (
    <section aria-label={t('amount.title')}>
      <Card size="small" title={<h2 className="card-title">{t('amount.title')}</h2>}>
        {c.monthlyAmountFen !== null && (
          <p style={{ marginTop: 0 }}>
            {t('amount.inForce')}{' '}
            <strong className="amount-figure">{yuan(c.monthlyAmountFen)}</strong>{' '}
            {t('amount.yuanMonth')}
          </p>
        )}
        {a.standardFen === null ? (
          <Alert type="warning" showIcon title={t('amount.noStandard')} />
        ) : (
          <ol className="formula" aria-label={t('amount.formula')}>
            <li>
              {t('amount.perCapita', {
                income: formatYuan(a.householdIncomeFen),
                size: a.householdSize,
                perCapita: formatYuan(a.perCapitaIncomeFen),
              })}
            </li>
            <li>
              {t('amount.perPerson', {
                standard: formatYuan(a.standardFen),
                perCapita: formatYuan(a.perCapitaIncomeFen),
                perPerson: formatYuan(a.perPersonFen),
              })}
              {a.floorApplied && a.floorFen !== null && (
                <span className="text-secondary">
                  {' '}
                  {t('amount.floorApplied', { floor: formatYuan(a.floorFen) })}
                </span>
              )}
            </li>
            <li>
              {t('amount.times', {
                perPerson: formatYuan(a.perPersonFen),
                covered: a.coveredPeople,
              })}
              {a.adjustmentFen !== 0 &&
                ` ${a.adjustmentFen > 0 ? '+' : '−'} ${formatYuan(Math.abs(a.adjustmentFen))}`}
              {' = '}
              <strong>{yuan(a.amountFen)}</strong> {t('amount.yuanMonth')}
            </li>
          </ol>
        )}
        {differs && (
          <p className="text-secondary" style={{ marginBottom: 0 }}>
            {t('amount.differs')}
          </p>
        )}
        {c.amountPeriods.length > 0 && (
          <Table
            size="small"
            style={{ marginTop: 12 }}
            rowKey="fromMonth"
            pagination={false}
            aria-label={t('amount.periods')}
            columns={[
              { key: 'fromMonth', title: t('amount.fromMonth'), dataIndex: 'fromMonth', width: 90 },
              {
                key: 'change',
                title: t('amount.change'),
                width: 80,
                render: (_, p) =>
                  p.change === 'approved'
                    ? t('amount.approved')
                    : pickLabel(amountChangeLabels[p.change], i18n.language),
              },
              {
                key: 'amount',
                title: t('amount.monthly'),
                align: 'right',
                width: 110,
                render: (_, p) => yuan(p.amountFen),
              },
              { key: 'reason', title: t('amount.reason'), render: (_, p) => p.reason ?? '—' },
            ]}
            dataSource={c.amountPeriods}
          />
        )}
      </Card>
    </section>
  )
}
