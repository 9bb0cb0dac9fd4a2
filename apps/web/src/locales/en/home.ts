import type { home as zh } from '../zh-CN/home'
import type { TMessages } from '../types'

export const home: TMessages<typeof zh> = {
  welcome: 'Hello, {{name}}',
  today: 'Today is {{date}}',
  role: 'Role: {{role}}',
  committeesTitle: 'My committees',
  allCommittees: 'You can see every committee ({{count}} active).',
  someCommittees: 'You can see the records of these {{count}} committees.',
  noCommittees: 'No committee is assigned to you yet; ask an administrator.',
  noCommitteesYet: 'There are no active committees yet; create them on the Committees page.',
  shortcutsTitle: 'Shortcuts',
  shortcuts: {
    residents: 'Register and find people, open their profiles',
    places: 'Buildings, units, homes and households',
    committees: 'Names, codes and phone numbers of each office',
    users: 'Staff accounts and their access',
    apiTokens: 'Credentials for other systems',
    audit: 'Who did what, and when',
    settings: 'Password policy and other global options',
  },
  backupLate: 'The last good backup was made {{at}}, longer ago than the backup schedule allows.',
  backupNone: 'There is no good backup yet: if this machine fails, the records cannot be restored.',
  backupOpen: 'Backup and restore',
}
