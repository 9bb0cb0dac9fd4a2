import { PlusOutlined, PrinterOutlined } from '@ant-design/icons'
import { Alert, Button, Empty, Modal, Skeleton, Space, Table, Tag, Typography } from 'antd'
import { todayInChina } from '@cr/shared/party/calendar'
import { meetingTypeLabels } from '@cr/shared/party/party-codes'
import type { TPartyMeeting, ZMeetingCompliance } from '@cr/shared/party/party-meeting'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ButtonLink } from '@/components/ui/button-link'
import { useTableCaption } from '@/components/ui/captioned-table'
import { recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import { useCompliance, useMeetings } from '../api/meetings'
import type { TOrgNode } from '../utils/org-tree'
import { quarterOf } from '../utils/party-dates'
import { MeetingForm } from './meeting-form'

type TType = z.output<typeof ZMeetingCompliance>['types'][number]

/** The quarter's 三会一课: required against held per type, with what is missed or at risk. */
const Compliance = ({ organizationId }: { organizationId: string }) => {
  const { t, i18n } = useTranslation('party')
  const period = quarterOf(todayInChina())
  const query = useCompliance(organizationId, period)
  const components = useTableCaption(t('meetings.complianceCaption'))
  if (query.isPending) return <Skeleton active paragraph={{ rows: 3 }} />
  if (query.isError) return <ProblemAlert error={query.error} />
  const types = query.data.types
  const warn = types.some((c) => c.atRisk || c.missed.length > 0)
  return (
    <section aria-labelledby="party-compliance" style={{ marginBottom: 16 }}>
      <h3 id="party-compliance" className="pending-title">
        {t('meetings.compliance', { period })}
      </h3>
      {warn && (
        <Alert type="warning" showIcon title={t('meetings.warnings')} style={{ marginBottom: 8 }} />
      )}
      <Table<TType>
        rowKey="type"
        size="small"
        components={components}
        pagination={false}
        dataSource={types}
        columns={[
          {
            key: 'type',
            title: t('meetings.complianceColumns.type'),
            render: (_v, c) => pickLabel(meetingTypeLabels[c.type], i18n.language),
          },
          {
            key: 'required',
            title: t('meetings.complianceColumns.required'),
            render: (_v, c) => `${c.required}（${t(`meetings.frequency.${c.frequency}`)}）`,
          },
          { key: 'held', title: t('meetings.complianceColumns.held'), dataIndex: 'held' },
          {
            key: 'status',
            title: t('meetings.complianceColumns.status'),
            render: (_v, c) =>
              c.missed.length > 0 ? (
                <Tag color="red">{t('meetings.status.missed', { slots: c.missed.join('、') })}</Tag>
              ) : c.atRisk ? (
                <Tag color="gold">{t('meetings.status.atRisk')}</Tag>
              ) : c.compliant ? (
                <Tag color="green">{t('meetings.status.ok')}</Tag>
              ) : (
                <Tag>{t('meetings.status.open')}</Tag>
              ),
          },
        ]}
      />
    </section>
  )
}

/**
 * 组织生活: compliance of the quarter, the meetings held, and 新建会议. Without `ownRecords`
 * (a 党工委 node to a clerk) only the meetings of the branches under it that are in scope.
 */
export const MeetingsTab = ({ node, ownRecords }: { node: TOrgNode; ownRecords: boolean }) => {
  const { t, i18n } = useTranslation(['party', 'common', 'print'])
  const canWrite = useCan('party:write') && ownRecords
  const query = useMeetings(node.id)
  const components = useTableCaption(t('meetings.caption'))
  const [open, setOpen] = useState(false)
  const title = t('meetings.title', { name: node.name })
  return (
    <>
      {ownRecords && <Compliance organizationId={node.id} />}
      <Space style={{ marginBottom: 8 }}>
        {canWrite && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
            {t('meetings.create')}
          </Button>
        )}
        <ExportButton
          files={[
            {
              key: 'party-meetings',
              href: listExportHref('party-meetings', { organizationId: node.id }),
            },
          ]}
          menuLabel={t('meetings.exportMenu')}
        />
      </Space>
      {query.isError ? (
        <ProblemAlert error={query.error} />
      ) : (
        <Table<TPartyMeeting>
          rowKey="id"
          size="small"
          components={components}
          loading={query.isPending}
          pagination={false}
          dataSource={query.data?.items ?? []}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.empty')} />
            ),
          }}
          columns={[
            {
              key: 'heldOn',
              title: t('meetings.columns.heldOn'),
              width: 110,
              render: (_v, m) => <span className="mono">{m.heldOn}</span>,
            },
            {
              key: 'type',
              title: t('meetings.columns.type'),
              width: 130,
              render: (_v, m) => pickLabel(meetingTypeLabels[m.type], i18n.language),
            },
            {
              key: 'title',
              title: t('meetings.columns.title'),
              render: (_v, m) => (
                <>
                  <div>{m.title}</div>
                  {m.organization.id !== node.id && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {m.organization.name}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            {
              key: 'attendance',
              title: t('meetings.columns.attendance'),
              width: 90,
              render: (_v, m) =>
                t('meetings.attendanceCount', {
                  present: m.attendance.filter((a) => a.present).length,
                  total: m.attendance.length,
                }),
            },
            {
              key: 'print',
              title: t('common:columns.actions'),
              width: 90,
              render: (_v, m) => (
                <ButtonLink
                  to={recordPaths.partyMeetingPrint}
                  params={{ meetingId: m.id }}
                  kind="link"
                  size="small"
                  icon={<PrinterOutlined aria-hidden />}
                  aria-label={t('print:meeting.printOne', { title: m.title })}
                >
                  {t('print:action')}
                </ButtonLink>
              ),
            },
          ]}
        />
      )}
      <Modal
        open={open}
        title={title}
        onCancel={() => setOpen(false)}
        footer={null}
        destroyOnHidden
        width={640}
        mask={{ closable: false }}
      >
        {open && (
          <MeetingForm organizationId={node.id} title={title} onDone={() => setOpen(false)} />
        )}
      </Modal>
    </>
  )
}
