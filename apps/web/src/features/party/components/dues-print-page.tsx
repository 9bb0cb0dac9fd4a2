import { ArrowLeftOutlined } from '@ant-design/icons'
import { formatYuan } from '@cr/shared/party/money'
import type { ZDuesRollReport } from '@cr/shared/party/party-reports'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { printMonth } from '@/components/print/print-format'
import { PrintPage } from '@/components/print/print-page'
import { PrintTable } from '@/components/print/print-table'
import { ButtonLink } from '@/components/ui/button-link'
import { paths } from '@/config/paths'
import { useDuesRoll } from '../api/get-dues-roll'
import { currentMonth } from '../utils/party-dates'
import { shortStatus } from './roster-print-page'

type TRoll = z.output<typeof ZDuesRollReport>
type TRow = TRoll['rows'][number]

const money = (fen: number) => <span className="mono">{formatYuan(fen)}</span>

/** 党费收缴表: a branch's month — 应交 / 实交 / 欠交 per member and the totals — on A4. */
export const DuesPrintPage = ({
  organizationId,
  month: chosen,
}: {
  organizationId: string
  month: string | undefined
}) => {
  const { t, i18n } = useTranslation(['print', 'party'])
  const lang = i18n.language
  const month = chosen ?? currentMonth()
  const query = useDuesRoll(organizationId, month)
  const roll = query.data
  return (
    <PrintPage
      back={
        <ButtonLink
          to={paths.party}
          search={{ org: organizationId, tab: 'dues', month: chosen }}
          kind="link"
          icon={<ArrowLeftOutlined aria-hidden />}
        >
          {t('back')}
        </ButtonLink>
      }
      title={t('dues.title')}
      meta={
        roll
          ? [
              { label: t('dues.organization'), value: roll.organization.name },
              { label: t('dues.month'), value: printMonth(roll.month, lang) },
              { label: t('dues.unit'), value: t('dues.yuan') },
            ]
          : []
      }
      state={query}
    >
      {roll && (
        <PrintTable<TRow>
          caption={t('dues.title')}
          rows={roll.rows}
          rowKey={(r) => r.member.id}
          empty={t('dues.empty')}
          columns={[
            { key: 'name', title: t('dues.name'), nowrap: true, render: (r) => r.member.name },
            {
              key: 'status',
              title: t('dues.status'),
              align: 'center',
              render: (r) => shortStatus(r.status, lang),
            },
            {
              key: 'standard',
              title: t('dues.standard'),
              align: 'num',
              render: (r) => money(r.standardFen),
            },
            { key: 'due', title: t('dues.due'), align: 'num', render: (r) => money(r.dueFen) },
            { key: 'paid', title: t('dues.paid'), align: 'num', render: (r) => money(r.paidFen) },
            { key: 'owed', title: t('dues.owed'), align: 'num', render: (r) => money(r.owedFen) },
            {
              key: 'paidThrough',
              title: t('dues.paidThrough'),
              align: 'center',
              render: (r) => printMonth(r.paidThrough, lang),
            },
            {
              key: 'note',
              title: t('dues.note'),
              render: (r) => (r.lapse === 'ok' ? '' : t(`party:dues.lapse.${r.lapse}`)),
            },
          ]}
          footer={
            roll.rows.length > 0 && (
              <tr className="print-total">
                <td colSpan={4}>{t('dues.totals')}</td>
                <td className="print-num">{money(roll.totals.dueFen)}</td>
                <td className="print-num">{money(roll.totals.paidFen)}</td>
                <td className="print-num">{money(roll.totals.owedFen)}</td>
                <td colSpan={2} />
              </tr>
            )
          }
        />
      )}
      {roll && (
        <p className="print-signatures">
          <span>{t('signature')}</span>
        </p>
      )}
    </PrintPage>
  )
}
