import { defineCodeTable } from './code-table.ts'

/** GB/T 2261.1-2003 人的性别代码. */
export const sexTable = defineCodeTable('GB/T 2261.1', [
  { code: '0', name: '未知的性别' },
  { code: '1', name: '男' },
  { code: '2', name: '女' },
  { code: '9', name: '未说明的性别' },
] as const)
