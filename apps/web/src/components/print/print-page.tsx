import { Skeleton } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { useMe } from '@/lib/auth'
import { printTimestamp, printedByName } from './print-format'
import type { TPrintState } from './print-state'
import { PrintToolbar } from './print-toolbar'

export type TPrintMeta = { label: string; value: string }

type TProps = {
  /** The link back to the record the document is printed from (a `ButtonLink`). */
  back: ReactNode
  /** The document's title, e.g. 居民信息表: the sheet's heading and the browser tab's. */
  title: string
  /** The record's scope under the title: the committee, the branch, the month. */
  meta?: TPrintMeta[]
  /** A4 landscape, for a roster with many columns. */
  landscape?: boolean
  state: TPrintState
  children: ReactNode
}

/**
 * The one print layout: the toolbar (返回, 打印), then the document previewed as an A4 sheet —
 * the office’s name (系统设置), its title, scope and 打印人/打印时间 at the top, the content below. 打印 (or the browser's own
 * Ctrl+P) stamps the time of printing first, then opens the print dialog; print.css leaves only
 * the sheet on paper, with page numbers in the bottom margin.
 */
export const PrintPage = ({ back, title, meta = [], landscape, state, children }: TProps) => {
  const { t, i18n } = useTranslation(['print', 'common'])
  const me = useMe()
  const [printedAt, setPrintedAt] = useState(() => new Date())
  useEffect(() => {
    const stamp = () => flushSync(() => setPrintedAt(new Date()))
    window.addEventListener('beforeprint', stamp)
    return () => window.removeEventListener('beforeprint', stamp)
  }, [])
  const appName = t('common:appName')
  useEffect(() => {
    document.title = `${title} · ${appName}`
    return () => {
      document.title = appName
    }
  }, [title, appName])
  const ready = !state.isPending && !state.isError
  const print = () => {
    flushSync(() => setPrintedAt(new Date()))
    window.print()
  }
  const english = i18n.language.startsWith('en')
  const paper = ['print-paper', landscape && 'print-landscape', english && 'print-en']
    .filter(Boolean)
    .join(' ')
  return (
    <>
      <PrintToolbar back={back} onPrint={print} disabled={!ready} wide={landscape} />
      {state.isPending ? (
        <div className={paper} aria-busy="true" aria-label={t('loading')}>
          <Skeleton active paragraph={{ rows: 12 }} />
        </div>
      ) : state.isError ? (
        <ProblemResult error={state.error} onRetry={() => void state.refetch()} />
      ) : (
        <div className="print-preview">
          <article className={paper} aria-label={title}>
            <header className="print-header">
              {me.officeName ? <div className="print-office">{me.officeName}</div> : null}
              <h1 className="print-title">{title}</h1>
              <div className="print-meta">
                <div className="print-meta-part">
                  {meta.map((m) => (
                    <span key={m.label}>{t('meta', { label: m.label, value: m.value })}</span>
                  ))}
                </div>
                <div className="print-meta-part">
                  <span>{t('printedBy', { name: printedByName(me.user) })}</span>
                  <span>{t('printedAt', { time: printTimestamp(printedAt) })}</span>
                </div>
              </div>
            </header>
            {children}
          </article>
        </div>
      )}
    </>
  )
}
