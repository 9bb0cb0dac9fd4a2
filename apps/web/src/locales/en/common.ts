import type { common as zh } from '../zh-CN/common'
import type { TMessages } from '../types'

export const common: TMessages<typeof zh> = {
  appName: 'Community Records',
  scope: {
    all: 'Scope: every committee',
    some: 'Scope: {{names}}',
    more: 'Scope: {{names}} and others ({{count}} committees)',
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    residents: 'Residents',
    places: 'Places',
    party: 'Party organisations',
    partyMembers: 'Party members',
    partyCoBuilding: 'Co-building units',
    committees: 'Committees',
    users: 'Users',
    apiTokens: 'API tokens',
    audit: 'Audit log',
    imports: 'Imports',
    settings: 'Settings',
    collapse: 'Collapse navigation',
    open: 'Open navigation',
    close: 'Close navigation',
    skipToContent: 'Skip to main content',
    expand: 'Expand navigation',
  },
  userMenu: {
    label: 'User menu: {{name}}',
    changePassword: 'Change password',
    logout: 'Sign out',
    loggedOut: 'Signed out',
  },
  export: { label: 'Export', xlsx: 'Excel (.xlsx)', csv: 'CSV (.csv)' },
  language: { label: 'Language', zh: '中文', en: 'English' },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    search: 'Search',
    reset: 'Clear filters',
    reload: 'Reload',
    retry: 'Try again',
    loadMore: 'Load more',
    confirm: 'OK',
    close: 'Close',
    copy: 'Copy',
    more: 'More actions',
    backHome: 'Back to home',
  },
  list: {
    total: '{{total}} in total',
    shown: '{{count}} shown',
    allLoaded: 'All shown',
    empty: 'No data',
    noMatch: 'Nothing matches these filters',
    loading: 'Loading…',
  },
  status: { active: 'Active', inactive: 'Disabled', all: 'Any status' },
  columns: { actions: 'Actions', createdAt: 'Created', updatedAt: 'Updated' },
  confirm: {
    deleteTitle: 'Delete “{{name}}”?',
    deleteHint: 'It disappears from lists; an administrator can restore it.',
  },
  messages: {
    saved: 'Saved',
    created: 'Created',
    deleted: 'Deleted',
    copied: 'Copied to the clipboard',
  },
  form: {
    problemTitle: 'Could not save',
    required: 'Required',
    optional: 'Optional',
  },
  password: {
    ok: 'Meets the password rules',
    policy: {
      dengbao:
        'Rules (MLPS 2.0): 8-64 characters from at least three of upper case, lower case, digits and symbols; not a common password and not containing the username.',
      asvs: 'Rules (OWASP ASVS): 8-64 characters, not a common password and not containing the username; a long phrase is best.',
    },
  },
  relationshipSex: {
    warning:
      '“{{relationship}}” is a {{implied}} relationship, but this person is {{actual}}; check the relationship or the ID number',
    sex1: 'male',
    sex2: 'female',
    confirmTitle: 'Relationship and sex disagree. Save anyway?',
    confirmContent: 'If you have checked them, you can save all the same.',
  },
  pickers: {
    committeeOption: '{{name}} ({{code}})',
    committeePlaceholder: 'Type a name or code',
    allCommittees: 'Any committee',
    rolePlaceholder: 'Choose a role',
    noCommittee: 'No committee found',
    datePlaceholder: 'Choose a date',
    codePlaceholder: 'Type a name or code',
    noMatch: 'No matching option',
    residentPlaceholder: 'Name, last four of the ID number, phone or address',
    noResident: 'No resident found',
    noHousehold: 'In no household',
    buildingPlaceholder: 'Type part of the address',
  },
  validation: {
    required: 'Required',
    tooShort: 'At least {{min}} characters',
    tooLong: 'At most {{max}} characters',
    tooFew: 'Choose at least {{min}}',
    tooMany: 'Choose at most {{max}}',
    format: 'Wrong format',
    date: 'Enter a valid date',
    choice: 'Choose from the list',
  },
  errors: {
    forbidden: {
      title: 'No permission',
      description: 'You may not see this page or do this. Ask an administrator if you need it.',
    },
    notFound: {
      title: 'Not found or not visible to you',
      description: 'It may have been deleted, or it belongs to a committee outside your scope.',
    },
    pageNotFound: {
      title: 'Page not found',
      description: 'Check the address, or go back to the home page.',
    },
    stale: {
      title: 'Changed by someone else',
      description:
        'Someone changed this record after you opened it. Reload the latest version, check it, then save again.',
    },
    preconditionRequired: {
      title: 'Record version missing',
      description: 'Reload the record, then save again.',
    },
    server: {
      title: 'Server error',
      description:
        'Please try again later. If it persists, give the request ID below to an administrator.',
    },
    unavailable: {
      title: 'Service temporarily unavailable',
      description: 'The system is busy or under maintenance; please try again shortly.',
    },
    network: {
      title: 'Cannot reach the server',
      description: 'Check the network connection, then try again.',
    },
    invalidResponse: {
      title: 'The server sent data the app does not understand',
      description: 'Reload the page; if it persists, contact an administrator.',
    },
    generic: { title: 'That did not work' },
    requestId: 'Request ID: {{id}}',
    retryAfter: 'Try again in {{seconds}} seconds.',
  },
}
