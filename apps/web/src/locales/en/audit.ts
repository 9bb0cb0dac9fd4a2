import {
  auditActionLabels,
  auditActorTypeLabels,
  auditCategoryLabels,
} from '@cr/shared/audit/audit-labels'
import { labelsIn } from '@cr/shared/labels/field-labels'
import type { audit as zh } from '../zh-CN/audit'
import type { TMessages } from '../types'

export const audit: TMessages<typeof zh> = {
  title: 'Audit log',
  description:
    'Every change, sign-in and sensitive action is recorded: who, when, what, and the content before and after. The log can be read, never changed or deleted.',
  tableCaption: 'Audit log',
  emptyTitle: 'No entries yet',
  filters: {
    category: 'Filter by category',
    allCategories: 'Any category',
    actor: 'Filter by who did it',
    allActors: 'Anyone',
    actorSearch: 'Type a username or name',
    noActor: 'No such user',
    action: 'Filter by action',
    allActions: 'Any action',
    entityType: 'Filter by record type',
    allEntityTypes: 'Any record type',
    dateRange: 'Filter by date range',
    from: 'From',
    to: 'To',
    committee: 'Filter by committee',
  },
  export: {
    menu: 'Export the audit log as filtered',
    hint: 'ID numbers and phones stay masked as on the page; the export itself is logged',
  },
  categories: labelsIn(auditCategoryLabels, 'en'),
  actions: labelsIn(auditActionLabels, 'en'),
  actorTypes: labelsIn(auditActorTypeLabels, 'en'),
  columns: {
    occurredAt: 'Time',
    actor: 'By',
    action: 'Action',
    entity: 'Record',
    changes: 'Change',
    committee: 'Committee',
    clientIp: 'IP address',
  },
  moreChanges: 'and {{count}} more',
  diff: {
    caption: 'Before and after',
    field: 'Field',
    before: 'Before',
    after: 'After',
    content: 'Content',
    unchanged: 'No field changed',
    noChanges: 'No field content recorded',
    reason: 'Reason: {{reason}}',
    requestId: 'Request ID: {{id}}',
  },
}
