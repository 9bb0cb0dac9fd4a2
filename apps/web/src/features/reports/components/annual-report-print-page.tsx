import { ArrowLeftOutlined } from '@ant-design/icons'
import type { TAnnualReportTable } from '@cr/shared/reports/annual-report'
import { useTranslation } from 'react-i18next'
import { PrintPage } from '@/components/print/print-page'
import { PrintTable } from '@/components/print/print-table'
import { ButtonLink } from '@/components/ui/button-link'
import { recordPaths } from '@/config/paths'
import { useAnnualReport, type TReportScope } from '../api/annual-report'
import { figureText } from '../utils/figure-value'
import { reportDate } from '../utils/report-year'
import './annual-report.css'

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/**
 * 年度工作总结 on paper: the print layout (A4, page numbers), each section's figures in a line,
 * its tables bordered, then the clerk's paragraphs — the same content as the .docx.
 */
export const AnnualReportPrintPage = ({ year, committeeId }: TReportScope) => {
  const { t, i18n } = useTranslation(['reports', 'print'])
  const query = useAnnualReport({ year, committeeId })
  const report = query.data
  const words = {
    notRecorded: t('annual.notRecorded'),
    yuan: t('annual.yuan'),
    hours: t('annual.hours'),
  }
  const zh = i18n.language.startsWith('zh')
  const value = (v: number | null, unit: TAnnualReportTable['unit']) =>
    figureText(v, unit, words, i18n.language)
  return (
    <PrintPage
      back={
        <ButtonLink
          to={recordPaths.annualReport}
          params={{ year: String(year) }}
          search={{ committeeId }}
          kind="link"
          icon={<ArrowLeftOutlined aria-hidden />}
        >
          {t('print:back')}
        </ButtonLink>
      }
      title={`${report?.office ?? ''} ${t('annual.heading', { year })}`.trim()}
      meta={report ? [{ label: t('annual.year'), value: t('annual.yearValue', { year }) }] : []}
      state={query}
    >
      {report && (
        <p className="print-note">{t('annual.asOf', { date: reportDate(report.asOf, zh) })}</p>
      )}
      {report?.sections.map((section, index) => (
        <section key={section.section}>
          <h2 className="print-section-title">
            {zh ? `${numerals[index]}、${section.title}` : `${index + 1}. ${section.title}`}
          </h2>
          <p className="annual-report-print-text">
            {section.figures.length === 0
              ? t('annual.noFigures')
              : section.figures
                  .map((f) => `${f.label}${zh ? '：' : ': '}${value(f.value, f.unit)}`)
                  .join(zh ? '；' : '; ')}
          </p>
          {section.tables.map((table) => (
            <div key={table.figureKey} style={{ margin: '2mm 0' }}>
              <PrintTable
                caption={table.title}
                rows={table.rows}
                rowKey={(r) => r.key}
                numbered={false}
                columns={[
                  { key: 'label', title: `${table.title} · ${table.of}`, render: (r) => r.label },
                  {
                    key: 'value',
                    title: t('annual.value'),
                    align: 'num',
                    render: (r) => value(r.value, table.unit),
                  },
                ]}
                footer={
                  table.total === null ? undefined : (
                    <tr className="print-total">
                      <td>{t('annual.total')}</td>
                      <td className="print-num">{value(table.total, table.unit)}</td>
                    </tr>
                  )
                }
              />
            </div>
          ))}
          {section.text.body
            .split(/\r?\n/)
            .filter((line) => line.trim())
            .map((line, i) => (
              <p key={i} className="annual-report-print-text">
                {line}
              </p>
            ))}
        </section>
      ))}
    </PrintPage>
  )
}
