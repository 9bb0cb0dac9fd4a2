import { once } from 'node:events'
import { get, type IncomingMessage } from 'node:http'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TExportColumn } from './export-columns.ts'
import { attachmentDisposition } from './http-headers.ts'
import { sendExport } from './send-export.ts'

type TRow = { name: string; n: number }
const columns: TExportColumn<TRow>[] = [
  { header: '姓名', value: (r) => r.name },
  { header: '序号', value: (r) => r.n },
]

/** What the route streams; each test sets its own. */
let source: () => AsyncIterable<TRow>
const reading = { read: 0, closed: false }

async function* counted(limit: number, failAt?: number): AsyncGenerator<TRow> {
  reading.read = 0
  reading.closed = false
  try {
    for (let n = 1; n <= limit; n++) {
      if (n === failAt) {
        // Let what was written reach the client first: the failure comes after the headers.
        await new Promise((resolve) => setTimeout(resolve, 50))
        throw new Error('database gone')
      }
      reading.read = n
      yield { name: `居民${n}`, n }
    }
  } finally {
    reading.closed = true
  }
}

let app: FastifyInstance
let base: string
beforeAll(async () => {
  app = Fastify({ logger: false })
  app.get<{ Params: { format: 'csv' | 'xlsx' } }>('/export/:format', (request, reply) =>
    sendExport(reply, {
      fileName: '居民名单',
      format: request.params.format,
      columns,
      rows: source(),
    }),
  )
  base = await app.listen({ host: '127.0.0.1', port: 0 })
})
afterAll(async () => {
  await app.close()
})

/** A plain request on its own connection (fetch's pool keeps a spare one open after an abort). */
const request = (path: string) =>
  new Promise<IncomingMessage>((resolve, reject) => {
    get(`${base}${path}`, { agent: false }, resolve).on('error', reject)
  })
const body = async (response: IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of response) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

const until = async (condition: () => boolean, ms = 5000) => {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('attachmentDisposition', () => {
  it('gives an RFC 5987 name for browsers and an ASCII fallback', () => {
    expect(attachmentDisposition('居民名单(2025).csv')).toBe(
      `attachment; filename="____(2025).csv"; ` +
        `filename*=UTF-8''%E5%B1%85%E6%B0%91%E5%90%8D%E5%8D%95%282025%29.csv`,
    )
    expect(attachmentDisposition('a"b\\c\r\n.csv')).toBe(
      `attachment; filename="a_b_c__.csv"; filename*=UTF-8''a%22b%5Cc%0D%0A.csv`,
    )
  })
})

describe('sendExport', () => {
  it('sends the file as an attachment with its type', async () => {
    source = () => counted(2)
    const csv = await app.inject({ url: '/export/csv' })
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(csv.headers['content-disposition']).toBe(attachmentDisposition('居民名单.csv'))
    expect(csv.body).toBe('\ufeff姓名,序号\r\n居民1,1\r\n居民2,2\r\n')

    source = () => counted(2)
    const xlsx = await app.inject({ url: '/export/xlsx' })
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(xlsx.headers['content-disposition']).toContain(`filename*=UTF-8''`)
    expect(xlsx.rawPayload.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'))
  })

  it('answers an error before the first byte with an error status', async () => {
    source = () => counted(10, 1)
    const response = await request('/export/csv')
    expect(response.statusCode).toBe(500)
    await body(response)
  })

  it.each(['csv', 'xlsx'] as const)(
    'cuts the %s response off when the rows fail midway',
    async (format) => {
      source = () => counted(1_000_000, 20_000)
      const response = await request(`/export/${format}`)
      expect(response.statusCode).toBe(200)
      await expect(body(response)).rejects.toThrow('aborted')
      expect(reading.closed).toBe(true)
    },
  )

  it.each(['csv', 'xlsx'] as const)(
    'stops reading the rows when the client disconnects (%s)',
    async (format) => {
      source = () => counted(Number.MAX_SAFE_INTEGER)
      const response = await request(`/export/${format}`)
      await once(response, 'data')
      response.destroy()
      await until(() => reading.closed)
      const read = reading.read
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(reading.read).toBe(read)
    },
  )
})
