import { committeeFieldLabels } from '@cr/shared/labels/field-labels'
import type { committees as zh } from '../zh-CN/committees'
import type { TMessages } from '../types'

export const committees: TMessages<typeof zh> = {
  title: 'Committees',
  exportMenu: 'Export the filtered committees',
  description:
    'Residents’ committees are the unit of data scope: clerks only see records of the committees assigned to them.',
  create: 'New committee',
  createFirst: 'Create the first committee',
  editTitle: 'Edit committee',
  createTitle: 'New committee',
  searchLabel: 'Search committees',
  searchPlaceholder: 'Name or code',
  activeFilter: 'Filter by status',
  tableCaption: 'Residents’ committees',
  emptyTitle: 'No committees yet',
  emptyHint: 'Create committees first, then assign clerks to them.',
  fields: committeeFieldLabels.en,
  help: {
    code: 'Statistical division code or the office’s own code: letters, digits and dashes',
    phone: 'Mobile or landline, e.g. 0531-12345678',
  },
  rowActions: 'Actions for committee {{name}}',
}
