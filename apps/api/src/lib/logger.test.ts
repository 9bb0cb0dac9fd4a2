import { Writable } from 'node:stream'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { buildApp } from '../app.ts'
import { useTestApp } from '../test/test-app.ts'
import { testConfig } from '../test/test-config.ts'
import { loggerOptions, redactPaths } from './logger.ts'

const t = useTestApp()

const collect = () => {
  const lines: string[] = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  return { lines, sink }
}

describe('log redaction', () => {
  it('never writes credentials, ID numbers or phones', () => {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const log = pino({ redact: { paths: redactPaths, censor: '[redacted]' } }, sink)
    log.info({
      req: { headers: { authorization: 'Bearer crt_secret', cookie: 'cr_session=abc' } },
      body: { password: 'Secret#123', idNumber: '11010519491231002X', phone: '13800138000' },
      resident: { contact: { phone: '13900139000' } },
    })
    const output = lines.join('')
    for (const secret of [
      'crt_secret',
      'cr_session=abc',
      'Secret#123',
      '11010519491231002X',
      '13800138000',
      '13900139000',
    ]) {
      expect(output).not.toContain(secret)
    }
    expect(output).toContain('[redacted]')
  })

  it('logs request URLs without the values of their query (names and numbers typed into q)', async () => {
    const { lines, sink } = collect()
    const options = loggerOptions('info') as object
    const app = await buildApp({
      config: testConfig(),
      db: t().db,
      logger: { ...options, stream: sink },
    })
    try {
      await app.inject({ url: '/api/v1/residents?q=张三丰&committeeId=abc&limit=20' })
      await app.inject({ url: '/api/v1/residents?q=11010519491231002X' })
    } finally {
      await app.close()
    }
    const output = lines.join('')
    expect(output).toContain('/api/v1/residents?q=*&committeeId=*&limit=*')
    for (const typed of ['张三丰', '11010519491231002X', 'committeeId=abc'])
      expect(output).not.toContain(typed)
  })
})
