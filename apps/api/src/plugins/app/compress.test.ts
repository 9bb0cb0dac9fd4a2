import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, type TApp } from '../../app.ts'
import { seedCommittee, seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { testConfig } from '../../test/test-config.ts'
import { compressMinBytes, pickEncoding } from './compress.ts'

const t = useTestApp()

const decode = (encoding: string | undefined, body: Buffer): string => {
  if (encoding === 'br') return brotliDecompressSync(body).toString('utf8')
  if (encoding === 'gzip') return gunzipSync(body).toString('utf8')
  return body.toString('utf8')
}

describe('Accept-Encoding negotiation', () => {
  it('prefers brotli, falls back to gzip, honours q=0 and *, and sends identity without the header', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(pickEncoding('gzip, deflate')).toBe('gzip')
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip')
    expect(pickEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip')
    expect(pickEncoding('*')).toBe('br')
    expect(pickEncoding('*, br;q=0')).toBe('gzip')
    expect(pickEncoding('gzip;q=0, br;q=0')).toBeUndefined()
    expect(pickEncoding('identity')).toBeUndefined()
    expect(pickEncoding('')).toBeUndefined()
    expect(pickEncoding(undefined)).toBeUndefined()
  })
})

describe('compressed API answers', () => {
  it('compresses a large JSON answer as the client accepts, with Vary; sends it plain to a client that does not', async () => {
    const admin = await signIn(t().app, (await seedUser(t().db.prisma, { role: 'admin' })).username)
    for (let i = 0; i < 12; i++) await seedCommittee(t().db.prisma)
    const plain = await t().app.inject({ url: '/api/v1/committees?limit=50', headers: admin })
    expect(plain.statusCode).toBe(200)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.rawPayload.length).toBeGreaterThan(compressMinBytes)
    expect(plain.headers.vary).toMatch(/accept-encoding/i)
    const items = plain.json().items

    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const answer = await t().app.inject({
        url: '/api/v1/committees?limit=50',
        headers: { ...admin, 'accept-encoding': accept },
      })
      expect(answer.statusCode, accept).toBe(200)
      expect(answer.headers['content-encoding'], accept).toBe(encoding)
      expect(answer.headers['content-type']).toMatch(/^application\/json/)
      expect(answer.headers.vary).toMatch(/accept-encoding/i)
      expect(answer.rawPayload.length).toBeLessThan(plain.rawPayload.length)
      expect(JSON.parse(decode(encoding, answer.rawPayload)).items).toEqual(items)
    }

    // The OpenAPI document: public, large, compressed.
    const openapi = await t().app.inject({
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'br' },
    })
    expect(openapi.headers['content-encoding']).toBe('br')
    expect(JSON.parse(decode('br', openapi.rawPayload)).openapi).toMatch(/^3\./)
  })

  it('sends a small answer and a problem as they are', async () => {
    const health = await t().app.inject({
      url: '/api/health',
      headers: { 'accept-encoding': 'gzip, br' },
    })
    expect(health.statusCode).toBe(200)
    expect(health.rawPayload.length).toBeLessThan(compressMinBytes)
    expect(health.headers['content-encoding']).toBeUndefined()
    expect(health.headers.vary ?? '').not.toMatch(/accept-encoding/i)
    const problem = await t().app.inject({
      url: '/api/v1/committees',
      headers: { 'accept-encoding': 'gzip, br' },
    })
    expect(problem.statusCode).toBe(401)
    expect(problem.headers['content-encoding']).toBeUndefined()
    expect(problem.json().code).toBeDefined()
  })

  it('leaves export downloads alone: xlsx (a zip already) and csv stream out unencoded', async () => {
    const admin = await signIn(t().app, (await seedUser(t().db.prisma, { role: 'admin' })).username)
    const headers = { ...admin, 'accept-encoding': 'gzip, deflate, br' }
    const xlsx = await t().app.inject({ url: '/api/v1/committees/export?format=xlsx', headers })
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.headers['content-encoding']).toBeUndefined()
    expect(xlsx.headers['content-disposition']).toMatch(/attachment/)
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK')
    const csv = await t().app.inject({ url: '/api/v1/committees/export?format=csv', headers })
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-encoding']).toBeUndefined()
    expect(csv.headers['content-type']).toMatch(/^text\/csv/)
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n').length).toBeGreaterThan(1)
  })
})

describe('the web app’s files, precompressed at build time', () => {
  const indexHtml = `<!doctype html><title>社区事务台账</title>${'<!-- padding -->'.repeat(80)}`
  const script = `export const app = ${JSON.stringify('x'.repeat(4000))}\n`
  let webDist: string
  let app: TApp

  beforeAll(async () => {
    webDist = await mkdtemp(path.join(tmpdir(), 'cr-web-'))
    await mkdir(path.join(webDist, 'assets'))
    const files = { 'index.html': indexHtml, 'assets/app-abc123.js': script }
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(webDist, name)
      await writeFile(file, content)
      await writeFile(`${file}.br`, brotliCompressSync(content))
      await writeFile(`${file}.gz`, gzipSync(content))
    }
    // A file the build did not compress (too small) is sent as it is.
    await writeFile(path.join(webDist, 'assets/tiny-abc123.js'), 'export {}\n')
    app = await buildApp({ config: testConfig({ webDist }), db: t().db, logger: false })
  })
  afterAll(async () => {
    await app?.close()
    await rm(webDist, { recursive: true, force: true })
  })

  it('sends an asset as brotli or gzip by Accept-Encoding, with Vary, and as it is without', async () => {
    for (const [accept, encoding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      [undefined, undefined],
    ] as const) {
      const answer = await app.inject({
        url: '/assets/app-abc123.js',
        headers: accept ? { 'accept-encoding': accept } : {},
      })
      expect(answer.statusCode, accept).toBe(200)
      expect(answer.headers['content-encoding'], accept).toBe(encoding)
      expect(answer.headers.vary, accept).toMatch(/accept-encoding/i)
      expect(answer.headers['content-type']).toMatch(/javascript/)
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      expect(decode(encoding, answer.rawPayload)).toBe(script)
    }
    const tiny = await app.inject({
      url: '/assets/tiny-abc123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    })
    expect(tiny.statusCode).toBe(200)
    expect(tiny.headers['content-encoding']).toBeUndefined()
    expect(tiny.body).toBe('export {}\n')
  })

  it('answers a page of the web app with index.html, compressed or, with no Accept-Encoding, plain', async () => {
    const plain = await app.inject({ url: '/residents' })
    expect(plain.statusCode).toBe(200)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers['content-type']).toMatch(/^text\/html/)
    expect(plain.headers['cache-control']).toBe('no-cache')
    expect(plain.body).toBe(indexHtml)
    const br = await app.inject({ url: '/residents', headers: { 'accept-encoding': 'br' } })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toMatch(/^text\/html/)
    expect(decode('br', br.rawPayload)).toBe(indexHtml)
  })
})
