// Loads Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm).
// Why WebAssembly: the CLI's native schema engine is downloaded from a host these machines
// cannot reach; this package ships the same engine inside the npm registry package.
// Why by hand: the package's entry does `import * as wasm from "./schema_engine_bg.wasm"`,
// which Node 20 only accepts with --experimental-wasm-modules. We do what that import
// would: instantiate the .wasm with the JS glue as its import object, then hand the
// instance back to the glue.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import type * as Glue from '@prisma/schema-engine-wasm'
import { createDebug } from '../log.ts'

export type SchemaEngine = Glue.SchemaEngine
type Exports = Record<string, unknown>
type GlueModule = typeof Glue & { __wbg_set_wasm(exports: Exports): void }
// @types/node 20 declares only part of the WebAssembly global (the rest lives in lib.dom).
const { WebAssembly } = globalThis as unknown as {
  WebAssembly: {
    instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Exports } }>
  }
}

const log = createDebug('cr:db:engine')
let loaded: Promise<GlueModule> | undefined

function load(): Promise<GlueModule> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url)
    const dir = require.resolve('@prisma/schema-engine-wasm').replace(/schema_engine\.js$/, '')
    const glue = (await import(pathToFileURL(dir + 'schema_engine_bg.js').href)) as GlueModule
    const { instance } = await WebAssembly.instantiate(
      fs.readFileSync(dir + 'schema_engine_bg.wasm'),
      {
        './schema_engine_bg.js': withUnrefTimers(glue),
      },
    )
    glue.__wbg_set_wasm(instance.exports)
    ;(instance.exports.__wbindgen_start as (() => void) | undefined)?.()
    return glue
  })()
  return loaded
}

/**
 * The engine arms a 10 s timer around its advisory lock (and others) and never clears it:
 * the glue has setTimeout but no clearTimeout. Such a timer keeps Node alive, so every
 * process that applied migrations (the CLI, Vitest's globalSetup) would linger 10 s before
 * exiting. Unref'd timers still fire while anything else keeps the process alive.
 */
function withUnrefTimers(glue: GlueModule): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue }
  for (const name of Object.keys(imports).filter((n) => n.startsWith('__wbg_setTimeout_'))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref()
  }
  return imports
}

/**
 * Creates an engine over a driver adapter factory (already wrapped with
 * `bindMigrationAwareSqlAdapterFactory`). `SchemaEngine.new` connects and queries the
 * server version right away, so the factory must answer that (see offline-adapter.ts).
 * The engine logs JSON lines through the callback; they go to DEBUG=cr:db:engine only.
 */
export async function openSchemaEngine(
  adapterFactory: object,
  schemaFiles: [string, string][] = [],
): Promise<SchemaEngine> {
  const glue = await load()
  return glue.SchemaEngine.new(
    { datamodels: schemaFiles.length ? schemaFiles : undefined },
    log,
    adapterFactory,
  )
}

/** The schema engine's version string (its prisma-engines git hash). */
export async function schemaEngineVersion(): Promise<string> {
  return (await load()).version()
}
