import { describe, expect, it } from 'vitest'
import { auditDiffRows, auditSummary } from './audit-diff'

const resident = {
  id: 'r1',
  version: 1,
  createdAt: 'x',
  updatedAt: 'x',
  name: '王秀英',
  idNumberMasked: '370521********0023',
  sex: '2',
  age: 36,
  ethnicity: '01',
  category: 'registered',
  tags: ['elderly', 'living_alone'],
  phoneMasked: null,
  committee: { id: 'c1', name: '胜利居委会' },
  household: { id: 'h1', relationship: '10', isHead: false, address: '胜利路3号楼2单元502室' },
}

describe('the before → after table', () => {
  it('names fields by their form labels and codes by their names, never `sex 1`', () => {
    const rows = auditDiffRows(
      {
        entityType: 'resident',
        before: { ...resident, sex: '1' },
        after: { ...resident, version: 2, updatedAt: 'y', category: 'permanent', ethnicity: '03' },
      },
      'zh-CN',
    )
    expect(rows).toEqual([
      { field: 'sex', label: '性别', before: '男', after: '女' },
      { field: 'ethnicity', label: '民族', before: '汉族', after: '回族' },
      { field: 'category', label: '人口类别', before: '户籍人口', after: '常住人口' },
    ])
  })

  it('shows a created record whole, in form order, with lists, references and 与户主关系 by name', () => {
    const rows = auditDiffRows({ entityType: 'resident', before: null, after: resident }, 'zh-CN')
    expect(rows.map((r) => `${r.label}：${r.after}`)).toEqual([
      '姓名：王秀英',
      '身份证号：370521********0023',
      '性别：女',
      '年龄：36',
      '民族：汉族',
      '联系电话：（空）',
      '人口类别：户籍人口',
      '标签：老年、独居',
      '居委会：胜利居委会',
      '所在户：胜利路3号楼2单元502室（配偶）',
    ])
    expect(rows.every((r) => r.before === undefined)).toBe(true)
  })

  it('reads party codes, household members and roles the same way, in English too', () => {
    expect(
      auditDiffRows(
        {
          entityType: 'party_member',
          before: { status: 'probationary', step: undefined },
          after: { status: 'full', step: 'confirmed' },
        },
        'zh-CN',
      ),
    ).toEqual([
      { field: 'status', label: '人员类别', before: '预备党员', after: '正式党员' },
      { field: 'step', label: '办理事项', before: '（空）', after: '转正' },
    ])
    const members = (names: [string, string][]) =>
      names.map(([name, relationship]) => ({
        resident: { id: name, name },
        idNumberMasked: 'x',
        relationship,
        isHead: relationship === '02',
        joinedOn: '2026-11-30',
      }))
    expect(
      auditDiffRows(
        {
          entityType: 'household',
          before: { members: members([['张三', '02']]) },
          after: {
            members: members([
              ['张三', '02'],
              ['李四', '12'],
            ]),
          },
        },
        'zh-CN',
      ),
    ).toEqual([
      {
        field: 'members',
        label: '成员',
        before: '张三（户主）',
        after: '张三（户主）、李四（妻）',
      },
    ])
    expect(
      auditDiffRows(
        { entityType: 'user', before: { role: 'clerk' }, after: { role: 'admin' } },
        'en',
      ),
    ).toEqual([{ field: 'role', label: 'Role', before: 'Clerk', after: 'Administrator' }])
  })

  it('leaves out what every write changes and what reads the same', () => {
    expect(
      auditDiffRows(
        {
          entityType: 'resident',
          before: resident,
          after: { ...resident, version: 2, committee: { id: 'c1', name: '胜利居委会', x: 1 } },
        },
        'zh-CN',
      ),
    ).toEqual([])
  })
})

describe('the list’s summary of a change', () => {
  it('gives the first lines as 字段：旧 → 新 and counts the rest', () => {
    expect(
      auditSummary(
        {
          entityType: 'resident',
          before: { sex: '1', category: 'registered', notes: null },
          after: { sex: '2', category: 'temporary', notes: '新' },
        },
        'zh-CN',
      ),
    ).toEqual({ lines: ['性别：男 → 女', '人口类别：户籍人口 → 暂住人口'], more: 1 })
  })
})

describe('nested values', () => {
  it('names a nested field by its own meaning: a member’s dues category is not their member category', () => {
    const dues = (category: string, standardFen: number) => ({
      category,
      standardFen,
      description: '按月工资收入的 1%',
      paidThrough: '2026-10',
    })
    expect(
      auditDiffRows(
        {
          entityType: 'party_member',
          before: { category: 'direct', dues: dues('unemployed', 20) },
          after: { category: 'floating', dues: dues('retired', 50) },
        },
        'zh-CN',
      ).map((r) => [r.label, r.before, r.after]),
    ).toEqual([
      ['党员类别', '直管党员', '流动党员'],
      [
        '党费标准',
        '缴纳类别：下岗失业，每月党费（分）：20，计算依据：按月工资收入的 1%，党费交至：2026-10',
        '缴纳类别：离退休，每月党费（分）：50，计算依据：按月工资收入的 1%，党费交至：2026-10',
      ],
    ])
  })
})
