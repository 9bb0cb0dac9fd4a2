import { Writable } from 'node:stream'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { redactPaths } from './logger.ts'

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
})
