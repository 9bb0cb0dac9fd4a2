import { addMonths } from '@cr/shared/party/calendar'
import type { TApp } from '../../app.ts'
import type { TDb } from '../../lib/db-types.ts'
import { hashPassword } from '../../modules/auth/password-hashing.ts'
import {
  defaultTestPassword,
  seedCommittee,
  seedResident,
  seedUser,
  testIdNumber,
} from '../factories.ts'
import { seedPatrolFindings } from '../patrol-findings.ts'
import { signIn } from '../sign-in.ts'
import type { TResolver } from './encode-request.ts'
import type { TActor } from './fuzz-requests.ts'

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** The stem a field's name gives for its ids: `headResidentId` → `resident`, `parentId` → `parent`. */
const idHint = (name: string | undefined) =>
  name
    ?.replace(/Ids?$/, '')
    .replace(/^.*[a-z](?=[A-Z])/, '')
    .toLowerCase()

const normal = (name: string) => name.replace(/[^a-z]/gi, '').toLowerCase()

type TAccount = { id: string; username: string; role: 'admin' | 'clerk'; committeeIds: string[] }

/**
 * The records the fuzzer works on and the accounts it works as. Ids and cursors are learnt from
 * every answer (grouped by the collection or the field they came in), so requests name real
 * records of the right kind; accounts that a request signed out, disabled, deleted or made to
 * change their password are put back and signed in again, so the run stays meaningful.
 */
export class FuzzWorld implements TResolver {
  private readonly pools = new Map<string, string[]>()
  private readonly cursors = new Map<string, string[]>()
  private readonly cookies = new Map<TActor, string>()

  private constructor(
    private readonly app: TApp,
    private readonly db: TDb,
    private readonly accounts: Record<Exclude<TActor, 'anonymous'>, TAccount>,
    private readonly passwordHash: string,
    /** The ID numbers of the seeded residents: only a reveal may show them. */
    readonly idNumbers: string[],
  ) {}

  static async create(app: TApp, db: TDb) {
    const [a, b] = [await seedCommittee(db.prisma), await seedCommittee(db.prisma)]
    const account = async (role: 'admin' | 'clerk', committeeIds: string[] = []) => {
      const user = await seedUser(db.prisma, { role, committeeIds })
      return { id: user.id, username: user.username, role, committeeIds }
    }
    const accounts = {
      admin: await account('admin'),
      clerk: await account('clerk', [a.id]),
      // Signs out and changes its password in the auth operations, away from the others.
      authUser: await account('admin'),
    }
    const idNumbers = Array.from({ length: 8 }, () => testIdNumber())
    const people = []
    for (const [i, idNumber] of idNumbers.entries())
      people.push(
        await seedResident(db.prisma, app.cipher, {
          committeeId: i < 6 ? a.id : b.id,
          idNumber,
          phone: `1380000${String(1000 + i)}`,
        }),
      )
    const world = new FuzzWorld(
      app,
      db,
      accounts,
      await hashPassword(defaultTestPassword),
      idNumbers,
    )
    await world.seedThroughApi(
      a.id,
      people.map((p) => p.id),
    )
    return world
  }

