/** Every page's path, in one place (bulletproof-react `config/paths.ts`). */
export const paths = {
  home: '/',
  login: '/login',
  changePassword: '/change-password',
  committees: '/committees',
  residents: '/residents',
  /** 打印所选: the ids come in the history entry's state (`lib/print-selection`). */
  residentsSelectionPrint: '/residents/selection/print',
  places: '/places',
  households: '/households',
  buildings: '/buildings',
  dwellings: '/dwellings',
  rentals: '/rentals',
  temporaryResidents: '/temporary-residents',
  pendingRegistrations: '/pending-registrations',
  registrationRate: '/registration-rate',
  rentalReminders: '/rental-reminders',
  subsidyCases: '/subsidy-cases',
  /** 受理申请: `?householdId=` when opened from a household's page. */
  subsidyCaseNew: '/subsidy-cases/new',
  /** 公示名单 for the notice board: `?committeeId=`, or every committee in scope. */
  subsidyPublicNoticePrint: '/subsidy-cases/public-notice/print',
  pairings: '/pairings',
  users: '/users',
  // Not /api-tokens: a prefix rule for /api (nginx, vite, the server) would swallow it.
  apiTokens: '/tokens',
  imports: '/imports',
  party: '/party',
  partyMembers: '/party/members',
  partyMembersSelectionPrint: '/party/members/selection/print',
  partyCoBuilding: '/party/co-building',
  assistanceCases: '/assistance-cases',
  audit: '/audit',
  settings: '/settings',
} as const

/** Pages of one record; links to them pass the id as a route parameter. */
export const recordPaths = {
  resident: '/residents/$residentId',
  residentPrint: '/residents/$residentId/print',
  household: '/households/$householdId',
  rentalProperty: '/rentals/$propertyId',
  rentalContractPrint: '/rentals/contracts/$contractId/print',
  temporaryResident: '/temporary-residents/$id',
  subsidyCase: '/subsidy-cases/$caseId',
  temporaryResidentPrint: '/temporary-residents/$id/print',
  householdPrint: '/households/$householdId/print',
  importJob: '/imports/$importId',
  partyMember: '/party/members/$memberId',
  partyTransferPrint: '/party/transfers/$transferId/print',
  partyRosterPrint: '/party/organizations/$organizationId/roster/print',
  partyDuesPrint: '/party/organizations/$organizationId/dues/print',
  partyMeetingPrint: '/party/meetings/$meetingId/print',
} as const
