import { useState } from 'react'
import type { TPageSearch } from '@/lib/search-params'
import { EditOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Descriptions, Empty, Space, Tabs, Tag } from 'antd'
import { branchTypeLabels } from '@cr/shared/party/party-codes'
import { organizationLevelLabels } from '@cr/shared/party/party-organization'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { ButtonLink } from '@/components/ui/button-link'
import { ConfirmButton } from '@/components/ui/confirm-button'
import { recordPaths } from '@/config/paths'
import { useCan, useMe } from '@/lib/auth'
import { formatDate } from '@/lib/format'
import { pickLabel } from '@/lib/language'
import { useDeleteOrganization } from '../api/save-organization'
import type { TOrgNode } from '../utils/org-tree'
import type { TOrgsSearch } from '../utils/orgs-search'
import { DuesTab } from './dues-tab'
import { MeetingsTab } from './meetings-tab'
import { MembersTable } from './members-table'
import { feedback } from '@/lib/feedback'

type TProps = {
  node: TOrgNode
  search: TOrgsSearch
  onSearchChange: (next: TOrgsSearch) => void
  onCreateChild: () => void
  onEdit: () => void
  onDeleted: () => void
}

/**
 * One node: what it is, and its roster, dues roll and organisational life in tabs. A 党工委
 * node is kept by party administrators; to a clerk it is a node to navigate by and to put a
 * branch under: its roster and meetings tabs show the clerk's branches below it, and its own
 * records (dues roll, compliance, its meetings) are not in their scope (lib/party-scope.ts).
 */
export const OrganizationDetails = (props: TProps) => {
  const { node, search, onSearchChange, onCreateChild, onEdit, onDeleted } = props
  const { t, i18n } = useTranslation(['party', 'common', 'print'])
  // The roster tab's page, for this organisation only: another one opens at its first page.
  const [roster, setRoster] = useState<{ id: string; paging: TPageSearch }>()
  const rosterPaging = roster?.id === node.id ? roster.paging : {}
  const setRosterPaging = (paging: TPageSearch) => setRoster({ id: node.id, paging })
  const canWrite = useCan('party:write')
  const canAdmin = useCan('party:admin')
  const { allCommittees } = useMe()
  const isRoot = node.level === 'committee'
  const canChange = canWrite && (!isRoot || canAdmin)
  const ownRecords = !isRoot || allCommittees
  const remove = useDeleteOrganization()
  const onDelete = () =>
    remove.mutate(
      { id: node.id, version: node.version },
      {
        onSuccess: () => {
          feedback.success(t('orgs.deleted', { name: node.name }))
          onDeleted()
        },
      },
    )
  const actions = canWrite && (
    <Space size={4} wrap>
      {node.level !== 'group' && (
        <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={onCreateChild}>
          {t('orgs.createChild')}
        </Button>
      )}
      {canChange && (
        <Button size="small" icon={<EditOutlined aria-hidden />} onClick={onEdit}>
          {t('orgs.edit')}
        </Button>
      )}
      {canChange && node.children.length === 0 && node.memberCount === 0 && (
        <ConfirmButton
          label={t('orgs.delete')}
          title={t('common:confirm.deleteTitle', { name: node.name })}
          description={t('orgs.deleteHint')}
          onConfirm={onDelete}
          loading={remove.isPending}
        />
      )}
    </Space>
  )
  const none = t('orgs.summary.none')
  // A dues tab chosen on a branch is not there on a 党工委 node out of the records' scope.
  const tab = search.tab === 'dues' && !ownRecords ? 'roster' : (search.tab ?? 'roster')
  return (
    <section aria-labelledby="party-org-title" style={{ minWidth: 0 }}>
      <Card size="small">
        <div className="page-header" style={{ marginBottom: 8 }}>
          <div>
            <h2 id="party-org-title" style={{ margin: 0, fontSize: 18 }}>
              {node.name}{' '}
              <Tag color="red" style={{ verticalAlign: 'middle' }}>
                {pickLabel(organizationLevelLabels[node.level], i18n.language)}
              </Tag>
            </h2>
          </div>
          {actions}
        </div>
        {remove.error && <ProblemAlert error={remove.error} />}
        {!ownRecords && (
          <Alert type="info" showIcon title={t('orgs.rootReadOnly')} style={{ marginBottom: 8 }} />
        )}
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          items={[
            {
              key: 'members',
              label: t('orgs.summary.members'),
              children: t('orgs.count', { count: node.totalMembers }),
            },
            {
              key: 'committees',
              label: t('orgs.summary.committees'),
              children: node.committees.map((c) => c.name).join('、') || none,
            },
            {
              key: 'branchType',
              label: t('orgs.summary.branchType'),
              children: node.branchType
                ? pickLabel(branchTypeLabels[node.branchType], i18n.language)
                : none,
            },
            {
              key: 'foundedOn',
              label: t('orgs.summary.foundedOn'),
              children: formatDate(node.foundedOn),
            },
          ]}
        />
        <Tabs
          activeKey={tab}
          onChange={(key) => onSearchChange({ ...search, tab: key as typeof tab })}
          // 打印 the roster (花名册); the dues tab prints its month from beside the month.
          tabBarExtraContent={
            tab === 'roster' && (
              <ButtonLink
                to={recordPaths.partyRosterPrint}
                params={{ organizationId: node.id }}
                size="small"
                icon={<PrinterOutlined aria-hidden />}
              >
                {t('print:action')}
              </ButtonLink>
            )
          }
          destroyOnHidden
          items={[
            {
              key: 'roster',
              label: t('orgs.tabs.roster'),
              children: (
                <MembersTable
                  filters={{ organizationId: node.id }}
                  paging={rosterPaging}
                  onPagingChange={setRosterPaging}
                  caption={t('members.rosterCaption')}
                  empty={
                    <Empty
                      image={Empty.PRESENTED_IMAGE_SIMPLE}
                      description={t('members.emptyTitle')}
                    />
                  }
                  hide={node.level === 'group' ? ['organization'] : []}
                />
              ),
            },
            ...(ownRecords
              ? [
                  {
                    key: 'dues',
                    label: t('orgs.tabs.dues'),
                    children: (
                      <DuesTab
                        organizationId={node.id}
                        month={search.month}
                        onMonthChange={(month) => onSearchChange({ ...search, month })}
                      />
                    ),
                  },
                ]
              : []),
            {
              key: 'meetings',
              label: t('orgs.tabs.meetings'),
              children: <MeetingsTab node={node} ownRecords={ownRecords} />,
            },
          ]}
        />
      </Card>
    </section>
  )
}
