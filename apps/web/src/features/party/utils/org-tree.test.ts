import type { TPartyOrganization } from '@cr/shared/party/party-organization'
import { describe, expect, it } from 'vitest'
import { ancestorIds, buildOrgTree, flattenOrgTree } from './org-tree'
import { formatMonth, quarterOf, recentMonths } from './party-dates'

const org = (
  id: string,
  parentId: string | null,
  name: string,
  memberCount: number,
): TPartyOrganization => ({
  id,
  parentId,
  name,
  memberCount,
  level: parentId === null ? 'committee' : 'branch',
  branchType: null,
  foundedOn: null,
  notes: null,
  committees: [],
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
})

describe('buildOrgTree', () => {
  const items = [
    org('c', null, '党工委', 1),
    org('b1', 'c', '第一党支部', 2),
    org('b2', 'c', '第二党支部', 3),
    org('g1', 'b1', '第一党小组', 4),
  ]

  it('nests the nodes in the given order and counts members of each subtree', () => {
    const [root] = buildOrgTree(items)
    expect(root!.totalMembers).toBe(10)
    expect(root!.children.map((c) => [c.id, c.totalMembers, c.depth])).toEqual([
      ['b1', 6, 1],
      ['b2', 3, 1],
    ])
    expect(flattenOrgTree([root!]).map((n) => n.id)).toEqual(['c', 'b1', 'g1', 'b2'])
  })

  it('keeps a node whose parent is missing as a root', () => {
    expect(buildOrgTree([org('g', 'gone', '孤立小组', 0)]).map((n) => n.id)).toEqual(['g'])
  })

  it('finds the ancestors of a node, root first', () => {
    expect(ancestorIds(items, 'g1')).toEqual(['c', 'b1'])
    expect(ancestorIds(items, 'c')).toEqual([])
  })
})

describe('party dates', () => {
  it('names quarters and months', () => {
    expect(quarterOf('2026-11-27')).toBe('2026Q4')
    expect(quarterOf('2026-01-01')).toBe('2026Q1')
    expect(recentMonths('2026-02', 3)).toEqual(['2026-02', '2026-01', '2025-12'])
    expect(formatMonth('2026-03', 'zh-CN')).toBe('2026年3月')
    expect(formatMonth(null, 'zh-CN')).toBe('—')
  })
})
