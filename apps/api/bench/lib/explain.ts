// EXPLAIN (ANALYZE, BUFFERS) of a scenario's plain queries, boiled down to one line each: the
// plan's nodes (parent → child, siblings in brackets) with the index each scan uses, the rows it
// produced and how many a filter threw away, then the execution time and buffers. Enough to see
// which index does the work and whether a query reads far more than it returns.
import type pg from 'pg'
import type { TSqlQuery } from '../scenario.ts'

type TPlanNode = {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  'Sort Method'?: string
  'Actual Rows'?: number
  'Actual Loops'?: number
  'Rows Removed by Filter'?: number
  'Rows Removed by Index Recheck'?: number
  'Heap Fetches'?: number
  'Shared Hit Blocks'?: number
  'Shared Read Blocks'?: number
  Plans?: TPlanNode[]
}

type TExplain = [{ Plan: TPlanNode; 'Planning Time': number; 'Execution Time': number }]

const describeNode = (node: TPlanNode): string => {
  const parts = [node['Node Type']]
  if (node['Index Name']) parts.push(`using ${node['Index Name']}`)
  else if (node['Relation Name']) parts.push(`on ${node['Relation Name']}`)
  if (node['Sort Method']) parts.push(`(${node['Sort Method']})`)
  const rows = (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1)
  const notes = [`rows ${rows}`]
  const removed =
    (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)
  if (removed) notes.push(`removed ${removed * (node['Actual Loops'] ?? 1)}`)
  if (node['Heap Fetches'] !== undefined) notes.push(`heap fetches ${node['Heap Fetches']}`)
  const children = node.Plans ?? []
  const self = `${parts.join(' ')} [${notes.join(', ')}]`
  if (children.length === 0) return self
  if (children.length === 1) return `${self} → ${describeNode(children[0]!)}`
  return `${self} → (${children.map(describeNode).join('; ')})`
}

/** Runs the query once under EXPLAIN (ANALYZE, BUFFERS) and returns the one-line summary. */
export const explainLine = async (pool: pg.Pool, query: TSqlQuery): Promise<string> => {
  const { rows } = await pool.query<{ 'QUERY PLAN': TExplain }>(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.text}`,
    query.values,
  )
  const [{ Plan: plan, 'Execution Time': execution }] = rows[0]!['QUERY PLAN']
  const hit = plan['Shared Hit Blocks'] ?? 0
  const read = plan['Shared Read Blocks'] ?? 0
  return `${describeNode(plan)}; ${execution.toFixed(2)} ms, buffers hit ${hit} read ${read}`
}
