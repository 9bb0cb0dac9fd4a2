import { defineConfig } from 'vitest/config'

// error-messages.ts hands the schemas their words when loaded (common/issue.ts), as the API does.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], setupFiles: ['src/common/error-messages.ts'] },
})
