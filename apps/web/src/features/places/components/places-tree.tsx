import { ApartmentOutlined, BankOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons'
import { useQueries, useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Empty, Tree } from 'antd'
import type { TreeDataNode } from 'antd'
import type { Key } from 'react'
import { useTranslation } from 'react-i18next'
import { useMe } from '@/lib/auth'
import { getBuildingDwellingsQueryOptions } from '../api/get-building-dwellings'
import { getCommitteeBuildingsQueryOptions } from '../api/get-committee-buildings'
import { buildPlaceTree, type TPlaceNode } from '../utils/place-tree'
import { parseTreeKey, type TTreeNodeRef } from '../utils/tree-keys'

const icons = {
  committee: <TeamOutlined aria-hidden />,
  building: <BankOutlined aria-hidden />,
  unit: <ApartmentOutlined aria-hidden />,
  dwelling: <HomeOutlined aria-hidden />,
}
const withIcons = (nodes: TPlaceNode[] | undefined): TreeDataNode[] | undefined =>
  nodes?.map((n) => ({
    ...n,
    icon: icons[parseTreeKey(n.key)?.kind ?? 'unit'],
    children: withIcons(n.children),
  }))

const idsOf = (keys: readonly Key[], kind: 'committee' | 'building') =>
  keys.flatMap((k) => {
    const ref = parseTreeKey(String(k))
    return ref?.kind === kind ? [ref.id] : []
  })

type TProps = {
  selectedKey: string | null
  expandedKeys: Key[]
  onExpand: (keys: Key[]) => void
  onSelect: (ref: TTreeNodeRef) => void
}

/**
 * 房屋树: committee → building → unit → dwelling, each level loaded when it is first expanded
 * (the same queries the details use, so a new building or dwelling appears without a reload).
 * Arrow keys move and expand, Enter selects.
 */
export const PlacesTree = ({ selectedKey, expandedKeys, onExpand, onSelect }: TProps) => {
  const { t } = useTranslation(['places', 'common'])
  const me = useMe()
  const queryClient = useQueryClient()
  const committeeIds = idsOf(expandedKeys, 'committee')
  const buildingIds = idsOf(expandedKeys, 'building')
  const buildingResults = useQueries({
    queries: committeeIds.map(getCommitteeBuildingsQueryOptions),
  })
  const dwellingResults = useQueries({ queries: buildingIds.map(getBuildingDwellingsQueryOptions) })
  const failed = [...buildingResults, ...dwellingResults].filter((r) => r.isError)
  const truncated = [...buildingResults, ...dwellingResults].some((r) => r.data?.truncated)
  const loaded = <T,>(ids: string[], results: { data?: { items: T[] } }[]) =>
    new Map(ids.flatMap((id, i) => (results[i]?.data ? [[id, results[i].data.items]] : [])))
  const treeData = withIcons(
    buildPlaceTree({
      committees: me.committees,
      buildings: loaded(committeeIds, buildingResults),
      dwellings: loaded(buildingIds, dwellingResults),
      unitLabel: (unit) => t('tree.unit', { unit }),
      roomLabel: (room) => t('tree.room', { room }),
    }),
  )

  const loadData = async ({ key }: TreeDataNode) => {
    const ref = parseTreeKey(String(key))
    // A failure is shown above the tree; the node must not be retried in a loop.
    if (ref?.kind === 'committee')
      await queryClient.ensureQueryData(getCommitteeBuildingsQueryOptions(ref.id)).catch(() => {})
    if (ref?.kind === 'building')
      await queryClient.ensureQueryData(getBuildingDwellingsQueryOptions(ref.id)).catch(() => {})
  }

  if (me.committees.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tree.noCommittees')} />
  return (
    <>
      {failed.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('tree.failed')}
          action={
            <Button size="small" onClick={() => failed.forEach((r) => void r.refetch())}>
              {t('common:actions.retry')}
            </Button>
          }
          style={{ marginBottom: 8 }}
        />
      )}
      {truncated && <Alert type="warning" showIcon title={t('tree.truncated')} />}
      <Tree
        aria-label={t('tree.label')}
        showIcon
        blockNode
        treeData={treeData}
        loadData={loadData}
        expandedKeys={expandedKeys}
        selectedKeys={selectedKey ? [selectedKey] : []}
        onExpand={(keys) => onExpand(keys)}
        onSelect={(_keys, info) => {
          const ref = parseTreeKey(String(info.node.key))
          if (ref) onSelect(ref)
        }}
      />
    </>
  )
}
