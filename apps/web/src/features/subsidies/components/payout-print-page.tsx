import { ArrowLeftOutlined } from '@ant-design/icons'
import type { TSubsidyPayout } from '@cr/shared/subsidies/subsidy-payout'
import { useTranslation } from 'react-i18next'
import { printMonth } from '@/components/print/print-format'
import { PrintPage } from '@/components/print/print-page'
import { PrintTable } from '@/components/print/print-table'
import { ButtonLink } from '@/components/ui/button-link'
import { recordPaths } from '@/config/paths'
import { usePayout } from '../api/payout-queries'
import { Money } from './payout-money'
import { useCorrectionText } from './payout-lines-table'
import './payout-print.css'

type TLine = TSubsidyPayout['lines'][number]

/**
 * 城市低保金发放花名册 on A4, as the households sign for the money: the head's name only — no ID
 * number, no account (a roll is passed round and filed) —, covered people, the amount with the
 * month's corrections in 备注, 合计, and 制表人 / 审核人.
 */
export const PayoutPrintPage = ({ payoutId }: { payoutId: string }) => {
  const { t, i18n } = useTranslation(['subsidyRoll', 'print'])
  const query = usePayout(payoutId)
  const roll = query.data
  const correctionText = useCorrectionText()
  const title = roll
    ? t('print.title', {
        committee: roll.committee.name,
        month: printMonth(roll.month, i18n.language),
      })
    : t('print.genericTitle')
  return (
    <PrintPage
      back={
        <ButtonLink
          to={recordPaths.subsidyPayout}
          params={{ payoutId }}
          kind="link"
          icon={<ArrowLeftOutlined aria-hidden />}
        >
          {t('print:back')}
        </ButtonLink>
      }
      title={title}
      meta={
        roll
          ? [
              { label: t('print.unit'), value: t('yuan') },
              {
                label: t('columns.state'),
                value: roll.state === 'locked' ? t('print.locked') : t('print.draft'),
              },
            ]
          : []
      }
      state={query}
    >
      {roll && (
        <div className="payout-roll-print">
          <PrintTable<TLine>
            caption={title}
            rows={roll.lines}
            rowKey={(l) => l.case.id}
            empty={t('lines.empty')}
            columns={[
              { key: 'name', title: t('print.head'), nowrap: true, render: (l) => l.case.name },
              {
                key: 'people',
                title: t('print.people'),
                align: 'center',
                render: (l) => l.coveredPeople,
              },
              {
                key: 'amount',
                title: t('print.amount'),
                align: 'num',
                render: (l) => <Money fen={l.totalFen} />,
              },
              // Room to sign by hand: the cell is as wide and tall as a signature needs.
              {
                key: 'sign',
                title: t('print.sign'),
                render: () => <span className="payout-sign" />,
              },
              { key: 'note', title: t('print.note'), render: (l) => correctionText(l) },
            ]}
            footer={
              roll.lines.length > 0 && (
                <tr className="print-total">
                  <td colSpan={2}>{t('totals')}</td>
                  <td className="print-center">{roll.totals.coveredPeople}</td>
                  <td className="print-num">
                    <Money fen={roll.totals.totalFen} />
                  </td>
                  <td colSpan={2} />
                </tr>
              )
            }
          />
        </div>
      )}
      {roll && (
        <p className="print-signatures">
          <span>{t('print.preparedBy')}</span>
          <span>{t('print.checkedBy')}</span>
        </p>
      )}
    </PrintPage>
  )
}
