import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons'
import { useBlocker } from '@tanstack/react-router'
import { Alert, Button, Select, Skeleton, Space } from 'antd'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ButtonLink } from '@/components/ui/button-link'
import { PageHeader } from '@/components/ui/page-header'
import { recordPaths } from '@/config/paths'
import { annualReportDocxHref, useAnnualReport, type TReportScope } from '../api/annual-report'
import { browserToday } from '../utils/default-year'
import { reportDate, reportYears } from '../utils/report-year'
import { ReportSection } from './report-section'
import './annual-report.css'

type TProps = TReportScope & { onChange: (scope: TReportScope) => void }

/**
 * 年度工作总结 on the page: the report as a document — each section's figures (each a link to
 * its records), its tables and the clerk's text, edited in place — with 下载 Word and 打印.
 * Leaving with an unsaved text asks first (and so does closing the tab).
 */
export const AnnualReportPage = ({ year, committeeId, onChange }: TProps) => {
  const { t, i18n } = useTranslation('reports')
  const scope = { year, committeeId }
  const query = useAnnualReport(scope)
  const report = query.data
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set())
  const onDirty = useCallback(
    (section: string, isDirty: boolean) =>
      setDirty((current) => {
        if (current.has(section) === isDirty) return current
        const next = new Set(current)
        if (isDirty) next.add(section)
        else next.delete(section)
        return next
      }),
    [],
  )
  useBlocker({
    shouldBlockFn: () => dirty.size > 0 && !window.confirm(t('annual.text.leave')),
    enableBeforeUnload: () => dirty.size > 0,
  })
  const today = browserToday()
  return (
    <>
      <PageHeader
        title={t('annual.title')}
        description={t('annual.description')}
        actions={
          <Space wrap>
            <Button
              href={annualReportDocxHref(scope)}
              download
              icon={<FileWordOutlined aria-hidden />}
              disabled={!report}
            >
              {t('annual.download')}
            </Button>
            <ButtonLink
              to={recordPaths.annualReportPrint}
              params={{ year: String(year) }}
              search={{ committeeId }}
              icon={<PrinterOutlined aria-hidden />}
            >
              {t('annual.print')}
            </ButtonLink>
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('annual.year')}
          value={year}
          style={{ width: 120 }}
          options={reportYears(today).map((y) => ({
            value: y,
            label: t('annual.yearValue', { year: y }),
          }))}
          onChange={(next) => onChange({ year: next, committeeId })}
        />
        <CommitteeFilter
          label={t('annual.committee')}
          value={committeeId}
          onChange={(next) => onChange({ year, committeeId: next })}
        />
      </Space>
      {query.isError ? (
        <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
      ) : !report ? (
        <Skeleton active paragraph={{ rows: 12 }} />
      ) : (
        <article className="annual-report" aria-label={t('annual.heading', { year })}>
          <header className="annual-report-header">
            <h2>{report.office}</h2>
            <h2>{t('annual.heading', { year: report.year })}</h2>
            <p className="text-secondary">
              {t('annual.asOf', { date: reportDate(report.asOf, i18n.language.startsWith('zh')) })}
            </p>
          </header>
          {!report.editable && !committeeId && (
            <Alert type="info" showIcon title={t('annual.readOnly')} style={{ marginBottom: 16 }} />
          )}
          {report.sections.map((section, index) => (
            <ReportSection
              key={`${year}:${committeeId ?? 'all'}:${section.section}`}
              index={index}
              section={section}
              report={report}
              scope={scope}
              onDirty={onDirty}
              onReload={() => void query.refetch()}
            />
          ))}
        </article>
      )}
    </>
  )
}
