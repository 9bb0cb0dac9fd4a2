import { DownloadOutlined } from '@ant-design/icons'
import { Alert, Button, Input, Modal, Space } from 'antd'
import type { TImportJob } from '@cr/shared/imports/import-job'
import { ZRevealRequest } from '@cr/shared/residents/resident'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { Form } from '@/components/ui/form/form'
import { FormActions } from '@/components/ui/form/form-actions'
import { FormField } from '@/components/ui/form/form-field'
import { schemaResolver } from '@/components/ui/form/schema-resolver'
import { useCan } from '@/lib/auth'
import { importReportUrl } from '../api/import-downloads'

const ZReason = ZRevealRequest.pick({ reason: true })
type TValues = z.input<typeof ZReason>

/** Lets the browser download a file by URL (the session cookie goes along), as a link would. */
const download = (href: string) => {
  const link = document.createElement('a')
  link.href = href
  link.download = ''
  document.body.append(link)
  link.click()
  link.remove()
}

/** Asks why the full numbers are needed, then downloads the revealed report. */
const RevealReportForm = ({ job, onClose }: { job: TImportJob; onClose: () => void }) => {
  const { t } = useTranslation(['imports', 'common'])
  const form = useForm<TValues, unknown, z.output<typeof ZReason>>({
    resolver: schemaResolver(ZReason),
    defaultValues: { reason: '' },
  })
  const onSubmit = form.handleSubmit(({ reason }) => {
    download(importReportUrl(job.id, { reason }))
    onClose()
  })
  return (
    <Form onSubmit={onSubmit} aria-label={t('result.revealTitle')}>
      <Alert type="warning" showIcon title={t('result.revealHint')} style={{ marginBottom: 16 }} />
      <FormField
        control={form.control}
        name="reason"
        label={t('result.revealReason')}
        extra={t('result.revealReasonHelp')}
        required
      >
        {(field, a11y) => <Input {...field} {...a11y} autoFocus maxLength={200} />}
      </FormField>
      <FormActions submitting={false} onCancel={onClose} submitLabel={t('result.revealSubmit')} />
    </Form>
  )
}

/**
 * 下载错误报告: ID numbers masked. Those who may reveal can also take it with the numbers as
 * uploaded — to fix and upload again — for a stated reason, which the server records.
 */
export const ReportDownload = ({ job }: { job: TImportJob }) => {
  const { t } = useTranslation('imports')
  const canReveal = useCan('resident:reveal')
  const [revealing, setRevealing] = useState(false)
  return (
    <Space wrap>
      <Button
        icon={<DownloadOutlined aria-hidden />}
        href={importReportUrl(job.id)}
        download
        title={t('result.reportMasked')}
      >
        {t('result.report')}
      </Button>
      {canReveal && (
        <Button type="link" onClick={() => setRevealing(true)}>
          {t('result.reportReveal')}
        </Button>
      )}
      <Modal
        open={revealing}
        title={t('result.revealTitle')}
        onCancel={() => setRevealing(false)}
        footer={null}
        destroyOnHidden
        width={480}
      >
        <RevealReportForm job={job} onClose={() => setRevealing(false)} />
      </Modal>
    </Space>
  )
}
