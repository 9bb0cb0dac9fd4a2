import { describe, expect, it } from 'vitest'
import type { TFigure } from '@cr/shared/statistics/statistics'
import { formatFigure, sectionSentence } from './annual-report-sentences.ts'

const figure = (key: string, value: number | null, extra: Partial<TFigure> = {}): TFigure => ({
  key,
  module: key.split('.')[0] as TFigure['module'],
  label: key,
  unit: 'count',
  value,
  drillable: true,
  parts: [],
  ...extra,
})

describe('the report’s sentences', () => {
  it('writes each figure out by key, a part where the clause reads one, 未录入 for a null or absent one', () => {
    const text = sectionSentence(
      'party',
      [
        figure('party.organizations', 3),
        figure('party.members', 120, {
          parts: [
            { key: 'full', label: '正式党员', value: 116 },
            { key: 'probationary', label: '预备党员', value: 4 },
          ],
        }),
        figure('party.members.status', 120, {
          parts: [
            { key: 'full', label: '正式党员', value: 116 },
            { key: 'probationary', label: '预备党员', value: 4 },
          ],
        }),
        figure('party.dues.due', 123456, { unit: 'fen' }),
        figure('party.meetings', null),
      ],
      '2026-12-31',
    )
    expect(text).toMatch(/^截至2026年12月31日，共有党组织3个，党员120名，其中预备党员4名。全年/)
    expect(text).toContain('应交党费1,234.56元')
    expect(text).toContain('召开组织生活会议未录入')
    expect(text).toContain('发展新党员未录入')
  })

  it('formats money in 元, minutes in hours and rates in per cent', () => {
    expect(formatFigure(150, 'minutes')).toBe('2.5')
    expect(formatFigure(985, 'per-mille')).toBe('98.5')
    expect(formatFigure(100, 'fen')).toBe('1.00')
    expect(formatFigure(12345, 'count')).toBe('12,345')
  })
})
