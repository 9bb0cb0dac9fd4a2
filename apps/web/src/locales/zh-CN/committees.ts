import { committeeFieldLabels } from '@cr/shared/labels/field-labels'

export const committees = {
  title: '居委会',
  exportMenu: '导出当前筛选的居委会',
  description: '居委会是工作人员数据范围的单位：工作人员只能看到分配给自己的居委会的记录。',
  create: '新建居委会',
  createFirst: '新建第一个居委会',
  editTitle: '编辑居委会',
  createTitle: '新建居委会',
  searchLabel: '搜索居委会',
  searchPlaceholder: '名称或编码',
  activeFilter: '按状态筛选',
  tableCaption: '居委会列表',
  emptyTitle: '还没有居委会',
  emptyHint: '先新建居委会，再给工作人员分配数据范围。',
  fields: committeeFieldLabels.zh,
  help: {
    code: '统计区划代码或本社区自编编码，只能包含字母、数字和短横线',
    phone: '手机号或座机号，例如 0531-12345678',
  },
  rowActions: '居委会 {{name}} 的操作',
} as const
