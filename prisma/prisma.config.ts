import { defineConfig } from 'prisma/config'

// The CLI is only used for `generate`; migrations run through the WebAssembly schema engine
// (src/migrate.ts), so no datasource URL is needed here.
export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
})
