// What is backed up: every base table of the public schema (the application's, the audit log
// and _prisma_migrations), the columns COPY may write (generated ones are computed again),
// the order that satisfies the foreign keys, and the sequences behind serial columns.
import type pg from 'pg'
import { BackupError } from './errors.ts'

export interface TTable {
  name: string
  columns: string[]
}

export async function listTables(client: pg.ClientBase): Promise<TTable[]> {
  const { rows } = await client.query<{ table: string; columns: string[] }>(`
    SELECT c.relname AS table,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                         AND a.attgenerated = ''
     WHERE c.relkind = 'r' -- a partitioned table's rows are in its partitions
     GROUP BY c.relname`)
  const { rows: edges } = await client.query<{ child: string; parent: string }>(`
    SELECT c.relname AS child, p.relname AS parent
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_class p ON p.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
     WHERE k.contype = 'f' AND k.conrelid <> k.confrelid`)
  const byName = new Map(rows.map((r) => [r.table, { name: r.table, columns: r.columns }]))
  return inDependencyOrder([...byName.keys()].sort(), edges).map((name) => byName.get(name)!)
}

/** Parents before children (a table's rows referencing its own rows load in one COPY). */
export function inDependencyOrder(
  names: string[],
  edges: { child: string; parent: string }[],
): string[] {
  const parents = new Map(names.map((n) => [n, new Set<string>()]))
  for (const { child, parent } of edges) parents.get(child)?.add(parent)
  const done = new Set<string>()
  const order: string[] = []
  while (order.length < names.length) {
    const ready = names.filter(
      (n) => !done.has(n) && [...parents.get(n)!].every((p) => done.has(p)),
    )
    if (ready.length === 0)
      throw new BackupError(
        'foreign-key-cycle',
        `数据表之间的外键成环，无法确定恢复顺序：${names.filter((n) => !done.has(n)).join(', ')}`,
        `The tables' foreign keys form a cycle; no load order exists: ${names.filter((n) => !done.has(n)).join(', ')}`,
      )
    for (const n of ready) done.add(n)
    order.push(...ready)
  }
  return order
}

export interface TSequence {
  name: string
  lastValue: string | null
  isCalled: boolean
}

export async function readSequences(client: pg.ClientBase): Promise<TSequence[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
  )
  const result: TSequence[] = []
  for (const { name } of rows) {
    const { rows: state } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${client.escapeIdentifier(name)}`,
    )
    result.push({ name, lastValue: state[0]!.last_value, isCalled: state[0]!.is_called })
  }
  return result
}

export const copyColumns = (client: pg.ClientBase, table: TTable) =>
  `${client.escapeIdentifier(table.name)} (${table.columns.map((c) => client.escapeIdentifier(c)).join(', ')})`