  /** Places, a household, the party tree with members and their steps, through the API. */
  private async seedThroughApi(committeeId: string, people: string[]) {
    const today = this.app.today()
    const post = async (url: string, payload: object, headers: Record<string, string> = {}) => {
      const response = await this.app.inject({
        method: 'POST',
        url: `/api/v1${url}`,
        headers: { cookie: await this.cookie('admin'), ...headers },
        payload,
      })
      if (response.statusCode >= 300) throw new Error(`seeding ${url}: ${response.body}`)
      this.learn(`/api/v1${url}`, response.body)
      return response.json()
    }
    const building = await post('/buildings', {
      committeeId,
      street: '胜利路',
      buildingNumber: '18号楼',
    })
    const dwelling = await post('/dwellings', { buildingId: building.id, unit: '2', room: '502' })
    await post('/households', {
      dwellingId: dwelling.id,
      headResidentId: people[0],
      members: [{ residentId: people[1], relationship: '10' }],
    })
    const letDwelling = await post('/dwellings', {
      buildingId: building.id,
      unit: '2',
      room: '503',
    })
    await post('/dwellings', { buildingId: building.id, unit: '2', room: '504' })
    const rental = await post('/rental-properties', {
      dwellingId: letDwelling.id,
      landlord: { residentId: people[5] },
      allowedOccupants: 2,
    })
    await post('/rental-contracts', {
      propertyId: rental.id,
      signedOn: addMonths(today, -11),
      leaseStartsOn: addMonths(today, -11),
      leaseEndsOn: addMonths(today, 1),
    })
    await post('/temporary-residents', {
      person: { residentId: people[4] },
      propertyId: rental.id,
      reason: 'work',
      movedInOn: addMonths(today, -1),
    })
    await post('/rental-inspections', {
      propertyId: rental.id,
      inspectedOn: today,
      inspectors: ['张三', '李四'],
      occupantCount: 3,
      rectificationDueOn: addMonths(today, 1),
      unregistered: [{ name: '未登记人员' }],
    })
    const root = await post('/party-organizations', { level: 'committee', name: '党工委' })
    const branch = await post('/party-organizations', {
      parentId: root.id,
      level: 'branch',
      name: '第一党支部',
      committeeIds: [committeeId],
    })
    const members = []
    for (const residentId of people.slice(2, 5))
      members.push(
        await post('/party-members', {
          residentId,
          organizationId: branch.id,
          joinedOn: addMonths(today, -30),
          fullMembershipOn: addMonths(today, -18),
          status: 'full',
        }),
      )
    await post(`/party-members/${members[0].id}/flow-out`, {
      destination: '江苏省苏州市',
      reason: '外出务工',
      leftOn: addMonths(today, -2),
    })
    await post(
      `/party-members/${members[1].id}/transfer-out`,
      { serialNumber: '垦组转字第2026-018号', toOrganization: '某社区党支部', issuedOn: today },
      { 'if-match': `"${members[1].version}"` },
    )
    await post(`/party-organizations/${branch.id}/officers`, {
      memberId: members[2].id,
      post: 'secretary',
      termStart: addMonths(today, -12),
    })
    await post('/party-meetings', {
      organizationId: branch.id,
      type: 'member_meeting',
      heldOn: today,
      title: '支部党员大会',
      attendance: [{ memberId: members[2].id, present: true }],
    })
    const unit = await post('/co-building-units', { name: '垦利区税务局' })
    await post(`/co-building-units/${unit.id}/agreements`, {
      signedOn: addMonths(today, -2),
      commitments: '联合开展主题党日',
    })
    const team = await post('/patrol-teams', {
      committeeId,
      name: '夜间巡逻队',
      buildingIds: [building.id],
    })
    await post(
      `/patrol-teams/${team.id}/members`,
      { residentId: people[0], leader: true, joinedOn: addMonths(today, -1) },
      { 'if-match': `"${team.version}"` },
    )
    const patrolRoute = await post('/patrol-routes', {
      committeeId,
      name: '夜巡一线',
      checkpoints: [
        { name: '东门岗亭', place: '东门治安岗亭' },
        { name: '18号楼', buildingId: building.id, expectedMinutes: 6 },
      ],
    })
    // A night's log on that route with a finding and a 盘查, so the fuzzer names a real log.
    await post('/patrol-logs', {
      date: addMonths(today, -1),
      start: '20:00',
      end: '02:00',
      teamId: team.id,
      leader: { kind: 'resident', id: people[0] },
      members: [{ kind: 'resident', id: people[0] }],
      routeId: patrolRoute.id,
      incidents: [{ type: 'fire_hazard', text: '消防通道堆放杂物' }],
      questionings: [
        { person: { name: '某人' }, grounds: ['unknown_identity'], outcome: 'released' },
      ],
    })
    // A log with an incident and a 盘查 (written to the tables), the incident followed up.
    const findings = await seedPatrolFindings(this.db.prisma, {
      committeeId,
      leaderUserId: this.accounts.clerk.id,
      teamId: team.id,
      date: addMonths(today, -1),
    })
    await post('/patrol-follow-ups', {
      findingId: findings.incidentId,
      ownerId: this.accounts.clerk.id,
      openedOn: addMonths(today, -1),
      dueOn: today,
    })
    const plan = await post('/patrol-plans', {
      teamId: team.id,
      routeId: patrolRoute.id,
      days: { kind: 'every_day' },
      start: '20:00',
      end: '02:00',
      from: addMonths(today, -1),
    })
    await post('/patrol-plans/roster-edits', {
      kind: 'cancel',
      entry: { planId: plan.id, date: plan.from },
      reason: '暴雨',
    })
    await post('/api-tokens', {
      name: '对接',
      role: 'viewer',
      committeeIds: [committeeId],
      expiresOn: addMonths(today, 6),
    })
    await post('/import-mappings', { type: 'residents', name: '常用', mapping: { A: 'name' } })
  }

