// The plain-SQL twins of the committee service's reads, written as one would by hand: the same
// columns, WHERE, ORDER BY and LIMIT that Prisma sends (checked with Prisma's query log), with
// the scope as one array parameter where Prisma expands `IN ($1, …, $50)` — that difference is
// part of what the ORM costs.
import type { TSqlQuery } from '../scenario.ts'

const columns = `id, name, code, address, phone, active, version, created_at, updated_at,
  deleted_at, deleted_by_id`

/** A first page of the list in code order, and its count; `scope` null = every committee. */
export const committeePageSql = (scope: string[] | null, limit: number): TSqlQuery[] => {
  const where = scope ? 'deleted_at IS NULL AND id = ANY($1::uuid[])' : 'deleted_at IS NULL'
  const values = scope ? [scope] : []
  return [
    {
      text: `SELECT ${columns} FROM committee WHERE ${where}
             ORDER BY code ASC, id ASC LIMIT ${limit + 1}`,
      values,
    },
    { text: `SELECT count(*)::int AS total FROM committee WHERE ${where}`, values },
  ]
}

export const committeeByIdSql = (id: string, scope: string[] | null): TSqlQuery =>
  scope
    ? {
        text: `SELECT ${columns} FROM committee
               WHERE id = $1 AND deleted_at IS NULL AND id = ANY($2::uuid[]) LIMIT 1`,
        values: [id, scope],
      }
    : {
        text: `SELECT ${columns} FROM committee WHERE id = $1 AND deleted_at IS NULL LIMIT 1`,
        values: [id],
      }
