import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Empty, Modal, Skeleton } from 'antd'
import {
  organizationLevelLabels,
  type TPartyOrganization,
} from '@cr/shared/party/party-organization'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemResult } from '@/components/errors/problem-result'
import { PageHeader } from '@/components/ui/page-header'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { useOrganizations } from '../api/get-organizations'
import { ancestorIds, buildOrgTree, flattenOrgTree } from '../utils/org-tree'
import type { TOrgsSearch } from '../utils/orgs-search'
import { OrganizationDetails } from './organization-details'
import { OrganizationForm, levelUnder, type TOrganizationFormTarget } from './organization-form'
import { OrganizationTree } from './organization-tree'

type TProps = { search: TOrgsSearch; onSearchChange: (next: TOrgsSearch) => void }

/** 党组织: the tree on the left; the selected node's roster, dues and meetings on the right. */
export const OrganizationsPage = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation(['party', 'common'])
  // The 党工委 level is the party administrators' (lib/party-scope.ts in the API).
  const canAdmin = useCan('party:admin')
  const query = useOrganizations()
  const [target, setTarget] = useState<TOrganizationFormTarget | null>(null)
  const items = useMemo(() => query.data?.items ?? [], [query.data])
  const roots = useMemo(() => buildOrgTree(items), [items])
  const nodes = useMemo(() => flattenOrgTree(roots), [roots])
  const selected = nodes.find((n) => n.id === search.org)
  const select = (org: string | undefined) => onSearchChange({ ...search, org })

  const title =
    target?.mode === 'edit'
      ? t('orgs.titles.edit', { name: target.organization.name })
      : target?.parent
        ? t('orgs.titles.createChild', {
            level: pickLabel(
              organizationLevelLabels[levelUnder(target.parent) ?? 'group'],
              i18n.language,
            ),
            parent: target.parent.name,
          })
        : t('orgs.titles.createRoot')
  const onDone = (saved?: TPartyOrganization) => {
    setTarget(null)
    if (saved) select(saved.id)
  }
  const createRoot = canAdmin && (
    <Button
      icon={<PlusOutlined aria-hidden />}
      onClick={() => setTarget({ mode: 'create', parent: null })}
    >
      {t('orgs.createRoot')}
    </Button>
  )

  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />
  if (query.isError)
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  return (
    <>
      <PageHeader
        title={t('orgs.title')}
        description={t('orgs.description')}
        actions={createRoot}
      />
      {roots.length === 0 ? (
        <Card>
          <Empty
            description={
              <>
                <div style={{ fontWeight: 500 }}>{t('orgs.empty')}</div>
                <div>{t(canAdmin ? 'orgs.emptyHint' : 'orgs.emptyHintClerk')}</div>
              </>
            }
          />
        </Card>
      ) : (
        <div className="places-layout">
          <Card
            size="small"
            className="places-tree-card"
            title={<h2 className="card-title">{t('orgs.treeTitle')}</h2>}
          >
            <OrganizationTree
              // A node created elsewhere in the tree is expanded to when it is selected.
              key={roots.length}
              roots={roots}
              selectedId={selected?.id}
              initialExpanded={[
                ...nodes.filter((n) => n.depth === 0).map((n) => n.id),
                ...(selected ? [...ancestorIds(items, selected.id), selected.id] : []),
              ]}
              onSelect={select}
            />
          </Card>
          {selected ? (
            <OrganizationDetails
              key={selected.id}
              node={selected}
              search={search}
              onSearchChange={onSearchChange}
              onCreateChild={() => setTarget({ mode: 'create', parent: selected })}
              onEdit={() => setTarget({ mode: 'edit', organization: selected })}
              onDeleted={() => select(selected.parentId ?? undefined)}
            />
          ) : (
            <Card>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgs.pickNode')} />
            </Card>
          )}
        </div>
      )}
      <Modal
        open={target !== null}
        title={title}
        onCancel={() => setTarget(null)}
        footer={null}
        destroyOnHidden
        width={560}
        mask={{ closable: false }}
      >
        {target && <OrganizationForm target={target} title={title} onDone={onDone} />}
      </Modal>
    </>
  )
}
