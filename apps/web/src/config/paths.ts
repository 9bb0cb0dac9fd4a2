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
  /** 提醒中心: every module's reminders (`?module=&severity=&committeeId=&state=`). */
  reminders: '/reminders',
  subsidyCases: '/subsidy-cases',
  /** 受理申请: `?householdId=` when opened from a household's page. */
  subsidyCaseNew: '/subsidy-cases/new',
  /** 公示名单 for the notice board: `?committeeId=`, or every committee in scope. */
  subsidyPublicNoticePrint: '/subsidy-cases/public-notice/print',
  pairings: '/pairings',
  patrolTeams: '/patrol-teams',
  patrolRoutes: '/patrol-routes',
  patrolFigures: '/patrol-figures',
  patrolFiguresPrint: '/patrol-figures/print',
  patrolLogs: '/patrol-logs',
  patrolLogNew: '/patrol-logs/new',
  patrolFollowUps: '/patrol-follow-ups',
  /** 手机巡逻: the phone page, in its own frame (no side menu). */
  patrolPhone: '/m/patrol',
  patrolPlans: '/patrol-plans',
  patrolRoster: '/patrol-roster',
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
  subsidyPayouts: '/subsidy-payouts',
  subsidyReviews: '/subsidy-reviews',
  subsidyStandards: '/subsidy-standards',
  /** 数据看板: `?asOf=&from=&committeeId=`. */
  dashboard: '/dashboard',
  /** 年度工作总结: opens last year's (this year's in December) at `/reports/annual/$year`. */
  annualReport: '/reports/annual',
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
  patrolRoute: '/patrol-routes/$routeId',
  patrolRouteQrPrint: '/patrol-routes/$routeId/qr/print',
  patrolLog: '/patrol-logs/$logId',
  temporaryResidentPrint: '/temporary-residents/$id/print',
  householdPrint: '/households/$householdId/print',
  importJob: '/imports/$importId',
  partyMember: '/party/members/$memberId',
  partyTransferPrint: '/party/transfers/$transferId/print',
  partyRosterPrint: '/party/organizations/$organizationId/roster/print',
  partyDuesPrint: '/party/organizations/$organizationId/dues/print',
  partyMeetingPrint: '/party/meetings/$meetingId/print',
  subsidyPayout: '/subsidy-payouts/$payoutId',
  subsidyPayoutPrint: '/subsidy-payouts/$payoutId/print',
  /** A figure's records (drill-down): `?asOf=&from=&committeeId=&part=&page=`. */
  statisticsFigure: '/statistics/$key',
  annualReport: '/reports/annual/$year',
  annualReportPrint: '/reports/annual/$year/print',
} as const
