import { residentFieldLabels } from '@cr/shared/labels/field-labels'
import type { residents as zh } from '../zh-CN/residents'
import type { TMessages } from '../types'

export const residents: TMessages<typeof zh> = {
  title: 'Residents',
  description:
    'People are registered once and managed through where they live: their dwelling and household. ID numbers and phones are partly hidden.',
  create: 'New resident',
  createFirst: 'Register the first resident',
  createTitle: 'New resident',
  export: {
    menu: 'Export the filtered residents',
    hint: 'ID numbers and phones are exported masked',
  },
  editTitle: 'Edit resident: {{name}}',
  searchLabel: 'Search residents',
  searchPlaceholder: 'Name, ID number, phone or address',
  committeeFilter: 'Filter by committee',
  categoryFilter: 'Filter by category',
  allCategories: 'All categories',
  fromImport: 'Only the people of this import',
  sexFilter: 'Filter by sex',
  allSexes: 'Any sex',
  ageFilter: 'Filter by age band',
  allAges: 'Any age',
  householdFilter: 'Filter by household',
  anyHousehold: 'Household',
  buildingFilter: 'Filter by building',
  tagFilter: 'Filter by tag',
  allTags: 'All tags',
  batch: {
    label: 'Batch actions',
    selected: '{{count}} residents selected',
    selectRow: 'Select {{name}}',
    tag: 'Tag selected',
    tagTitle: 'Tag {{count}} residents',
    add: 'Add tags',
    remove: 'Remove tags',
    tagSubmit: 'Save',
    tagDone: 'Tags changed for {{changed}} residents; {{unchanged}} needed no change',
    clear: 'Clear selection',
  },
  statusFilter: 'Filter by status',
  statusDefault: 'On the register (default)',
  tableCaption: 'Residents',
  emptyTitle: 'No residents yet',
  emptyHint: 'Register residents, then add them to households on the Places page.',
  rowLink: 'Open the profile of {{name}}',
  ageValue: '{{age}}',
  idSearch: {
    active:
      'Exact lookup by the whole ID number (other filters do not apply; the number stays out of the address bar)',
    notFound: 'No resident has this ID number',
    register: 'Register a new resident',
    partial:
      'Type the whole ID number (18 characters, or 15 for old ones) to look it up; it stays out of the address bar',
  },
  fields: residentFieldLabels.en,
  help: {
    idNumber: '18 characters, or an old 15-digit number; sex and date of birth follow from it',
    idNumberFixed: 'The ID number cannot be changed here; an administrator corrects a wrong one',
    derived: 'From the ID number',
    phone: 'E.g. 13812345678 or 0546-2821234',
    phoneKeep: 'Now {{masked}}; leave blank to keep it',
  },
  idCheck: {
    valid: 'Valid: {{sex}}, born {{birthDate}}',
    upgraded: 'Old 15-digit number, converted to 18: {{value}}',
    noSex:
      'Valid (older foreigner’s permanent-residence card): the number does not say the sex, choose it; born {{birthDate}}',
  },
  idTaken: 'This ID number is already registered: {{label}}',
  idTakenElsewhere: 'This ID number is registered in another committee: {{label}}',
  openExisting: 'Open that resident’s profile',
  profile: {
    back: 'Back to residents',
    identity: 'Identity',
    household: 'Household and dwelling',
    noHousehold: 'Not in any household yet',
    noHouseholdHint:
      'Create a household from a dwelling on the Places page, or add the resident with “Move in member”.',
    goToPlaces: 'Go to places',
    openHousehold: 'Open the household',
    members: 'Household members',
    noOtherMembers: 'No other members',
    deleteBlocked: 'This resident belongs to a household; move them out before deleting',
    deleted: 'Resident {{name}} deleted',
    editBlockedDeceased:
      'This resident is recorded as deceased and the record is closed; use a correction under “Record a change” if it was wrong',
    leftRegister: '{{status}}: in no household',
    leftRegisterHint: 'The former household and what happened are under “Life events” below.',
  },
  lifeEvents: {
    action: 'Record a change',
    title: 'Record a change: {{name}}',
    section: 'Life events',
    none: 'No changes recorded',
    submit: 'Record',
    done: 'Recorded: {{type}}',
    leavesHousehold:
      'Moving out, death, missing, enlistment or imprisonment takes this resident out of the household at “{{address}}” and off the current register.',
    deceasedWarning:
      'A recorded death closes the record; only a correction with a reason takes it back.',
    fields: {
      type: 'Type of change',
      date: 'Date',
      destination: {
        moved_out: 'Moved to',
        enlisted: 'Unit or place',
        imprisoned: 'Prison',
      },
      reason: 'Reason or details',
      correction: 'Reason for the correction',
      documentNumber: 'Document number',
    },
    help: {
      date: 'Not before birth or the previous change, and not after today',
      documentNumber:
        'E.g. the number of the transfer permit, death certificate, enlistment notice or judgment',
    },
    confirm: {
      deceased: {
        title: 'Record the death of {{name}}?',
        content:
          'The record is closed: the resident leaves the current register and can join no household; a party member leaves the roll (deceased), and a building leader leaves the post.',
      },
      corrected: {
        title: 'Correct the latest change of {{name}}?',
        content:
          'The latest change is taken back and the status restored; a household left is not rejoined automatically.',
      },
    },
    to: 'to {{destination}}',
    correctedTag: 'Corrected',
    formerHousehold: 'Former household: ',
    reasonLine: 'Reason: {{reason}}',
    documentLine: 'Document: {{number}}',
    recordedBy: 'Recorded by {{name}}',
  },
  reveal: {
    idNumber: 'Show full number',
    phone: 'Show full phone',
    titleIdNumber: 'Full ID number: {{name}}',
    titlePhone: 'Full phone number: {{name}}',
    reason: 'Reason',
    reasonHelp: 'E.g. checking the ID number for a benefit review. Every view is audited.',
    submit: 'Show',
    valueIdNumber: 'Full ID number',
    valuePhone: 'Full phone number',
    hint: 'This view is in the audit log. It is not shown again once closed; use it only for the stated reason.',
    none: 'None recorded',
  },
  pending: {
    title: 'Other records',
    soon: 'Coming',
    party: {
      title: 'Party membership',
      text: 'Party membership and branch will appear here when the party module arrives.',
    },
    rental: {
      title: 'Rental and residence registration',
      text: 'Rentals and residence registrations will appear here when that module arrives.',
    },
    subsidy: {
      title: 'Assistance and subsidies',
      text: 'Assistance cases (dibao, special care) will appear here when that module arrives.',
    },
    patrol: {
      title: 'Patrol findings',
      text: 'Grid patrol findings about this resident will appear here when that module arrives.',
    },
  },
}
