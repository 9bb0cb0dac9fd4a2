import { apiTokenFieldLabels } from '@cr/shared/labels/field-labels'

export const apiTokens = {
  title: 'API 令牌',
  description: '供公安、民政、党员管理等外部系统调用接口。令牌的完整内容只在创建时显示一次。',
  create: '新建令牌',
  createFirst: '新建第一个令牌',
  createTitle: '新建 API 令牌',
  statusFilter: '按状态筛选',
  tableCaption: 'API 令牌列表',
  emptyTitle: '没有 API 令牌',
  emptyHint: '外部系统需要调用接口时，在这里为它新建令牌。',
  status: { active: '有效', revoked: '已吊销', expired: '已过期', all: '全部' },
  fields: apiTokenFieldLabels.zh,
  help: {
    name: '写明哪个系统、做什么用，例如“派出所人口核查”',
    committees: '工作人员和查看者角色的令牌只能访问所选居委会的数据',
    expiresOn: '最长一年，到期后需重新签发',
  },
  allCommittees: '全部',
  revoke: '吊销',
  revokeConfirm: '确定吊销令牌“{{name}}”吗？',
  revokeHint: '吊销后，使用此令牌的系统立即无法访问，且不能恢复。',
  revoked: '令牌已吊销',
  secret: {
    title: '请立即复制并保存令牌',
    warning: '这是唯一一次显示完整令牌。关闭此窗口后无法再次查看；如果遗失，只能吊销后重新创建。',
    label: '令牌：{{name}}',
    copy: '复制令牌',
    usage: '调用接口时在请求头中发送：Authorization: Bearer <令牌>',
    done: '我已保存令牌',
  },
  rowActions: '令牌 {{name}} 的操作',
} as const
