// Precompresses the built web app: beside every text file of dist/ worth it (JS, CSS, HTML, SVG,
// JSON; 1 KiB or more) a `.br` (brotli, quality 11) and a `.gz` (gzip, level 9), each only when
// smaller than the file. The API's static plugin (`apps/api/src/plugins/external/spa.ts`, with
// @fastify/static's `preCompressed`) sends them as they are, so the server compresses nothing
// per request and the browser gets the smallest form. Run after `vite build` by `pnpm build`.
// `node scripts/precompress.mjs [dist]`.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

export const compressible = /\.(js|mjs|css|html|svg|json|txt|map)$/
export const minBytes = 1024

const filesOf = async (dir) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))

/** Writes `<file>.br` and `<file>.gz` for each compressible file; returns what it wrote. */
export const precompress = async (dist) => {
  const files = await filesOf(dist)
  // A compressed copy left from an earlier build of the same name would be served stale.
  await Promise.all(files.filter((file) => /\.(br|gz)$/.test(file)).map((file) => rm(file)))
  const written = []
  await Promise.all(
    files
      .filter((file) => compressible.test(file))
      .map(async (file) => {
        const content = await readFile(file)
        if (content.length < minBytes) return
        const [br, gz] = await Promise.all([
          brotli(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
          gzipAsync(content, { level: 9 }),
        ])
        const entry = { file: path.relative(dist, file), raw: content.length }
        if (br.length < content.length) {
          await writeFile(`${file}.br`, br)
          entry.br = br.length
        }
        if (gz.length < content.length) {
          await writeFile(`${file}.gz`, gz)
          entry.gzip = gz.length
        }
        written.push(entry)
      }),
  )
  return written
}

const main = async () => {
  const dist = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)))
  const written = await precompress(dist)
  const sum = (key) => written.reduce((total, entry) => total + (entry[key] ?? entry.raw), 0)
  const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`
  console.log(
    `precompressed ${written.length} files: ${mib(sum('raw'))} → ` +
      `${mib(sum('br'))} brotli, ${mib(sum('gzip'))} gzip`,
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
