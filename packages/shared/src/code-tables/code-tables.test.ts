import { describe, expect, it } from 'vitest'
import { educationAliases, educationTable } from './education.ts'
import { employmentStatusTable } from './employment-status.ts'
import { ethnicityTable } from './ethnicity.ts'
import { maritalStatusTable } from './marital-status.ts'
import { politicalStatusTable } from './political-status.ts'
import {
  relationshipAliases,
  relationshipSex,
  relationshipSexMismatch,
  relationshipTable,
} from './relationship.ts'
import { sexTable } from './sex.ts'

const tables = [
  sexTable,
  maritalStatusTable,
  politicalStatusTable,
  educationTable,
  employmentStatusTable,
  ethnicityTable,
  relationshipTable,
]

describe('code tables', () => {
  it.each(tables.map((t) => [t.standard, t] as const))(
    '%s has unique codes and names',
    (_standard, table) => {
      const codes = table.entries.map((e) => e.code)
      const names = table.entries.map((e) => e.name)
      expect(new Set(codes).size).toBe(codes.length)
      expect(new Set(names).size).toBe(names.length)
    },
  )

  it('has the 56 ethnic groups and the two catch-all codes', () => {
    expect(ethnicityTable.entries).toHaveLength(58)
    expect(ethnicityTable.codeOf('汉族')).toBe('01')
    expect(ethnicityTable.nameOf('56')).toBe('基诺族')
  })

  it('looks up by code and by name, and the schema refuses unknown codes', () => {
    expect(relationshipTable.codeOf('户主')).toBe('02')
    expect(relationshipTable.nameOf('10')).toBe('配偶')
    expect(politicalStatusTable.codeOf(' 群众 ')).toBe('13')
    expect(relationshipTable.schema.safeParse('98').success).toBe(false)
    expect(relationshipTable.schema.safeParse('99').success).toBe(true)
  })

  it('has GB/T 4761-2008 codes 65–68 where the standard puts them', () => {
    expect(['65', '66', '67', '68'].map((c) => relationshipTable.nameOf(c))).toEqual([
      '配偶的祖父母或外祖父母',
      '曾祖父',
      '曾祖母',
      '配偶的曾祖父母或外曾祖父母',
    ])
  })

  it('maps every alias onto a code of its table', () => {
    for (const code of Object.values(educationAliases))
      expect(educationTable.nameOf(code)).toBeTruthy()
    for (const code of Object.values(relationshipAliases))
      expect(relationshipTable.nameOf(code)).toBeTruthy()
  })
})

describe('the sex a relationship implies', () => {
  it('is a man’s for 子, 夫, 女婿, a woman’s for 女, 妻, 儿媳, and none for 户主, 配偶, 父母', () => {
    const sexOf = (name: string) => relationshipSex(relationshipTable.codeOf(name)!)
    expect(['子', '夫', '长子', '女婿', '孙子', '父亲', '兄', '侄子'].map(sexOf)).toEqual(
      Array(8).fill('1'),
    )
    expect(['女', '妻', '长女', '儿媳', '孙女', '母亲', '姐姐', '侄女'].map(sexOf)).toEqual(
      Array(8).fill('2'),
    )
    expect(['户主', '本人', '配偶', '父母', '兄弟姐妹', '其他', '非亲属'].map(sexOf)).toEqual(
      Array(7).fill(null),
    )
  })

  it('follows the 2008 codes 66–68: 曾祖父 a man, 曾祖母 a woman, 配偶的曾祖父母 either', () => {
    const sexOf = (name: string) => relationshipSex(relationshipTable.codeOf(name)!)
    expect(['曾祖父', '曾祖母', '配偶的曾祖父母或外曾祖父母'].map(sexOf)).toEqual(['1', '2', null])
  })

  it('is a mismatch only when the relationship implies the other sex than the person’s', () => {
    expect(relationshipSexMismatch('20', '2')).toEqual({ implied: '1', actual: '2' })
    expect(relationshipSexMismatch('38', '1')).toEqual({ implied: '2', actual: '1' })
    expect(relationshipSexMismatch('20', '1')).toBeNull()
    expect(relationshipSexMismatch('10', '2')).toBeNull()
    expect(relationshipSexMismatch('02', '1')).toBeNull()
    expect(relationshipSexMismatch('20', null)).toBeNull()
  })
})
