import { defineCodeTable } from './code-table.ts'

/**
 * GB/T 4658-2006 学历代码, at the level offices record (the first digit's groups). Ledgers that
 * write 本科/大专/中专 are matched through `educationAliases`.
 */
export const educationTable = defineCodeTable('GB/T 4658', [
  { code: '10', name: '研究生' },
  { code: '11', name: '博士研究生' },
  { code: '14', name: '硕士研究生' },
  { code: '20', name: '大学本科' },
  { code: '30', name: '大学专科' },
  { code: '40', name: '中等职业教育' },
  { code: '60', name: '普通高中' },
  { code: '70', name: '初中' },
  { code: '80', name: '小学' },
  { code: '90', name: '其他' },
] as const)

export const educationAliases: Record<string, string> = {
  博士: '11',
  硕士: '14',
  本科: '20',
  大学: '20',
  大专: '30',
  专科: '30',
  中专: '40',
  技校: '40',
  职高: '40',
  高中: '60',
  文盲: '90',
  半文盲: '90',
}
