// Runs `prisma generate` without the native schema engine download.
// `generate` never executes the schema engine, but the CLI insists that the binary exists:
// pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies it (see TOOLCHAIN.md).
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('..', import.meta.url))
const result = spawnSync('pnpm', ['exec', 'prisma', 'generate'], {
  cwd: here,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
})
process.exit(result.status ?? 1)
