import { HistoryOutlined } from '@ant-design/icons'
import type { TAnnualReportSection, TAnnualReportText } from '@cr/shared/reports/annual-report'
import { Button, Input, Space, Tag } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { feedback } from '@/lib/feedback'
import { formatDateTime } from '@/lib/format'
import { useSaveReportText, type TReportScope } from '../api/annual-report'
import { TextHistoryDrawer } from './text-history-drawer'

type TProps = {
  section: TAnnualReportSection
  title: string
  text: TAnnualReportText
  editable: boolean
  scope: TReportScope
  onDirty: (section: string, dirty: boolean) => void
  /** Fetches the report again (after a 412). */
  onReload: () => void
}

/**
 * A section's text, edited in place: 保存 sends the draft as a new version based on the one it
 * was started from (If-Match), so a colleague's save in between is a 412 — 重新加载 then puts
 * their version in the editor — and never silently lost. The version, who saved it and when
 * are under the editor; 历史版本 lists the earlier ones.
 */
export const SectionText = ({
  section,
  title,
  text,
  editable,
  scope,
  onDirty,
  onReload,
}: TProps) => {
  const { t } = useTranslation('reports')
  const [base, setBase] = useState(text)
  const [draft, setDraft] = useState(text.body)
  const [historyOpen, setHistoryOpen] = useState(false)
  const save = useSaveReportText(scope, section)
  const dirty = draft !== base.body
  // A newer version from the server (a save here, a refetch) replaces an untouched editor:
  // adjusted while rendering, as React advises for state derived from a prop.
  if (!dirty && text.version > base.version) {
    setBase(text)
    setDraft(text.body)
  }
  useEffect(() => onDirty(section, dirty), [section, dirty, onDirty])
  useEffect(() => () => onDirty(section, false), [section, onDirty])

  const submit = () =>
    save.mutate(
      { body: draft, version: base.version },
      {
        onSuccess: (saved) => {
          setBase(saved)
          setDraft(saved.body)
          feedback.success(t('annual.text.saved'))
        },
      },
    )
  // After a 412: the colleague's version replaces the draft once the report is fetched again.
  const reload = () => {
    save.reset()
    setDraft(base.body)
    onReload()
  }
  const meta =
    base.version > 0
      ? t('annual.text.version', {
          version: base.version,
          name: base.updatedBy ?? '—',
          time: formatDateTime(base.updatedAt),
        })
      : t('annual.text.none')
  const label = t('annual.text.label', { title })
  return (
    <section className="annual-report-text" aria-label={label}>
      {editable ? (
        <Input.TextArea
          aria-label={label}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder={t('annual.text.placeholder')}
          autoSize={{ minRows: 4, maxRows: 20 }}
          maxLength={20_000}
        />
      ) : base.body ? (
        base.body.split(/\r?\n/).map((line, i) => <p key={i}>{line}</p>)
      ) : (
        <p className="text-secondary">{t('annual.text.empty')}</p>
      )}
      {save.isError && <ProblemAlert error={save.error} onReload={reload} />}
      <Space wrap style={{ marginTop: 8, justifyContent: 'space-between', width: '100%' }}>
        <Space wrap size={4}>
          <span className="text-secondary" style={{ fontSize: 13 }}>
            {meta}
          </span>
          {dirty && <Tag color="orange">{t('annual.text.unsaved')}</Tag>}
        </Space>
        <Space wrap>
          <Button icon={<HistoryOutlined aria-hidden />} onClick={() => setHistoryOpen(true)}>
            {t('annual.text.history')}
          </Button>
          {editable && (
            <Button type="primary" onClick={submit} disabled={!dirty} loading={save.isPending}>
              {t('annual.text.save')}
            </Button>
          )}
        </Space>
      </Space>
      <TextHistoryDrawer
        open={historyOpen}
        onClose={() => setHistoryOpen(false)}
        title={t('annual.text.historyTitle', { title })}
        scope={scope}
        section={section}
        onUse={editable ? (body) => setDraft(body) : undefined}
      />
    </section>
  )
}
