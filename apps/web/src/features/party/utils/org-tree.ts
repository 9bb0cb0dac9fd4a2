import type { TPartyOrganization } from '@cr/shared/party/party-organization'

export type TOrgNode = TPartyOrganization & {
  children: TOrgNode[]
  /** Active members in the node and every node under it. */
  totalMembers: number
  depth: number
}

/**
 * The flat list of the API (parents before children) as a tree with subtree member counts.
 * Siblings keep the API's order (as created): 第一、第二支部 would not sort by pinyin.
 * A node whose parent is missing (deleted, or not sent) is shown as a root rather than lost.
 */
export const buildOrgTree = (items: readonly TPartyOrganization[]): TOrgNode[] => {
  const nodes = new Map<string, TOrgNode>(
    items.map((o) => [o.id, { ...o, children: [], totalMembers: o.memberCount, depth: 0 }]),
  )
  const roots: TOrgNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const settle = (node: TOrgNode, depth: number): number => {
    node.depth = depth
    node.totalMembers =
      node.memberCount + node.children.reduce((sum, c) => sum + settle(c, depth + 1), 0)
    return node.totalMembers
  }
  roots.forEach((r) => settle(r, 0))
  return roots
}

/** Every node, depth first (for pickers that indent by depth). */
export const flattenOrgTree = (roots: readonly TOrgNode[]): TOrgNode[] =>
  roots.flatMap((r) => [r, ...flattenOrgTree(r.children)])

/** The ids from the root down to `id` (to expand the tree to a selected node). */
export const ancestorIds = (items: readonly TPartyOrganization[], id: string): string[] => {
  const byId = new Map(items.map((o) => [o.id, o]))
  const path: string[] = []
  let current = byId.get(id)
  while (current?.parentId && !path.includes(current.parentId)) {
    path.unshift(current.parentId)
    current = byId.get(current.parentId)
  }
  return path
}
