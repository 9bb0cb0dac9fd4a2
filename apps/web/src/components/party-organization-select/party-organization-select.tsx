import { useQuery } from '@tanstack/react-query'
import { TreeSelect } from 'antd'
import { ZPartyOrganizationTree } from '@cr/shared/party/party-organization'
import { useMemo } from 'react'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { apiRequest } from '@/lib/api-client'

type TProps = Partial<TFieldA11y> & {
  value: string | null
  onChange: (id: string | null) => void
  placeholder?: string
}

type TNode = { value: string; title: string; children: TNode[] }

/**
 * Picks a node of the party organisation tree (党工委 → 支部 → 小组), e.g. the organisation a
 * branch secretary's account is limited to. Keyed under `party` so tree edits refresh it.
 */
export const PartyOrganizationSelect = ({ value, onChange, placeholder, ...a11y }: TProps) => {
  const query = useQuery({
    queryKey: ['party', 'organizations', 'options'],
    queryFn: ({ signal }) => apiRequest('/party-organizations', { signal }, ZPartyOrganizationTree),
    staleTime: 60_000,
  })
  const tree = useMemo(() => {
    const nodes = new Map<string, TNode>()
    const roots: TNode[] = []
    for (const o of query.data?.items ?? [])
      nodes.set(o.id, { value: o.id, title: o.name, children: [] })
    for (const o of query.data?.items ?? []) {
      const node = nodes.get(o.id)!
      const parent = o.parentId ? nodes.get(o.parentId) : undefined
      if (parent) parent.children.push(node)
      else roots.push(node)
    }
    return roots
  }, [query.data])
  return (
    <TreeSelect
      {...a11y}
      value={value ?? undefined}
      onChange={(id: string | undefined) => onChange(id ?? null)}
      treeData={tree}
      treeDefaultExpandAll
      allowClear
      loading={query.isPending}
      placeholder={placeholder}
      style={{ width: '100%' }}
    />
  )
}
