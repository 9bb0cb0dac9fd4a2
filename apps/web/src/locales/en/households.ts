import { householdFieldLabels } from '@cr/shared/labels/field-labels'
import type { households as zh } from '../zh-CN/households'
import type { TMessages } from '../types'

export const households: TMessages<typeof zh> = {
  pageTitle: 'Household: {{address}}',
  back: 'Back to places',
  summary: 'Head {{head}} · {{committee}} · {{count}} people',
  moveIn: 'Move in member',
  moveOut: 'Move out',
  transfer: 'Move to another household',
  changeHead: 'Change head',
  members: {
    title: 'Members',
    tableCaption: 'Household members',
    joinedOn: 'Joined on',
    rowActions: 'Actions for {{name}}',
    headHint: 'Change the head before moving out',
  },
  history: {
    previousRelationship: ' (was: {{name}})',
    title: 'History',
    empty: 'No changes recorded yet',
    recordedBy: 'Recorded by {{actor}} at {{time}}',
    recordedAt: 'Recorded at {{time}}',
    reason: 'Reason: {{reason}}',
    relationship: 'Relationship to head: {{name}}',
    otherHousehold: 'Other household: ',
  },
  fields: householdFieldLabels.en,
  help: {
    resident: 'Name, last four of the ID number or phone; only residents in no household',
    date: 'Today when blank',
    transferRelationship: 'Relationship to the head of the receiving household',
    target: 'Type part of the address (e.g. 胜利路3号楼) or a member’s name',
    newHead: 'Choose the new head among the members',
    relationships: 'The other members’ relationship to the new head (the old head included)',
  },
  relationshipOf: 'Relationship to head ({{name}})',
  chooseHeadFirst: 'Choose the new head first, then each member’s relationship to them',
  noCandidates: 'No other member could become the head',
  titles: {
    correct: 'Correct relationship: {{name}}',
    moveIn: 'Move in member: {{address}}',
    moveOut: 'Move out: {{name}}',
    transfer: 'Move to another household: {{name}}',
    changeHead: 'Change head: {{address}}',
  },
  done: {
    correct: 'Relationship corrected',
    moveIn: 'Moved in',
    moveOut: 'Moved out',
    transfer: 'Moved to the other household',
    changeHead: 'Head changed',
  },
  correct: {
    action: 'Correct relationship',
    current: 'Recorded relationship',
    relationship: 'Correct to',
    reason: 'Reason for the correction',
    reasonHelp: 'E.g. “chosen wrongly when registered”; kept in the history and the audit log',
  },
  picker: {
    placeholder: 'Address or a member’s name',
    none: 'No household found',
    head: 'Head {{name}}',
    matched: 'Matches: {{names}}',
  },
}
