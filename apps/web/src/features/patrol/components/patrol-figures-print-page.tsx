import { ArrowLeftOutlined } from '@ant-design/icons'
import type { TPatrolFigureCounts, TPatrolFiguresAnswer } from '@cr/shared/patrol/patrol-figures'
import { useTranslation } from 'react-i18next'
import { PrintPage } from '@/components/print/print-page'
import { PrintTable, type TPrintColumn } from '@/components/print/print-table'
import { ButtonLink } from '@/components/ui/button-link'
import { paths } from '@/config/paths'
import { usePatrolFigures } from '../api/patrol-figures'
import { figureColumns } from './patrol-figures-columns'

type TTeamRow = TPatrolFiguresAnswer['byTeam'][number]
type TMemberRow = TPatrolFiguresAnswer['byMember'][number]

/**
 * 月度巡逻情况报表, for the police station and the file: the month's figures per team or group
 * with the total, then per member, and the lines to sign. Landscape A4: the findings by type
 * make the table wide.
 */
export const PatrolFiguresPrintPage = ({
  month,
  committeeId,
}: {
  month: string
  committeeId?: string
}) => {
  const { t, i18n } = useTranslation(['patrol', 'print'])
  const query = usePatrolFigures({ month, committeeId })
  const data = query.data
  const columns = figureColumns((k) => t(`figures.${k}`), i18n.language)
  const countColumns = <T extends TPatrolFigureCounts>(skip: string[] = []): TPrintColumn<T>[] =>
    columns
      .filter((c) => !skip.includes(c.key))
      .map((c) => ({ key: c.key, title: c.title, align: 'num', render: (r: T) => c.value(r) }))
  return (
    <PrintPage
      back={
        <ButtonLink
          to={paths.patrolFigures}
          search={{ month }}
          kind="link"
          icon={<ArrowLeftOutlined aria-hidden />}
        >
          {t('print:back')}
        </ButtonLink>
      }
      title={t('figures.reportTitle')}
      meta={[{ label: t('figures.month'), value: month }]}
      landscape
      state={query}
    >
      <h2 className="print-section-title">{t('figures.byTeam')}</h2>
      <PrintTable<TTeamRow>
        caption={t('figures.byTeam')}
        rows={data?.byTeam ?? []}
        rowKey={(r) => r.team.id}
        empty={t('figures.empty')}
        columns={[
          { key: 'team', title: t('figures.team'), nowrap: true, render: (r) => r.team.name },
          ...countColumns<TTeamRow>(),
        ]}
        footer={
          data && data.byTeam.length > 0 ? (
            <tr>
              <td colSpan={2} className="print-center">
                {t('figures.total')}
              </td>
              {columns.map((c) => (
                <td key={c.key} className="print-num">
                  {c.value(data.total)}
                </td>
              ))}
            </tr>
          ) : undefined
        }
      />
      <h2 className="print-section-title">{t('figures.byMember')}</h2>
      <PrintTable<TMemberRow>
        caption={t('figures.byMember')}
        rows={data?.byMember ?? []}
        rowKey={(r) => r.member.id}
        numbered
        empty={t('figures.empty')}
        columns={[
          { key: 'member', title: t('figures.member'), nowrap: true, render: (r) => r.member.name },
          ...countColumns<TMemberRow>(['planned', 'notPatrolled']),
        ]}
      />
      <p className="print-note">{t('figures.reportNote')}</p>
      <p className="print-signatures">
        <span>{t('figures.preparedBy')}</span>
        <span>{t('figures.reviewedBy')}</span>
        <span>{t('figures.signedOn')}</span>
      </p>
    </PrintPage>
  )
}