  /** Ids and next-page cursors in an answer, by where they came from. */
  learn(path: string, body: string) {
    let value: unknown
    try {
      value = JSON.parse(body)
    } catch {
      return
    }
    const collection = path.split('?')[0]!.split('/')[3] ?? 'any'
    const stack: { value: unknown; pool: string }[] = [{ value, pool: collection }]
    while (stack.length > 0) {
      const { value: current, pool } = stack.pop()!
      if (Array.isArray(current)) current.forEach((v) => stack.push({ value: v, pool }))
      else if (current && typeof current === 'object') {
        for (const [key, v] of Object.entries(current)) {
          if (key === 'id' && typeof v === 'string' && uuid.test(v)) this.add(this.pools, pool, v)
          else if (key === 'nextCursor' && typeof v === 'string')
            this.add(this.cursors, path.split('?')[0]!, v)
          else stack.push({ value: v, pool: key === 'items' ? pool : key })
        }
      }
    }
  }

  private add(map: Map<string, string[]>, key: string, value: string) {
    const list = map.get(key) ?? []
    if (!list.includes(value)) list.push(value)
    map.set(key, list.slice(-50))
  }

  id(name: string | undefined, index: number) {
    const hint = normal(idHint(name) ?? '')
    const matching = [...this.pools.entries()].filter(([key]) => hint && normal(key).includes(hint))
    const ids = (matching.length > 0 ? matching : [...this.pools.entries()]).flatMap(([, v]) => v)
    return ids[index % ids.length] ?? '00000000-0000-0000-0000-000000000000'
  }

  cursor(path: string, index: number) {
    const own = this.cursors.get(path) ?? [...this.cursors.values()].flat()
    return own[index % own.length] ?? 'e30'
  }

  idNumber(index: number) {
    return this.idNumbers[index % this.idNumbers.length]!
  }

  /** The session cookie of an account, signing it in (put back as seeded) when it has none. */
  async cookie(actor: TActor): Promise<string | undefined> {
    if (actor === 'anonymous') return undefined
    const known = this.cookies.get(actor)
    if (known) return known
    const account = this.accounts[actor]
    await this.db.prisma.user.update({
      where: { id: account.id },
      data: {
        active: true,
        deletedAt: null,
        role: account.role,
        expiresOn: null,
        mustChangePassword: false,
        passwordHash: this.passwordHash,
        passwordChangedAt: new Date(),
        partyOrganizationId: null,
        committees: {
          deleteMany: {},
          create: account.committeeIds.map((committeeId) => ({ committeeId })),
        },
      },
    })
    await this.db.prisma.loginThrottle.deleteMany({ where: { username: account.username } })
    const { cookie } = await signIn(this.app, account.username)
    this.cookies.set(actor, cookie)
    return cookie
  }

  /** After an answer: an account the request signed out or changed signs in again next time. */
  settle(actor: TActor, statusCode: number, body: string) {
    const signedOut =
      statusCode === 401 || (statusCode === 403 && body.includes('password_change_required'))
    if (signedOut) this.cookies.delete(actor)
  }

  /** The username the sign-in is fuzzed with: a real one, but not the fuzzer's own. */
  username() {
    return this.accounts.authUser.username
  }
}
