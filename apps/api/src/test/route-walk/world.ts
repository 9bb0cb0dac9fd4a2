import { randomUUID } from 'node:crypto'
import type { TApp } from '../../app.ts'
import { seedCommittee, seedUser, testIdNumber } from '../factories.ts'
import { seedPatrolFindings } from '../patrol-findings.ts'
import { settledJob, uploadLedger } from '../imports.ts'
import { pngBytes, uploadPhoto } from '../patrol-logs.ts'
import { signIn } from '../sign-in.ts'

/**
 * One committee's records of every kind a route can reach, made through the API as the office
 * makes them. The scope walk builds two (甲 and 乙) and asks, as a clerk of 甲, for each of 乙's.
 * A kind names one record; a module that adds records adds its kinds here.
 */
export type TWorld = {
  committee: string
  building: string
  dwelling: string
  household: string
  /** The household's head, with a party membership of their own. */
  resident: string
  /** A member of the household besides the head. */
  householdMember: string
  /** A second household (in the flat next door), to move people into. */
  otherHousehold: string
  /** A resident in no household (to move in, to make a member of something). */
  freeResident: string
  /** The head's ID number (for the search by number). */
  idNumber: string
  branch: string
  partyMember: string
  /** A probationary member (for 转正 and 延长预备期). */
  probationer: string
  meeting: string
  officer: string
  transfer: string
  flow: string
  importJob: string
  importMapping: string
  /** 出租房屋: a dwelling let by a landlord living elsewhere, with a 治安责任书. */
  rentalProperty: string
  rentalContract: string
  /** A dwelling not let yet (to register for rent). */
  rentableDwelling: string
  /** A tenant's 暂住登记 in the rental property. */
  temporaryResident: string
  /** An inspection of the rental property, and the person it found unregistered (待登记). */
  rentalInspection: string
  pendingRegistration: string
  /** The household's 低保 case (head and spouse, applied for by the head). */
  subsidyCase: string
  /** The committee's payout roll of a month (a draft). */
  subsidyPayout: string
  /** A helper paired with the case. */
  pairing: string
  /** A 临时救助 case of the head (a referral: it needs no standard). */
  assistanceCase: string
  /** The committee's patrol team, the head a member of it (and its leader). */
  patrolTeam: string
  patrolTeamMember: string
  /** A patrol route with one checkpoint at the building. */
  patrolRoute: string
  patrolCheckpoint: string
  /** A night's patrol log of the team on the route (under way), and a photo uploaded for it. */
  patrolLog: string
  patrolPhoto: string
  /** The committee's clerk: a staff account a follow-up can be given to. */
  staffAccount: string
  /** An incident and a 盘查 of another log of the team (written to the tables). */
  patrolIncident: string
  patrolQuestioning: string
  /** The follow-up of the incident (the 盘查 has none, to open one on). */
  patrolFollowUp: string
  /** A plan of the team on the route, every night 20:00–次日02:00 from March 2026. */
  patrolPlan: string
  /** A cancellation of the plan's entry on 2 June 2026. */
  patrolRosterEdit: string
}
export type TKind = keyof TWorld

/** Records that exist nowhere: what a scope refusal must look exactly like. */
export const absentWorld = (): TWorld => {
  const id = () => randomUUID()
  return {
    committee: id(),
    building: id(),
    dwelling: id(),
    household: id(),
    resident: id(),
    householdMember: id(),
    otherHousehold: id(),
    freeResident: id(),
    idNumber: testIdNumber(),
    branch: id(),
    partyMember: id(),
    probationer: id(),
    meeting: id(),
    officer: id(),
    transfer: id(),
    flow: id(),
    importJob: id(),
    importMapping: id(),
    rentalProperty: id(),
    rentalContract: id(),
    rentableDwelling: id(),
    temporaryResident: id(),
    rentalInspection: id(),
    pendingRegistration: id(),
    subsidyCase: id(),
    subsidyPayout: id(),
    pairing: id(),
    assistanceCase: id(),
    patrolTeam: id(),
    patrolTeamMember: id(),
    patrolRoute: id(),
    patrolCheckpoint: id(),
    patrolLog: id(),
    patrolPhoto: id(),
    staffAccount: id(),
    patrolIncident: id(),
    patrolQuestioning: id(),
    patrolFollowUp: id(),
    patrolPlan: id(),
    patrolRosterEdit: id(),
  }
}

type TAuth = Record<string, string>

const call = async (
  app: TApp,
  auth: TAuth,
  method: 'POST' | 'PUT',
  url: string,
  payload: object,
  headers: TAuth = {},
) => {
  const answer = await app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...auth, ...headers },
    payload,
  })
  if (answer.statusCode >= 300)
    throw new Error(`${method} ${url}: ${answer.statusCode} ${answer.body}`)
  return answer.json() as { id: string; version: number }
}

