import { composeIdNumber } from '@cr/shared/validators/id-number'
import type { TKind, TWorld } from './world.ts'

/**
 * What each route a clerk may call reaches, for the scope walk (`route-scope.test.ts`):
 * - `id`: the kind of record its `:id` names;
 * - `params`: values for other path parameters: literal, or a record of the world (a member);
 * - `body`: a request body that is valid for the records of the world it is given — every
 *   property read from the world is a reference to a record, and the walk swaps each one in turn
 *   for another committee's (and for one that does not exist) to show the two are answered alike;
 * - `upload`: the same for a multipart upload (options JSON + file);
 * - `reads`: a read that is sent as a POST;
 * - `skip`: why the walk leaves the route alone (it acts on the caller's own account only).
 * A route a clerk may call that has no entry fails the walk: a new route is classified here.
 * List filters need no entry: every `…Id` query parameter is walked by its name (`queryKinds`).
 */
export type TTarget = {
  id?: TKind
  params?: Record<string, string | ((w: TWorld) => string)>
  body?: (w: TWorld) => object
  upload?: (w: TWorld) => { options: object; name: string; content: string }
  /** A read sent as a POST (a search by a number that must not travel in a URL). */
  reads?: true
  skip?: string
}

/** `…Id` query parameters of lists, by the kind of record they name. */
export const queryKinds: Record<string, TKind> = {
  committeeId: 'committee',
  buildingId: 'building',
  dwellingId: 'dwelling',
  householdId: 'household',
  organizationId: 'branch',
  importId: 'importJob',
  propertyId: 'rentalProperty',
  caseId: 'subsidyCase',
  landlordId: 'resident',
  residentId: 'resident',
  teamId: 'patrolTeam',
  routeId: 'patrolRoute',
  memberId: 'resident',
  logId: 'patrolLog',
  ownerId: 'staffAccount',
}

const on = '2026-06-01'
/** Numbers nobody in the walk's worlds holds (theirs are random in another year range). */
const newcomer = composeIdNumber('370521', '1930-01-01', 11)
const imported = composeIdNumber('370521', '1930-01-02', 13)
const registered = composeIdNumber('370521', '1930-01-03', 15)

