import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { matchHeader, synonymIndex } from '../../imports/column-mapping.ts'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import { useTestApp } from '../../test/test-app.ts'
import { patrolRegisterFields } from './patrol-register-import.ts'

const t = useTestApp()
const api = apiRequest(t)

/** The names registers give their columns, each read as its field by the header alone. */
describe('the patrol register’s headers', () => {
  it.each([
    ['巡逻日期', 'date'],
    ['时间', 'start'],
    ['巡逻时间', 'start'],
    ['开始', 'start'],
    ['结束', 'end'],
    ['小组', 'team'],
    ['巡逻组', 'team'],
    ['带班', 'leader'],
    ['参加人员', 'members'],
    ['巡逻路线', 'route'],
    ['巡查情况', 'findings'],
    ['处理结果', 'handling'],
  ])('reads %s as %s', (header, field) => {
    expect(matchHeader(synonymIndex(patrolRegisterFields), header)).toBe(field)
  })

  it('offers a template whose header is the type’s columns', async () => {
    const { auth } = await seedCommitteeClerk(t())
    const response = await api(auth, 'GET', '/import-templates/patrol-register')
    expect(response.statusCode, response.body).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
    const header = (workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1)
    expect(header).toEqual([
      // Required columns are starred.
      '*日期',
      '*开始时间',
      '结束时间',
      '*巡逻队（组）',
      '带班人',
      '队员',
      '路线',
      '发现情况',
      '处理情况',
    ])
  })
})
