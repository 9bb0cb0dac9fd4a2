import { Link } from '@tanstack/react-router'
import { Button, Card, Space, Table, Tag, Typography } from 'antd'
import { relationshipTable } from '@cr/shared/code-tables/relationship'
import type { THousehold } from '@cr/shared/households/household'
import { useTranslation } from 'react-i18next'
import { useTableCaption } from '@/components/ui/captioned-table'
import { recordPaths } from '@/config/paths'
import type { THouseholdModal } from './household-modals'

type TMember = THousehold['members'][number]
type TProps = {
  household: THousehold
  canWrite: boolean
  onAction: (modal: THouseholdModal) => void
}

/** 本户成员: the head first, each with the GB/T 4761 name of their relationship to the head. */
export const HouseholdMembers = ({ household, canWrite, onAction }: TProps) => {
  const { t } = useTranslation(['households', 'common'])
  const components = useTableCaption(t('members.tableCaption'))
  return (
    <Card size="small" title={<h2 className="card-title">{t('members.title')}</h2>}>
      <Table<TMember>
        rowKey={(m) => m.resident.id}
        size="middle"
        components={components}
        dataSource={household.members}
        pagination={false}
        // On a phone the columns scroll inside the card instead of widening the page.
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'name',
            title: t('fields.name'),
            render: (_, m) => (
              <Link to={recordPaths.resident} params={{ residentId: m.resident.id }}>
                {m.resident.name}
              </Link>
            ),
          },
          {
            key: 'idNumber',
            title: t('fields.idNumber'),
            render: (_, m) => <span className="mono">{m.idNumberMasked}</span>,
          },
          {
            key: 'relationship',
            title: t('fields.relationship'),
            render: (_, m) => {
              const name = relationshipTable.nameOf(m.relationship) ?? m.relationship
              return m.isHead ? <Tag color="blue">{name}</Tag> : name
            },
          },
          { key: 'joinedOn', title: t('members.joinedOn'), dataIndex: 'joinedOn', width: 110 },
          ...(canWrite
            ? [
                {
                  key: 'actions',
                  title: t('common:columns.actions'),
                  width: 230,
                  render: (_: unknown, m: TMember) =>
                    m.isHead ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('members.headHint')}
                      </Typography.Text>
                    ) : (
                      <Space
                        size={0}
                        role="group"
                        aria-label={t('members.rowActions', { name: m.resident.name })}
                      >
                        <Button
                          type="link"
                          size="small"
                          onClick={() => onAction({ kind: 'moveOut', member: m })}
                        >
                          {t('moveOut')}
                        </Button>
                        <Button
                          type="link"
                          size="small"
                          onClick={() => onAction({ kind: 'transfer', member: m })}
                        >
                          {t('transfer')}
                        </Button>
                        <Button
                          type="link"
                          size="small"
                          onClick={() => onAction({ kind: 'correct', member: m })}
                        >
                          {t('correct.action')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  )
}
