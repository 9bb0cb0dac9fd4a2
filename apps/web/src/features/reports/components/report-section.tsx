import type { TAnnualReport, TAnnualReportSectionDto } from '@cr/shared/reports/annual-report'
import { Card, Table } from 'antd'
import { useTranslation } from 'react-i18next'
import type { TReportScope } from '../api/annual-report'
import { figureText } from '../utils/figure-value'
import { drillDownHref } from '../utils/report-year'
import { FigureLink } from './figure-link'
import { SectionText } from './section-text'

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

type TProps = {
  index: number
  section: TAnnualReportSectionDto
  report: TAnnualReport
  scope: TReportScope
  onDirty: (section: string, dirty: boolean) => void
  onReload: () => void
}

/** One section: 一、党建 — its figures (links to their records), its tables, its text. */
export const ReportSection = ({ index, section, report, scope, onDirty, onReload }: TProps) => {
  const { t, i18n } = useTranslation('reports')
  const words = {
    notRecorded: t('annual.notRecorded'),
    yuan: t('annual.yuan'),
    hours: t('annual.hours'),
  }
  const title = i18n.language.startsWith('zh')
    ? `${numerals[index] ?? index + 1}、${section.title}`
    : `${index + 1}. ${section.title}`
  return (
    <Card
      className="annual-report-section"
      title={<h3 style={{ margin: 0, fontSize: 16 }}>{title}</h3>}
      style={{ marginBottom: 16 }}
    >
      {section.figures.length === 0 ? (
        <p className="text-secondary">{t('annual.noFigures')}</p>
      ) : (
        <dl
          className="annual-report-figures"
          aria-label={t('annual.figures', { title: section.title })}
        >
          {section.figures.map((figure) => {
            const value = figureText(figure.value, figure.unit, words, i18n.language)
            return (
              <div key={figure.key}>
                <dt>{figure.label}</dt>
                <dd>
                  {figure.value === null ? (
                    <span className="text-secondary">{value}</span>
                  ) : (
                    <FigureLink
                      href={drillDownHref(figure.key, report, scope.committeeId)}
                      label={t('annual.drillDown', { label: figure.label })}
                    >
                      {value}
                    </FigureLink>
                  )}
                </dd>
              </div>
            )
          })}
        </dl>
      )}
      {section.tables.map((table) => (
        <Table
          key={table.figureKey}
          size="small"
          bordered
          pagination={false}
          style={{ marginTop: 12, maxWidth: 560 }}
          title={() => <strong>{table.title}</strong>}
          rowKey="key"
          dataSource={table.rows}
          columns={[
            { key: 'label', title: table.of, dataIndex: 'label' },
            {
              key: 'value',
              title: t('annual.value'),
              align: 'right',
              render: (_: unknown, row: { value: number }) =>
                figureText(row.value, table.unit, words, i18n.language),
            },
          ]}
          summary={() =>
            table.total === null ? null : (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>{t('annual.total')}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  <strong>{figureText(table.total, table.unit, words, i18n.language)}</strong>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )
          }
        />
      ))}
      <SectionText
        section={section.section}
        title={section.title}
        text={section.text}
        editable={report.editable}
        scope={scope}
        onDirty={onDirty}
        onReload={onReload}
      />
    </Card>
  )
}