export const routeTargets: Record<string, TTarget> = {
  'GET /api/v1/auth/me': {},
  'POST /api/v1/auth/logout': { skip: 'ends the caller’s own session' },
  'POST /api/v1/auth/change-password': { skip: 'changes the caller’s own password' },

  'GET /api/v1/committees': {},
  'GET /api/v1/committees/export': {},
  'GET /api/v1/committees/:id': { id: 'committee' },

  'GET /api/v1/residents': {},
  'GET /api/v1/residents/export': {},
  'POST /api/v1/residents/export': {
    reads: true,
    body: (w) => ({ ids: [w.resident, w.freeResident], format: 'csv' }),
  },
  'POST /api/v1/residents/selection': {
    reads: true,
    body: (w) => ({ ids: [w.resident, w.freeResident] }),
  },
  'POST /api/v1/residents/search': { reads: true, body: (w) => ({ idNumber: w.idNumber }) },
  'POST /api/v1/residents': {
    body: (w) => ({ committeeId: w.committee, name: '新登记', idNumber: newcomer }),
  },
  'GET /api/v1/residents/:id': { id: 'resident' },
  'PATCH /api/v1/residents/:id': { id: 'resident', body: () => ({ notes: '改' }) },
  'DELETE /api/v1/residents/:id': { id: 'freeResident' },
  'POST /api/v1/residents/tags': {
    body: (w) => ({ residentIds: [w.resident], add: ['elderly'] }),
  },
  'POST /api/v1/residents/:id/life-events': {
    id: 'householdMember',
    body: () => ({ type: 'missing', date: on }),
  },
  'GET /api/v1/residents/:id/life-events': { id: 'resident' },
  'POST /api/v1/residents/:id/reveal': {
    id: 'resident',
    body: () => ({ field: 'idNumber', reason: '核对身份' }),
  },

  'GET /api/v1/buildings': {},
  'GET /api/v1/buildings/export': {},
  'POST /api/v1/buildings': {
    body: (w) => ({ committeeId: w.committee, street: '新路', buildingNumber: '9号楼' }),
  },
  'GET /api/v1/buildings/:id': { id: 'building' },
  'PATCH /api/v1/buildings/:id': { id: 'building', body: () => ({ estateName: '新小区' }) },
  'DELETE /api/v1/buildings/:id': { id: 'building' },
  'PUT /api/v1/buildings/:id/leaders': {
    id: 'building',
    body: (w) => ({ residentIds: [w.resident] }),
  },

  'GET /api/v1/dwellings': {},
  'GET /api/v1/dwellings/export': {},
  'POST /api/v1/dwellings': {
    body: (w) => ({ buildingId: w.building, unit: '2', room: '202', ownerResidentId: w.resident }),
  },
  'GET /api/v1/dwellings/:id': { id: 'dwelling' },
  'PATCH /api/v1/dwellings/:id': {
    id: 'dwelling',
    body: (w) => ({ ownerResidentId: w.freeResident }),
  },
  'DELETE /api/v1/dwellings/:id': { id: 'dwelling' },

  'GET /api/v1/rental-properties': {},
  'GET /api/v1/rental-properties/export': {},
  'POST /api/v1/rental-properties': {
    body: (w) => ({ dwellingId: w.rentableDwelling, landlord: { residentId: w.freeResident } }),
  },
  'GET /api/v1/rental-properties/:id': { id: 'rentalProperty' },
  'PATCH /api/v1/rental-properties/:id': {
    id: 'rentalProperty',
    body: (w) => ({ agent: { residentId: w.freeResident }, rooms: 2 }),
  },
  'DELETE /api/v1/rental-properties/:id': { id: 'rentalProperty' },

  'GET /api/v1/rental-contracts': {},
  'GET /api/v1/rental-contracts/export': {},
  'POST /api/v1/rental-contracts': {
    body: (w) => ({
      propertyId: w.rentalProperty,
      signedOn: on,
      leaseStartsOn: on,
      leaseEndsOn: '2027-05-31',
    }),
  },
  'GET /api/v1/rental-contracts/:id': { id: 'rentalContract' },
  'PATCH /api/v1/rental-contracts/:id': { id: 'rentalContract', body: () => ({ notes: '改' }) },
  'DELETE /api/v1/rental-contracts/:id': { id: 'rentalContract' },
  'POST /api/v1/rental-contracts/:id/renew': {
    id: 'rentalContract',
    body: () => ({ signedOn: on, leaseEndsOn: '2027-12-31' }),
  },
  'POST /api/v1/rental-contracts/:id/cancel': {
    id: 'rentalContract',
    body: () => ({ cancelledOn: on, reason: '退租' }),
  },

  'GET /api/v1/temporary-residents': {},
  'GET /api/v1/temporary-residents/export': {},
  'POST /api/v1/temporary-residents': {
    body: (w) => ({
      person: { residentId: w.freeResident },
      propertyId: w.rentalProperty,
      reason: 'work',
      movedInOn: on,
      declaredOn: on,
      pendingRegistrationId: w.pendingRegistration,
    }),
  },
  'GET /api/v1/temporary-residents/registration-rate': {},
  'GET /api/v1/temporary-residents/:id': { id: 'temporaryResident' },
  'GET /api/v1/temporary-residents/:id/events': { id: 'temporaryResident' },
  'PATCH /api/v1/temporary-residents/:id': {
    id: 'temporaryResident',
    body: () => ({ employer: '改' }),
  },
  'DELETE /api/v1/temporary-residents/:id': { id: 'temporaryResident' },
  'POST /api/v1/temporary-residents/:id/register': {
    id: 'temporaryResident',
    body: () => ({ declaredOn: on }),
  },
  'POST /api/v1/temporary-residents/:id/move': {
    id: 'temporaryResident',
    body: (w) => ({ movedOn: on, lodging: 'with_household', dwellingId: w.dwelling }),
  },
  'POST /api/v1/temporary-residents/:id/leave': {
    id: 'temporaryResident',
    body: () => ({ leftOn: on }),
  },

  'GET /api/v1/rental-inspections': {},
  'POST /api/v1/rental-inspections': {
    body: (w) => ({
      propertyId: w.rentalProperty,
      inspectedOn: on,
      inspectors: ['检查员甲', '检查员乙'],
      unregistered: [{ name: '又一人' }],
    }),
  },
  'GET /api/v1/rental-inspections/:id': { id: 'rentalInspection' },
  'PATCH /api/v1/rental-inspections/:id': {
    id: 'rentalInspection',
    body: () => ({ findings: '改' }),
  },
  'DELETE /api/v1/rental-inspections/:id': { id: 'rentalInspection' },
  'POST /api/v1/rental-inspections/:id/rectify': {
    id: 'rentalInspection',
    body: () => ({ rectifiedOn: on }),
  },

  'GET /api/v1/rental-reminders': {},
  'GET /api/v1/pending-registrations': {},
  'POST /api/v1/pending-registrations': {
    body: (w) => ({
      propertyId: w.rentalProperty,
      name: '楼长报告的人',
      source: 'building_leader',
      reportedOn: on,
    }),
  },
  'GET /api/v1/pending-registrations/:id': { id: 'pendingRegistration' },
  'PATCH /api/v1/pending-registrations/:id': {
    id: 'pendingRegistration',
    body: () => ({ description: '改' }),
  },
  'DELETE /api/v1/pending-registrations/:id': { id: 'pendingRegistration' },
  'POST /api/v1/pending-registrations/:id/resolve': {
    id: 'pendingRegistration',
    body: (w) => ({ resolvedOn: on, temporaryResidentId: w.temporaryResident }),
  },

  'GET /api/v1/subsidy-cases': {},
  'GET /api/v1/subsidy-cases/export': {},
  'POST /api/v1/subsidy-cases': {
    body: (w) => ({
      householdId: w.household,
      applicantId: w.resident,
      appliedOn: on,
      hardshipReason: 'illness',
      members: [{ residentId: w.resident }, { residentId: w.householdMember }],
    }),
  },
  'GET /api/v1/subsidy-cases/:id': { id: 'subsidyCase' },
  'PATCH /api/v1/subsidy-cases/:id': { id: 'subsidyCase', body: () => ({ notes: '改' }) },
  'DELETE /api/v1/subsidy-cases/:id': { id: 'subsidyCase' },
  'POST /api/v1/subsidy-cases/:id/investigate': {
    id: 'subsidyCase',
    body: (w) => ({
      investigatedOn: on,
      investigators: ['调查员甲', '调查员乙'],
      members: [{ residentId: w.resident }, { residentId: w.householdMember }],
    }),
  },
  'POST /api/v1/subsidy-cases/:id/deliberate': {
    id: 'subsidyCase',
    body: () => ({ heldOn: on, members: 9, present: 7, agree: 6 }),
  },
  'POST /api/v1/subsidy-cases/:id/publicize': {
    id: 'subsidyCase',
    body: () => ({ startsOn: on }),
  },
  'POST /api/v1/subsidy-cases/:id/object': {
    id: 'subsidyCase',
    body: () => ({ objectedOn: on, objection: '邻居反映有收入' }),
  },
  'POST /api/v1/subsidy-cases/:id/street-review': {
    id: 'subsidyCase',
    body: () => ({ reviewedOn: on }),
  },
  'POST /api/v1/subsidy-cases/:id/approve': {
    id: 'subsidyCase',
    body: () => ({ approvedOn: on }),
  },
  'POST /api/v1/subsidy-cases/:id/review': {
    id: 'subsidyCase',
    body: (w) => ({
      reviewedOn: on,
      fromMonth: '2026-07',
      members: [{ residentId: w.resident }, { residentId: w.householdMember }],
    }),
  },
  'POST /api/v1/subsidy-cases/:id/report-change': {
    id: 'subsidyCase',
    body: () => ({ reportedOn: on, change: '儿子就业' }),
  },
  ...Object.fromEntries(
    ['suspend', 'resume', 'stop', 'refuse'].map((verb) => [
      `POST /api/v1/subsidy-cases/:id/${verb}`,
      { id: 'subsidyCase' as const, body: () => ({ decidedOn: on, reason: '原因' }) },
    ]),
  ),
  'GET /api/v1/subsidy-standards': {},
  'GET /api/v1/pairings': {},
  'GET /api/v1/pairings/rate': {},
  'POST /api/v1/pairings': {
    body: (w) => ({ helperName: '帮扶人', caseId: w.subsidyCase, startedOn: on }),
  },
  'GET /api/v1/pairings/:id': { id: 'pairing' },
  'PATCH /api/v1/pairings/:id': { id: 'pairing', body: () => ({ goals: '改' }) },
  'DELETE /api/v1/pairings/:id': { id: 'pairing' },
  'POST /api/v1/pairings/:id/end': { id: 'pairing', body: () => ({ endedOn: on }) },
  'POST /api/v1/pairings/:id/visits': {
    id: 'pairing',
    body: () => ({ on, kind: 'visit', note: '走访' }),
  },
  'GET /api/v1/assistance-cases': {},
  'GET /api/v1/assistance-cases/export': {},
  'POST /api/v1/assistance-cases': {
    body: (w) => ({
      residentId: w.resident,
      householdId: w.household,
      kind: 'expense',
      form: 'referral',
      reason: '转介',
      amount: 0,
      appliedOn: on,
    }),
  },
  'GET /api/v1/assistance-cases/:id': { id: 'assistanceCase' },
  'PATCH /api/v1/assistance-cases/:id': { id: 'assistanceCase', body: () => ({ reason: '改' }) },
  'DELETE /api/v1/assistance-cases/:id': { id: 'assistanceCase' },
  'POST /api/v1/assistance-cases/:id/pay': { id: 'assistanceCase', body: () => ({ paidOn: on }) },
  'GET /api/v1/assistance-fund': {},
  'GET /api/v1/patrol-teams': {},
  'POST /api/v1/patrol-teams': {
    body: (w) => ({ committeeId: w.committee, name: '新巡逻队', buildingIds: [w.building] }),
  },
  'GET /api/v1/patrol-teams/:id': { id: 'patrolTeam' },
  'PATCH /api/v1/patrol-teams/:id': { id: 'patrolTeam', body: () => ({ notes: '改' }) },
  'DELETE /api/v1/patrol-teams/:id': { id: 'patrolTeam' },
  'POST /api/v1/patrol-teams/:id/members': {
    id: 'patrolTeam',
    body: (w) => ({ residentId: w.householdMember, joinedOn: on }),
  },
  'POST /api/v1/patrol-teams/:id/members/:memberId/leave': {
    id: 'patrolTeam',
    params: { memberId: (w) => w.patrolTeamMember },
    body: () => ({ leftOn: on }),
  },
  'GET /api/v1/patrol-routes': {},
  'POST /api/v1/patrol-routes': {
    body: (w) => ({
      committeeId: w.committee,
      name: '新路线',
      checkpoints: [{ name: '楼栋', buildingId: w.building }],
    }),
  },
  'GET /api/v1/patrol-routes/:id': { id: 'patrolRoute' },
  'PATCH /api/v1/patrol-routes/:id': { id: 'patrolRoute', body: () => ({ notes: '改' }) },
  'DELETE /api/v1/patrol-routes/:id': { id: 'patrolRoute' },
  'GET /api/v1/patrol-routes/:id/qr-sheet': { id: 'patrolRoute' },
  'GET /api/v1/patrol-logs/figures': {},
  'GET /api/v1/statistics': {},
  'GET /api/v1/statistics/series': {},
  'GET /api/v1/statistics/figures/:key/rows': { params: { key: 'registry.buildings' } },
  // The annual report: the year and section are not records; its `committeeId` filter is walked
  // on the reads.
  'GET /api/v1/reports/annual/:year': { params: { year: '2026' } },
  'GET /api/v1/reports/annual/:year/docx': { params: { year: '2026' } },
  'GET /api/v1/reports/annual/:year/sections/:section/history': {
    params: { year: '2026', section: 'party' },
  },
  'PUT /api/v1/reports/annual/:year/sections/:section/text': {
    skip:
      'names no record: the office’s text is refused to a clerk (403) and another committee’s ' +
      '`committeeId` as an unknown one — both in reports/annual-report.test.ts',
  },
  'POST /api/v1/patrol-routes/:id/checkpoints/:checkpointId/regenerate-qr': {
    id: 'patrolRoute',
    params: { checkpointId: (w) => w.patrolCheckpoint },
    body: () => ({}),
  },
  'GET /api/v1/patrol-logs': {},
  'GET /api/v1/patrol-logs/export': {},
  'POST /api/v1/patrol-logs': {
    body: (w) => ({
      date: on,
      start: '20:00',
      teamId: w.patrolTeam,
      leader: { kind: 'resident', id: w.resident },
      members: [{ kind: 'resident', id: w.resident }],
      routeId: w.patrolRoute,
    }),
  },
  'GET /api/v1/patrol-logs/:id': { id: 'patrolLog' },
  'PATCH /api/v1/patrol-logs/:id': { id: 'patrolLog', body: () => ({ weather: 'rain' }) },
  'DELETE /api/v1/patrol-logs/:id': { id: 'patrolLog' },
  'POST /api/v1/patrol-logs/:id/visits': {
    id: 'patrolLog',
    body: (w) => ({ checkpointId: w.patrolCheckpoint, scannedAt: '2026-03-02T20:05:00+08:00' }),
  },
  'POST /api/v1/patrol-logs/:id/incidents': {
    id: 'patrolLog',
    body: (w) => ({ type: 'other', text: '发现', placeId: w.building }),
  },
  'POST /api/v1/patrol-logs/:id/questionings': {
    id: 'patrolLog',
    body: (w) => ({
      person: { residentId: w.freeResident },
      grounds: ['unknown_identity'],
      outcome: 'released',
    }),
  },
  'POST /api/v1/patrol-logs/:id/end': { id: 'patrolLog', body: () => ({ end: '22:00' }) },
  'POST /api/v1/patrol-logs/:id/photos': {
    id: 'patrolLog',
    // A WebP's signature is ASCII: RIFF, four size bytes, WEBP.
    upload: () => ({ options: {}, name: 'photo.webp', content: 'RIFF0000WEBPVP8 ' }),
  },
  'GET /api/v1/patrol-logs/:id/photos/:photoId': {
    id: 'patrolLog',
    params: { photoId: (w) => w.patrolPhoto },
  },
  'GET /api/v1/patrol-follow-ups': {},
  'POST /api/v1/patrol-follow-ups': {
    body: (w) => ({
      findingId: w.patrolQuestioning,
      ownerId: w.staffAccount,
      openedOn: on,
      dueOn: on,
    }),
  },
  'GET /api/v1/patrol-follow-ups/:id': { id: 'patrolFollowUp' },
  'PATCH /api/v1/patrol-follow-ups/:id': {
    id: 'patrolFollowUp',
    body: (w) => ({ ownerId: w.staffAccount, note: '改' }),
  },
  'DELETE /api/v1/patrol-follow-ups/:id': { id: 'patrolFollowUp' },
  'POST /api/v1/patrol-follow-ups/:id/close': {
    id: 'patrolFollowUp',
    body: () => ({ closedOn: on, note: '已办结' }),
  },
  'GET /api/v1/patrol-plans': {},
  'POST /api/v1/patrol-plans': {
    body: (w) => ({
      teamId: w.patrolTeam,
      routeId: w.patrolRoute,
      days: { kind: 'weekdays', weekdays: [1, 3, 5] },
      start: '19:30',
      end: '21:30',
      from: on,
    }),
  },
  'GET /api/v1/patrol-plans/:id': { id: 'patrolPlan' },
  'PATCH /api/v1/patrol-plans/:id': { id: 'patrolPlan', body: () => ({ note: '改' }) },
  'DELETE /api/v1/patrol-plans/:id': { id: 'patrolPlan' },
  'GET /api/v1/patrol-plans/roster': {},
  'GET /api/v1/patrol-plans/today': {},
  'POST /api/v1/patrol-plans/roster-edits': {
    body: (w) => ({ kind: 'cancel', entry: { planId: w.patrolPlan, date: on }, reason: '停电' }),
  },
  'DELETE /api/v1/patrol-plans/roster-edits/:editId': {
    params: { editId: (w) => w.patrolRosterEdit },
  },
  'GET /api/v1/subsidy-payouts': {},
  'GET /api/v1/subsidy-payouts/summary': {},
  'GET /api/v1/subsidy-payouts/:id': { id: 'subsidyPayout' },
  'GET /api/v1/subsidy-payouts/:id/bank-file': { id: 'subsidyPayout' },
  'POST /api/v1/subsidy-payouts': { body: (w) => ({ committeeId: w.committee, month: '2026-06' }) },

  'GET /api/v1/households': {},
  'GET /api/v1/households/export': {},
  'POST /api/v1/households': {
    body: (w) => ({ dwellingId: w.dwelling, headResidentId: w.freeResident, members: [] }),
  },
  'GET /api/v1/households/:id': { id: 'household' },
  'GET /api/v1/households/:id/history': { id: 'household' },
  'POST /api/v1/households/:id/move-in': {
    id: 'household',
    body: (w) => ({ residentId: w.freeResident, relationship: '20', date: on }),
  },
  'POST /api/v1/households/:id/move-out': {
    id: 'household',
    body: (w) => ({ residentId: w.householdMember, date: on }),
  },
  'POST /api/v1/households/:id/transfer': {
    id: 'household',
    body: (w) => ({
      residentId: w.householdMember,
      toHouseholdId: w.otherHousehold,
      relationship: '20',
      date: on,
    }),
  },
  'POST /api/v1/households/register': {
    body: (w) => ({
      dwellingId: w.dwelling,
      members: [
        { kind: 'resident', residentId: w.freeResident, relationship: '02' },
        { kind: 'new', name: '新成员', idNumber: registered, relationship: '10' },
      ],
      movedInOn: on,
    }),
  },
  'PATCH /api/v1/households/:id/members/:residentId': {
    id: 'household',
    params: { residentId: (w) => w.householdMember },
    body: () => ({ relationship: '99', reason: '登记时填错' }),
  },
  'POST /api/v1/households/:id/change-head': {
    id: 'household',
    body: (w) => ({
      newHeadResidentId: w.householdMember,
      date: on,
      relationships: [{ residentId: w.resident, relationship: '10' }],
    }),
  },

  'POST /api/v1/imports': {
    upload: (w) => ({
      options: { type: 'residents', committeeId: w.committee, dryRun: true },
      name: '花名册.csv',
      content: `姓名,公民身份号码\n导入人,${imported}\n`,
    }),
  },
  'GET /api/v1/imports': {},
  'GET /api/v1/imports/:id': { id: 'importJob' },
  'GET /api/v1/imports/:id/report': { id: 'importJob' },
  'POST /api/v1/imports/:id/validate': {
    id: 'importJob',
    body: (w) => ({ committeeId: w.committee }),
  },
  'POST /api/v1/imports/:id/commit': {
    id: 'importJob',
    body: () => ({ mode: 'all_or_nothing' }),
  },
  'POST /api/v1/imports/:id/undo': { id: 'importJob', body: () => ({}) },
  'GET /api/v1/import-mappings': {},
  'POST /api/v1/import-mappings': {
    body: () => ({ type: 'residents', name: '另一个映射', mapping: { 证件: 'idNumber' } }),
  },
  'DELETE /api/v1/import-mappings/:id': { id: 'importMapping' },
  'GET /api/v1/import-templates/:type': { params: { type: 'residents' } },

  'GET /api/v1/party-organizations': {},
  'POST /api/v1/party-organizations': {
    body: (w) => ({
      parentId: w.branch,
      level: 'group',
      name: '新党小组',
    }),
  },
  'GET /api/v1/party-organizations/:id': { id: 'branch' },
  'PATCH /api/v1/party-organizations/:id': { id: 'branch', body: () => ({ notes: '改' }) },
  'DELETE /api/v1/party-organizations/:id': { id: 'branch' },
  'GET /api/v1/party-organizations/:id/officers': { id: 'branch' },
  'POST /api/v1/party-organizations/:id/officers': {
    id: 'branch',
    body: (w) => ({ memberId: w.partyMember, post: 'organization', termStart: on }),
  },
  'POST /api/v1/party-officers/:id/end': { id: 'officer', body: () => ({ on }) },

  'GET /api/v1/party-members': {},
  'GET /api/v1/party-members/stats': {},
  'GET /api/v1/party-members/export': {},
  'POST /api/v1/party-members/export': {
    reads: true,
    body: (w) => ({ ids: [w.partyMember, w.probationer], format: 'csv' }),
  },
  'POST /api/v1/party-members/selection': {
    reads: true,
    body: (w) => ({ ids: [w.partyMember, w.probationer] }),
  },
  'POST /api/v1/party-members': {
    body: (w) => ({ residentId: w.freeResident, organizationId: w.branch, joinedOn: '2026-01-10' }),
  },
  'POST /api/v1/party-members/transfer-in': {
    body: (w) => ({
      residentId: w.freeResident,
      organizationId: w.branch,
      status: 'full',
      joinedOn: '2001-07-01',
      fullMembershipOn: '2002-07-01',
      letter: {
        serialNumber: '外转字第9号',
        fromOrganization: '外地党支部',
        issuedOn: '2026-05-20',
        validDays: 30,
        receivedOn: on,
      },
    }),
  },
  'GET /api/v1/party-members/:id': { id: 'partyMember' },
  'PATCH /api/v1/party-members/:id': { id: 'partyMember', body: () => ({ notes: '改' }) },
  'DELETE /api/v1/party-members/:id': { id: 'partyMember' },
  'GET /api/v1/party-members/:id/flows': { id: 'partyMember' },
  'POST /api/v1/party-members/:id/flow-out': {
    id: 'partyMember',
    body: () => ({ destination: '外地', reason: '务工', leftOn: on }),
  },
  'GET /api/v1/party-members/:id/history': { id: 'partyMember' },
  'POST /api/v1/party-members/:id/confirm': {
    id: 'probationer',
    body: () => ({ on: '2026-02-01' }),
  },
  'POST /api/v1/party-members/:id/extend-probation': {
    id: 'probationer',
    body: () => ({ on: '2026-01-20', months: 6, reason: '考察' }),
  },
  'POST /api/v1/party-members/:id/transfer-out': {
    id: 'partyMember',
    body: () => ({ serialNumber: '转字第2号', toOrganization: '外地党支部', issuedOn: on }),
  },
  'POST /api/v1/party-members/:id/leave': {
    id: 'partyMember',
    body: () => ({ state: 'deceased', on, reason: '病故' }),
  },
  'GET /api/v1/party-members/:id/evaluations': { id: 'partyMember' },
  'POST /api/v1/party-members/:id/evaluations': {
    id: 'partyMember',
    body: () => ({ year: 2025, grade: 'qualified' }),
  },
  'POST /api/v1/party-members/:id/dues-payments': {
    id: 'partyMember',
    body: () => ({ month: '2026-05', paidOn: on }),
  },
  'POST /api/v1/party-members/dues-payments': {
    body: (w) => ({ memberIds: [w.partyMember], month: '2026-05', paidOn: on }),
  },

  'GET /api/v1/party-transfers/:id': { id: 'transfer' },
  'POST /api/v1/party-transfers/:id/receipt': { id: 'transfer', body: () => ({ on }) },
  'POST /api/v1/party-transfers/:id/printed': { id: 'transfer', body: () => ({}) },
  'POST /api/v1/party-flows/:id/return': { id: 'flow', body: () => ({ on }) },

  'GET /api/v1/party-meetings': {},
  'GET /api/v1/party-meetings/compliance': {},
  'GET /api/v1/party-meetings/:id': { id: 'meeting' },
  'POST /api/v1/party-meetings': {
    body: (w) => ({
      organizationId: w.branch,
      type: 'party_lecture',
      heldOn: on,
      title: '党课',
      attendance: [{ memberId: w.partyMember, present: true }],
    }),
  },
  // 共建单位 are the 党工委's, not a committee's: every reader sees the same ones.
  'GET /api/v1/co-building-units': {},
  'GET /api/v1/co-building-units/:id': { skip: 'an office-wide record, the same for every clerk' },
  'GET /api/v1/party-dues': {},
  'GET /api/v1/party-dues/export': {},
  'GET /api/v1/party-meetings/export': {},
  'GET /api/v1/party-reminders': {},
  // The reminders centre: a key names its record (here the world's overdue patrol follow-up).
  'GET /api/v1/reminders': {},
  'GET /api/v1/reminders/count': {},
  'POST /api/v1/reminders/seen': {
    body: (w) => ({ keys: [`patrol.follow-up-overdue:${w.patrolFollowUp}:2026-05-20`] }),
  },
  'POST /api/v1/reminders/snooze': {
    body: (w) => ({
      key: `patrol.follow-up-overdue:${w.patrolFollowUp}:2026-05-20`,
      until: '2027-01-04',
      reason: '等待物业回复',
    }),
  },
  'POST /api/v1/reminders/reopen': {
    body: (w) => ({ key: `patrol.follow-up-overdue:${w.patrolFollowUp}:2026-05-20` }),
  },
}
