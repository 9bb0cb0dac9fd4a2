export const home = {
  welcome: '{{name}}，您好',
  today: '今天是 {{date}}',
  role: '角色：{{role}}',
  committeesTitle: '我负责的居委会',
  allCommittees: '您可以查看全部居委会（共 {{count}} 个启用中）。',
  someCommittees: '您可以查看以下 {{count}} 个居委会的记录。',
  noCommittees: '尚未给您分配居委会，请联系系统管理员。',
  noCommitteesYet: '系统中还没有启用的居委会，请先在“居委会”页面新建。',
  shortcutsTitle: '常用功能',
  shortcuts: {
    committees: '维护各社区的名称、编码和联系电话',
    users: '管理工作人员账户',
    apiTokens: '为外部系统签发令牌',
    audit: '查看谁在何时做了什么',
    settings: '密码策略等全局选项',
  },
} as const
