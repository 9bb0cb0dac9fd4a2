import {
  auditActionLabels,
  auditActorTypeLabels,
  auditCategoryLabels,
} from '@cr/shared/audit/audit-labels'
import { labelsIn } from '@cr/shared/labels/field-labels'

// Actions, actor types and categories are named once, in packages/shared: the export uses them too.
export const audit = {
  title: '审计日志',
  description:
    '每一次修改、登录和敏感操作都会记录：谁、何时、做了什么，修改前后的内容。日志只能查看，不能修改或删除。',
  tableCaption: '审计日志',
  emptyTitle: '还没有日志',
  filters: {
    category: '按类别筛选',
    allCategories: '全部类别',
    actor: '按操作人筛选',
    allActors: '全部操作人',
    actorSearch: '输入用户名或姓名查找',
    noActor: '没有找到用户',
    action: '按操作类型筛选',
    allActions: '全部操作',
    entityType: '按对象类型筛选',
    allEntityTypes: '全部对象',
    dateRange: '按日期范围筛选',
    from: '开始日期',
    to: '结束日期',
    committee: '按居委会筛选',
  },
  export: {
    menu: '导出当前筛选的审计日志',
    hint: '导出的日志中身份证号和电话同页面一样为脱敏形式；导出本身也会记入审计日志',
  },
  categories: labelsIn(auditCategoryLabels, 'zh'),
  actions: labelsIn(auditActionLabels, 'zh'),
  actorTypes: labelsIn(auditActorTypeLabels, 'zh'),
  columns: {
    occurredAt: '时间',
    actor: '操作人',
    action: '操作',
    entity: '对象',
    changes: '内容',
    committee: '居委会',
    clientIp: 'IP 地址',
  },
  moreChanges: '等 {{count}} 项',
  diff: {
    caption: '修改前后对比',
    field: '字段',
    before: '修改前',
    after: '修改后',
    content: '内容',
    unchanged: '字段内容没有变化',
    noChanges: '没有记录字段内容',
    reason: '原因：{{reason}}',
    requestId: '请求编号：{{id}}',
  },
} as const
