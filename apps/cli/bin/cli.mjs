// Runs the TypeScript entry point through tsx in this process, so the exit code and the
// caller's INIT_CWD (the directory `pnpm cli` was typed in) reach the CLI untouched; a nested
// `pnpm --filter … exec` would replace the exit code with its own.
import { register } from 'tsx/esm/api'

register()
await import('../src/main.ts')
