import { describe, expect, it } from 'vitest'
import { attachmentFileName } from './download-selection'

describe('attachmentFileName', () => {
  it('reads the UTF-8 name the API sends (RFC 5987), over the ASCII fallback', () => {
    const name = '居民名单_所选_2026-12-05.xlsx'
    const header = `attachment; filename="______2026-12-05.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`
    expect(attachmentFileName(header, 'residents.xlsx')).toBe(name)
  })

  it('falls back to the plain name, then to the given one', () => {
    expect(attachmentFileName('attachment; filename="list.csv"', 'x.csv')).toBe('list.csv')
    expect(attachmentFileName('attachment; filename=list.csv', 'x.csv')).toBe('list.csv')
    expect(attachmentFileName("attachment; filename*=UTF-8''%E0%A4%A", 'x.csv')).toBe('x.csv')
    expect(attachmentFileName(null, 'x.csv')).toBe('x.csv')
  })
})
