import { Table, Typography } from 'antd'
import type { TSubsidyPayout } from '@cr/shared/subsidies/subsidy-payout'
import { formatYuan } from '@cr/shared/party/money'
import { useTranslation } from 'react-i18next'
import { printMonth } from '@/components/print/print-format'
import { useTableCaption } from '@/components/ui/captioned-table'
import { Money } from './payout-money'
import { CaseLink } from './review-case-link'

type TLine = TSubsidyPayout['lines'][number]

/** 补发 2026年10月 200.00 · 追回 2026年9月 50.00: each earlier month a line settles. */
export const useCorrectionText = () => {
  const { t, i18n } = useTranslation('subsidyRoll')
  return (line: Pick<TLine, 'corrects'>) =>
    line.corrects
      .map((c) =>
        t(c.fen >= 0 ? 'correction.backPay' : 'correction.recovery', {
          month: printMonth(c.month, i18n.language),
          amount: formatYuan(Math.abs(c.fen)),
        }),
      )
      .join('；')
}

/** A roll's lines: the household, covered people, the month's amount, corrections, the total. */
export const PayoutLinesTable = ({ payout }: { payout: TSubsidyPayout }) => {
  const { t } = useTranslation('subsidyRoll')
  const components = useTableCaption(t('lines.caption'))
  const correctionText = useCorrectionText()
  return (
    <Table<TLine>
      rowKey={(l) => l.case.id}
      size="small"
      components={components}
      pagination={false}
      dataSource={payout.lines}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('lines.empty') }}
      columns={[
        {
          key: 'index',
          title: t('columns.index'),
          align: 'center',
          render: (_, __, i) => i + 1,
        },
        {
          key: 'head',
          title: t('columns.head'),
          render: (_, l) => <CaseLink caseId={l.case.id}>{l.case.name}</CaseLink>,
        },
        { key: 'household', title: t('columns.address'), render: (_, l) => l.household.name },
        {
          key: 'certificate',
          title: t('columns.certificate'),
          render: (_, l) => l.certificateNumber ?? '—',
        },
        {
          key: 'people',
          title: t('columns.coveredPeople'),
          align: 'right',
          render: (_, l) => l.coveredPeople,
        },
        {
          key: 'amount',
          title: t('columns.amount'),
          align: 'right',
          render: (_, l) => <Money fen={l.amountFen} />,
        },
        {
          key: 'correction',
          title: t('columns.correction'),
          align: 'right',
          render: (_, l) =>
            l.correctionFen === 0 ? (
              '—'
            ) : (
              <>
                <Money fen={l.correctionFen} />
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {correctionText(l)}
                </Typography.Text>
              </>
            ),
        },
        {
          key: 'total',
          title: t('columns.total'),
          align: 'right',
          render: (_, l) => <Money fen={l.totalFen} />,
        },
        {
          key: 'account',
          title: t('columns.account'),
          render: (_, l) =>
            l.bankAccountMasked ? (
              <span>
                {l.bankName ?? ''} <span className="mono">{l.bankAccountMasked}</span>
              </span>
            ) : (
              '—'
            ),
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={4}>
            <strong>{t('totals')}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            <strong>{payout.totals.coveredPeople}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={5} align="right">
            <Money fen={payout.totals.amountFen} />
          </Table.Summary.Cell>
          <Table.Summary.Cell index={6} align="right">
            <Money fen={payout.totals.correctionFen} />
          </Table.Summary.Cell>
          <Table.Summary.Cell index={7} align="right">
            <strong>
              <Money fen={payout.totals.totalFen} />
            </strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={8} />
        </Table.Summary.Row>
      )}
    />
  )
}
