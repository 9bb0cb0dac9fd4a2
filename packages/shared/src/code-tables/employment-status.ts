import { defineCodeTable } from './code-table.ts'

/** GB/T 2261.4-2003 从业状况（个人身份）代码. */
export const employmentStatusTable = defineCodeTable('GB/T 2261.4', [
  { code: '11', name: '国家公务员' },
  { code: '13', name: '专业技术人员' },
  { code: '17', name: '职员' },
  { code: '21', name: '企业管理人员' },
  { code: '24', name: '工人' },
  { code: '27', name: '农民' },
  { code: '31', name: '学生' },
  { code: '37', name: '现役军人' },
  { code: '51', name: '自由职业者' },
  { code: '54', name: '个体经营者' },
  { code: '70', name: '无业人员' },
  { code: '80', name: '退（离）休人员' },
  { code: '90', name: '其他' },
] as const)
