import type { TCommittee } from '@cr/shared/committees/committee'
import type { TTransaction } from '../../lib/db-types.ts'

type TRow = Awaited<ReturnType<TTransaction['committee']['findFirstOrThrow']>>

/** Response shape: a whitelist of fields, never the raw row. */
export const toCommitteeDto = (row: TRow): TCommittee => ({
  id: row.id,
  version: row.version,
  name: row.name,
  code: row.code,
  address: row.address,
  phone: row.phone,
  active: row.active,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