/**
 * Seeds one committee's world. The party tree's 党工委 (`rootId`) is the office's, shared by
 * both; every other record belongs to the committee. Names carry `label` so a leak is legible.
 */
export const seedWorld = async (
  app: TApp,
  admin: TAuth,
  rootId: string,
  label: string,
): Promise<TWorld & { clerk: TAuth }> => {
  const db = app.db.prisma
  const committee = await seedCommittee(db, { name: `${label}社区居委会` })
  const clerkUser = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
  const clerk = await signIn(app, clerkUser.username)
  const post = (url: string, payload: object, headers?: TAuth) =>
    call(app, admin, 'POST', url, payload, headers)

  const headIdNumber = testIdNumber()
  const person = (name: string, idNumber = testIdNumber()) =>
    post('/residents', { committeeId: committee.id, name: `${label}${name}`, idNumber })
  const [head, spouse, free, probationer, extra, neighbour] = await Promise.all([
    person('户主', headIdNumber),
    ...['配偶', '独居', '预备', '流动', '邻居'].map((name) => person(name)),
  ])
  const building = await post('/buildings', {
    committeeId: committee.id,
    street: `${label}路`,
    buildingNumber: '1号楼',
  })
  const dwelling = await post('/dwellings', { buildingId: building.id, unit: '1', room: '101' })
  const household = await post('/households', {
    dwellingId: dwelling.id,
    headResidentId: head!.id,
    members: [{ residentId: spouse!.id, relationship: '10' }],
    movedInOn: '2020-03-01',
  })
  const nextDoor = await post('/dwellings', { buildingId: building.id, unit: '1', room: '102' })
  const otherHousehold = await post('/households', {
    dwellingId: nextDoor.id,
    headResidentId: neighbour!.id,
    movedInOn: '2020-03-01',
  })

  const letDwelling = await post('/dwellings', { buildingId: building.id, unit: '1', room: '103' })
  const rentableDwelling = await post('/dwellings', {
    buildingId: building.id,
    unit: '1',
    room: '104',
  })
  const rental = await post('/rental-properties', {
    dwellingId: letDwelling.id,
    landlord: { name: `${label}房东`, idNumber: testIdNumber() },
    allowedOccupants: 2,
  })
  const contract = await post('/rental-contracts', {
    propertyId: rental.id,
    signedOn: '2026-01-01',
    leaseStartsOn: '2026-01-01',
    leaseEndsOn: '2026-12-31',
  })
  const lodger = await post('/temporary-residents', {
    person: { name: `${label}租客`, idNumber: testIdNumber() },
    propertyId: rental.id,
    reason: 'work',
    movedInOn: '2026-03-02',
  })
  const inspection = (await post('/rental-inspections', {
    propertyId: rental.id,
    inspectedOn: '2026-05-01',
    inspectors: [`${label}检查员甲`, `${label}检查员乙`],
    occupantCount: 2,
    unregistered: [{ name: `${label}未登记` }],
  })) as unknown as { id: string; pendingRegistrations: Array<{ id: string }> }

  const subsidyCase = await post('/subsidy-cases', {
    householdId: household.id,
    applicantId: head!.id,
    appliedOn: '2026-03-02',
    hardshipReason: 'illness',
    members: [{ residentId: head!.id }, { residentId: spouse!.id, income: { wage: 900 } }],
  })
  const pairing = await post('/pairings', {
    helperName: `${label}帮扶人`,
    caseId: subsidyCase.id,
    startedOn: '2026-03-05',
  })
  const team = await post('/patrol-teams', {
    committeeId: committee.id,
    name: `${label}巡逻队`,
    buildingIds: [building.id],
  })
  const joined = (await call(
    app,
    admin,
    'POST',
    `/patrol-teams/${team.id}/members`,
    { residentId: head!.id, leader: true, joinedOn: '2026-03-01' },
    { 'if-match': `"${team.version}"` },
  )) as unknown as { members: { id: string }[] }
  const patrolRoute = (await post('/patrol-routes', {
    committeeId: committee.id,
    name: `${label}夜巡路线`,
    checkpoints: [{ name: '楼栋入口', buildingId: building.id }],
  })) as unknown as { id: string; checkpoints: { id: string }[] }
  const patrolLog = await post('/patrol-logs', {
    date: '2026-03-02',
    start: '20:00',
    teamId: team.id,
    leader: { kind: 'resident', id: head!.id },
    members: [{ kind: 'resident', id: head!.id }],
    routeId: patrolRoute.id,
  })
  const photo = await uploadPhoto(app, admin, patrolLog.id, pngBytes)
  if (photo.statusCode !== 201) throw new Error(`photo: ${photo.statusCode} ${photo.body}`)
  const findings = await seedPatrolFindings(db, {
    committeeId: committee.id,
    leaderUserId: clerkUser.id,
    teamId: team.id,
    date: '2026-05-01',
  })
  const followUp = await post('/patrol-follow-ups', {
    findingId: findings.incidentId,
    ownerId: clerkUser.id,
    openedOn: '2026-05-02',
    dueOn: '2026-05-20',
  })
  const patrolPlan = await post('/patrol-plans', {
    teamId: team.id,
    routeId: patrolRoute.id,
    days: { kind: 'every_day' },
    start: '20:00',
    end: '02:00',
    from: '2026-03-01',
  })
  const patrolRosterEdit = await post('/patrol-plans/roster-edits', {
    kind: 'cancel',
    entry: { planId: patrolPlan.id, date: '2026-06-02' },
    reason: `${label}暴雨`,
  })
  const assistanceCase = await post('/assistance-cases', {
    residentId: head!.id,
    kind: 'expense',
    form: 'referral',
    reason: `${label}转介就医`,
    amount: 0,
    appliedOn: '2026-03-06',
  })
  const subsidyPayout = await post('/subsidy-payouts', {
    committeeId: committee.id,
    month: '2026-05',
  })

  const branch = await post('/party-organizations', {
    parentId: rootId,
    level: 'branch',
    name: `${label}党支部`,
    branchType: 'community',
    committeeIds: [committee.id],
  })
  const member = (residentId: string, status: 'full' | 'probationary') =>
    post('/party-members', {
      residentId,
      organizationId: branch.id,
      status,
      joinedOn: status === 'full' ? '2001-07-01' : '2025-01-10',
      fullMembershipOn: status === 'full' ? '2002-07-01' : null,
    })
  const partyMember = await member(head!.id, 'full')
  const probationerMember = await member(probationer!.id, 'probationary')
  const flowing = await member(extra!.id, 'full')
  const leaving = await member(spouse!.id, 'full')
  const meeting = await post('/party-meetings', {
    organizationId: branch.id,
    type: 'member_meeting',
    heldOn: '2026-03-05',
    title: `${label}支部党员大会`,
    minutes: `${label}会议记录`,
    attendance: [{ memberId: partyMember.id, present: true }],
  })
  const officers = (await post(`/party-organizations/${branch.id}/officers`, {
    memberId: partyMember.id,
    post: 'secretary',
    termStart: '2024-01-01',
  })) as unknown as { items: Array<{ id: string }> }
  const officer = officers.items[0]!
  const flow = await post(`/party-members/${flowing.id}/flow-out`, {
    destination: `${label}外地`,
    reason: '务工',
    leftOn: '2026-02-01',
  })
  const transfer = await post(
    `/party-members/${leaving.id}/transfer-out`,
    {
      serialNumber: `${label}转字第1号`,
      toOrganization: `${label}外地党支部`,
      issuedOn: '2026-03-01',
    },
    { 'if-match': `"${leaving.version}"` },
  )

  const upload = await uploadLedger(
    app,
    clerk,
    {
      name: `${label}花名册.csv`,
      content: Buffer.from(`姓名,公民身份号码\n${label}导入,${testIdNumber()}\n`),
    },
    { type: 'residents', committeeId: committee.id, dryRun: true },
  )
  if (upload.statusCode !== 202) throw new Error(`upload: ${upload.statusCode} ${upload.body}`)
  await settledJob(app, clerk, upload.json().id)
  const mapping = await call(app, clerk, 'POST', '/import-mappings', {
    type: 'residents',
    name: `${label}的映射`,
    mapping: { 证件号: 'idNumber' },
  })

  return {
    clerk,
    committee: committee.id,
    building: building.id,
    dwelling: dwelling.id,
    household: household.id,
    resident: head!.id,
    householdMember: spouse!.id,
    otherHousehold: otherHousehold.id,
    freeResident: free!.id,
    idNumber: headIdNumber,
    branch: branch.id,
    partyMember: partyMember.id,
    probationer: probationerMember.id,
    meeting: meeting.id,
    officer: officer.id,
    transfer: transfer.id,
    flow: flow.id,
    importJob: upload.json().id,
    importMapping: mapping.id,
    rentalProperty: rental.id,
    rentalContract: contract.id,
    rentableDwelling: rentableDwelling.id,
    temporaryResident: lodger.id,
    rentalInspection: inspection.id,
    pendingRegistration: inspection.pendingRegistrations[0]!.id,
    subsidyCase: subsidyCase.id,
    subsidyPayout: subsidyPayout.id,
    pairing: pairing.id,
    assistanceCase: assistanceCase.id,
    patrolTeam: team.id,
    patrolTeamMember: joined.members[0]!.id,
    patrolRoute: patrolRoute.id,
    patrolCheckpoint: patrolRoute.checkpoints[0]!.id,
    patrolLog: patrolLog.id,
    patrolPhoto: photo.json().id,
    staffAccount: clerkUser.id,
    patrolIncident: findings.incidentId,
    patrolQuestioning: findings.questioningId,
    patrolFollowUp: followUp.id,
    patrolPlan: patrolPlan.id,
    patrolRosterEdit: patrolRosterEdit.id,
  }
}
