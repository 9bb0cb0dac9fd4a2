import { describe, expect, it } from 'vitest'
import {
  branchTypeLabels,
  branchTypes,
  duesCategories,
  duesCategoryLabels,
  evaluationGradeLabels,
  evaluationGrades,
  meetingTypeLabels,
  meetingTypes,
  memberCategories,
  memberCategoryLabels,
  memberStatusLabels,
  memberStatuses,
} from './party-codes.ts'

const lists = [
  ['member status', memberStatuses, memberStatusLabels],
  ['member category', memberCategories, memberCategoryLabels],
  ['branch type', branchTypes, branchTypeLabels],
  ['meeting type', meetingTypes, meetingTypeLabels],
  ['dues category', duesCategories, duesCategoryLabels],
  ['evaluation grade', evaluationGrades, evaluationGradeLabels],
] as const

describe('party code lists', () => {
  it.each(lists)(
    '%s: a distinct Chinese and English label for every key',
    (_name, keys, labels) => {
      const all = labels as Record<string, { zh: string; en: string }>
      expect(Object.keys(all).sort()).toEqual([...keys].sort())
      const zh = keys.map((k) => all[k]!.zh)
      const en = keys.map((k) => all[k]!.en)
      expect(new Set(zh).size).toBe(keys.length)
      expect(new Set(en).size).toBe(keys.length)
      for (const text of zh) expect(text).toMatch(/[\u4e00-\u9fa5]/)
    },
  )
})
