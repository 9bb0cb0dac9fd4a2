import { apiTokenFieldLabels } from '@cr/shared/labels/field-labels'
import type { apiTokens as zh } from '../zh-CN/api-tokens'
import type { TMessages } from '../types'

export const apiTokens: TMessages<typeof zh> = {
  title: 'API tokens',
  description:
    'For other systems (police, civil affairs, party membership) that call the API. A token’s secret is shown only once, when it is created.',
  create: 'New token',
  createFirst: 'Create the first token',
  createTitle: 'New API token',
  statusFilter: 'Filter by status',
  tableCaption: 'API tokens',
  emptyTitle: 'No API tokens',
  emptyHint: 'Create a token here when another system needs to call the API.',
  status: { active: 'Active', revoked: 'Revoked', expired: 'Expired', all: 'All' },
  fields: apiTokenFieldLabels.en,
  help: {
    name: 'Which system, for what, e.g. “Police residence check”',
    committees: 'Tokens with the clerk or viewer role only reach the chosen committees',
    expiresOn: 'At most one year; issue a new token after it expires',
  },
  allCommittees: 'All',
  revoke: 'Revoke',
  revokeConfirm: 'Revoke the token “{{name}}”?',
  revokeHint: 'Systems using it lose access at once. This cannot be undone.',
  revoked: 'Token revoked',
  secret: {
    title: 'Copy the token now',
    warning:
      'This is the only time the full token is shown. After closing this window it cannot be seen again; if it is lost, revoke it and create a new one.',
    label: 'Token: {{name}}',
    copy: 'Copy token',
    usage: 'Send it in the request header: Authorization: Bearer <token>',
    done: 'I have saved the token',
  },
  rowActions: 'Actions for token {{name}}',
}
