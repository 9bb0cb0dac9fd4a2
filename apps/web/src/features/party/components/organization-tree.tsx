import { ApartmentOutlined, FlagOutlined, TeamOutlined } from '@ant-design/icons'
import { Tag, Tree, type TreeDataNode } from 'antd'
import { useState, type Key } from 'react'
import { useTranslation } from 'react-i18next'
import type { TOrgNode } from '../utils/org-tree'

const icons = {
  committee: <FlagOutlined aria-hidden />,
  branch: <ApartmentOutlined aria-hidden />,
  group: <TeamOutlined aria-hidden />,
}

type TProps = {
  roots: TOrgNode[]
  selectedId: string | undefined
  /** Expanded at first: every node down to the selected one (the tree is small). */
  initialExpanded: string[]
  onSelect: (id: string) => void
}

/** 党工委 → 支部 → 小组 with the members of each subtree; arrows move, Enter selects. */
export const OrganizationTree = ({ roots, selectedId, initialExpanded, onSelect }: TProps) => {
  const { t } = useTranslation('party')
  const [expanded, setExpanded] = useState<Key[]>(initialExpanded)
  const toData = (nodes: TOrgNode[]): TreeDataNode[] =>
    nodes.map((n) => ({
      key: n.id,
      icon: icons[n.level],
      title: (
        <span className="party-tree-node">
          <span className="party-tree-name">{n.name}</span>
          <Tag className="party-tree-count" bordered={false}>
            {t('orgs.count', { count: n.totalMembers })}
          </Tag>
        </span>
      ),
      children: toData(n.children),
    }))
  return (
    <Tree
      aria-label={t('orgs.treeLabel')}
      showIcon
      blockNode
      treeData={toData(roots)}
      expandedKeys={expanded}
      onExpand={setExpanded}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(_keys, info) => onSelect(String(info.node.key))}
    />
  )
}
