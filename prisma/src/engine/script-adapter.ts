// Makes @prisma/adapter-pg run a migration script the way the native schema engine does.
// Why: PrismaPg's `executeScript` splits the script on every ";" and sends the pieces one
// by one. That breaks any migration with a ";" inside a string, a comment or a $$ function
// / trigger body, and it runs the pieces outside one transaction. The native engine sends
// the whole file as one simple-protocol query, which PostgreSQL runs as one implicit
// transaction (all or nothing). pg uses the simple protocol when a query has no parameters,
// so we route the script through `executeRaw` with no args: same pool, same error mapping.
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils'

function patch(adapter: SqlDriverAdapter): SqlDriverAdapter {
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] })
  }
  return adapter
}

export function withWholeScripts(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  }
}
