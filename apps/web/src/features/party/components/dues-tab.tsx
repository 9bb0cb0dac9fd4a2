import { PrinterOutlined } from '@ant-design/icons'
import { Alert, Button, Modal, Skeleton, Space, Table, Tag, Typography } from 'antd'
import { formatYuan } from '@cr/shared/party/money'
import type { z } from 'zod'
import type { ZDuesRollReport } from '@cr/shared/party/party-reports'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { ButtonLink } from '@/components/ui/button-link'
import { useTableCaption } from '@/components/ui/captioned-table'
import { recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { useDuesRoll } from '../api/get-dues-roll'
import { currentMonth, formatMonth } from '../utils/party-dates'
import { MemberStatusTag } from './member-columns'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import { MonthInput } from '@/components/ui/month-input'
import { PayDuesForm, type TPayDuesTarget } from './pay-dues-form'

type TRow = z.output<typeof ZDuesRollReport>['rows'][number]
type TProps = {
  organizationId: string
  month: string | undefined
  onMonthChange: (month: string | undefined) => void
}

const money = (fen: number) => <span className="mono">{formatYuan(fen)}</span>

/** 党费: the month's roll — 应交 / 实交 / 欠交 per member, totals, and 登记缴费 per row. */
export const DuesTab = ({ organizationId, month: chosen, onMonthChange }: TProps) => {
  const { t, i18n } = useTranslation(['party', 'common', 'print'])
  const canWrite = useCan('party:write')
  const thisMonth = currentMonth()
  const month = chosen ?? thisMonth
  const query = useDuesRoll(organizationId, month)
  const components = useTableCaption(t('dues.caption'))
  const [target, setTarget] = useState<TPayDuesTarget | null>(null)
  const title = target ? t('steps.titles.payDues', { name: target.name }) : ''
  const columns = [
    { key: 'name', title: t('dues.columns.name'), render: (_: unknown, r: TRow) => r.member.name },
    {
      key: 'status',
      title: t('dues.columns.status'),
      render: (_: unknown, r: TRow) => <MemberStatusTag status={r.status} />,
    },
    {
      key: 'standard',
      title: t('dues.columns.standard'),
      align: 'right' as const,
      render: (_: unknown, r: TRow) => money(r.standardFen),
    },
    {
      key: 'due',
      title: t('dues.columns.due'),
      align: 'right' as const,
      render: (_: unknown, r: TRow) => money(r.dueFen),
    },
    {
      key: 'paid',
      title: t('dues.columns.paid'),
      align: 'right' as const,
      render: (_: unknown, r: TRow) => money(r.paidFen),
    },
    {
      key: 'owed',
      title: t('dues.columns.owed'),
      align: 'right' as const,
      render: (_: unknown, r: TRow) =>
        r.owedFen > 0 ? (
          <Typography.Text type="danger">{money(r.owedFen)}</Typography.Text>
        ) : (
          money(0)
        ),
    },
    {
      key: 'paidThrough',
      title: t('dues.columns.paidThrough'),
      render: (_: unknown, r: TRow) => formatMonth(r.paidThrough, i18n.language),
    },
    {
      key: 'lapse',
      title: t('dues.columns.lapse'),
      render: (_: unknown, r: TRow) =>
        r.lapse === 'ok' ? null : (
          <Tag color={r.lapse === 'lapse' ? 'red' : 'gold'}>{t(`dues.lapse.${r.lapse}`)}</Tag>
        ),
    },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('common:columns.actions'),
            // A month up to 党费交至 is paid, here or before the roll (a letter, the office's
            // ledger): the server refuses paying it again, so it is not offered.
            render: (_: unknown, r: TRow) =>
              r.paidFen > 0 || (r.paidThrough !== null && r.paidThrough >= month) ? (
                <Typography.Text type="secondary">{t('dues.paid')}</Typography.Text>
              ) : (
                <Button
                  size="small"
                  type="link"
                  aria-label={t('dues.payFor', { name: r.member.name })}
                  onClick={() =>
                    setTarget({
                      memberId: r.member.id,
                      name: r.member.name,
                      standardFen: r.standardFen,
                      month,
                    })
                  }
                >
                  {t('dues.pay')}
                </Button>
              ),
          },
        ]
      : []),
  ]
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <label htmlFor="party-dues-month">{t('dues.month')}</label>
        <MonthInput
          id="party-dues-month"
          aria-label={t('dues.monthLabel')}
          value={month}
          max={thisMonth}
          onChange={(m) => onMonthChange(m && m !== thisMonth ? m : undefined)}
          style={{ width: 140 }}
        />
        <ExportButton
          files={[
            {
              key: 'party-dues',
              href: listExportHref('party-dues', { organizationId, month }),
            },
          ]}
          menuLabel={t('dues.exportMenu')}
        />
        <ButtonLink
          to={recordPaths.partyDuesPrint}
          params={{ organizationId }}
          search={{ month: chosen }}
          icon={<PrinterOutlined aria-hidden />}
        >
          {t('print:action')}
        </ButtonLink>
      </Space>
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 5 }} />
      ) : query.isError ? (
        <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.rows.length === 0 ? (
        <Alert type="info" showIcon title={t('dues.empty')} />
      ) : (
        <Table<TRow>
          rowKey={(r) => r.member.id}
          size="small"
          components={components}
          columns={columns}
          dataSource={query.data.rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          loading={query.isFetching}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                <strong>{t('dues.totals')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {money(query.data.totals.dueFen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {money(query.data.totals.paidFen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {money(query.data.totals.owedFen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} colSpan={canWrite ? 3 : 2} />
            </Table.Summary.Row>
          )}
        />
      )}
      <Modal
        open={target !== null}
        title={title}
        onCancel={() => setTarget(null)}
        footer={null}
        destroyOnHidden
        width={440}
        mask={{ closable: false }}
      >
        {target && <PayDuesForm target={target} title={title} onDone={() => setTarget(null)} />}
      </Modal>
    </>
  )
}
