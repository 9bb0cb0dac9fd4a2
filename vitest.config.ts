import { defineConfig } from 'vitest/config'

// One Vitest run over every package that has tests; each project keeps its own config
// (the API and db projects share the PostgreSQL global setup).
export default defineConfig({
  test: {
    projects: ['packages/shared', 'prisma', 'apps/api', 'apps/web', 'apps/cli'],
  },
})
