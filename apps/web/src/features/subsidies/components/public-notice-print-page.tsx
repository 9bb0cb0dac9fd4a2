import { ArrowLeftOutlined } from '@ant-design/icons'
import { formatYuan } from '@cr/shared/party/money'
import type { TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import { useTranslation } from 'react-i18next'
import { printDate } from '@/components/print/print-format'
import { PrintPage } from '@/components/print/print-page'
import { PrintTable } from '@/components/print/print-table'
import { ButtonLink } from '@/components/ui/button-link'
import { paths } from '@/config/paths'
import { usePublicNoticeCases } from '../api/get-subsidy-cases'
import { defaultSubsidyCaseSort } from '../utils/subsidy-case-search'

/**
 * 低保公示名单 for the notice board: the cases in their 7 days of 公示, with only what the notice
 * may show (社会救助暂行办法: the applicant's name, household size, people covered, the amount
 * proposed and the notice's days) — never an ID number, an address beyond the committee, or an
 * income.
 */
export const PublicNoticePrintPage = ({ committeeId }: { committeeId?: string }) => {
  const { t, i18n } = useTranslation(['subsidies', 'print'])
  const query = usePublicNoticeCases(committeeId)
  const rows = query.data?.items ?? []
  const committees = [...new Set(rows.map((c) => c.committee.name))]
  const total = rows.reduce((sum, c) => sum + c.computed.amountFen, 0)
  return (
    <PrintPage
      back={
        <ButtonLink
          to={paths.subsidyCases}
          search={{ sort: defaultSubsidyCaseSort, stage: 'publicizing' }}
          kind="link"
          icon={<ArrowLeftOutlined aria-hidden />}
        >
          {t('print:back')}
        </ButtonLink>
      }
      title={t('notice.title')}
      meta={
        committees.length ? [{ label: t('fields.committee'), value: committees.join('、') }] : []
      }
      state={query}
    >
      <p className="print-note">{t('notice.intro')}</p>
      <PrintTable<TSubsidyCase>
        caption={t('notice.title')}
        rows={rows}
        rowKey={(c) => c.id}
        empty={t('notice.empty')}
        columns={[
          { key: 'name', title: t('notice.name'), nowrap: true, render: (c) => c.applicant.name },
          ...(committees.length > 1
            ? [
                {
                  key: 'committee',
                  title: t('fields.committee'),
                  render: (c: TSubsidyCase) => c.committee.name,
                },
              ]
            : []),
          { key: 'size', title: t('notice.size'), align: 'num', render: (c) => c.members.length },
          {
            key: 'covered',
            title: t('notice.covered'),
            align: 'num',
            render: (c) => c.coveredPeople,
          },
          {
            key: 'amount',
            title: t('notice.amount'),
            align: 'num',
            render: (c) => formatYuan(c.computed.amountFen),
          },
          {
            key: 'days',
            title: t('notice.days'),
            align: 'center',
            render: (c) =>
              c.publicNotice
                ? t('notice.daysValue', {
                    from: printDate(c.publicNotice.startsOn, i18n.language),
                    to: printDate(c.publicNotice.endsOn, i18n.language),
                  })
                : '—',
          },
        ]}
        footer={
          rows.length > 0 && (
            <tr>
              <td colSpan={committees.length > 1 ? 5 : 4} className="print-center">
                {t('notice.total', { count: rows.length })}
              </td>
              <td className="print-num">{formatYuan(total)}</td>
              <td />
            </tr>
          )
        }
      />
      <p className="print-note">{t('notice.objection')}</p>
      <p className="print-signatures">
        <span>{t('notice.issuer')}</span>
        <span>{t('notice.date')}</span>
      </p>
    </PrintPage>
  )
}
