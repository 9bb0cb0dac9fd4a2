import { describe, expect, it } from 'vitest'
import type { TStatistics } from '@cr/shared/statistics/statistics'
import { apiRequest, type TAuth } from '../../test/api-request.ts'
import { seedCommittee, seedPartyOrganization, seedUser } from '../../test/factories.ts'
import { postJob, settledJob, uploadLedger } from '../../test/imports.ts'
import { ledgerWorkbook, type TLedgerLayout } from '../../test/ledger-workbook.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'
import { testToday } from '../../test/test-clock.ts'
import {
  partyRosterOfficeLedger,
  rosterMember,
} from '../party-members/fixtures/party-roster-office-ledger.ts'
import {
  officeLedgerHeader,
  officeLedgerPeople,
  residentsOfficeLedger,
} from '../residents/fixtures/residents-office-ledger.ts'

/**
 * The office's own ledgers imported end to end (the residents ledger, then the party roster of
 * the same people), and the year's figures give the ledgers' counts (issue 16, "done when" 3).
 * Only figures of dated facts are checked: the households' memberships date from the import's
 * day (the app's clock), 入党 and 转正 from the roster; buildings and dwellings date from when
 * their rows were written (the machine's clock), which a fixed business day cannot place.
 */

const t = useTestApp()
const api = apiRequest(t)

const imported = async (
  auth: TAuth,
  name: string,
  layout: TLedgerLayout,
  options: Record<string, unknown>,
) => {
  const created = await uploadLedger(
    t().app,
    auth,
    { name, content: await ledgerWorkbook(layout) },
    options,
  )
  expect(created.statusCode, created.body).toBe(202)
  const job = await settledJob(t().app, auth, created.json().id)
  expect(job.counts, JSON.stringify(job.problems)).toMatchObject({ invalid: 0 })
  await postJob(t().app, auth, job.id, 'commit', { mode: 'all_or_nothing' })
  expect((await settledJob(t().app, auth, job.id)).status).toBe('committed')
}

describe('the figures of imported ledgers', () => {
  it('gives the residents ledger’s and the party roster’s counts as of the year’s end', async () => {
    const db = t().db.prisma
    const committee = await seedCommittee(db, { name: '永兴居委会' })
    const clerk = await seedUser(db, { role: 'clerk', committeeIds: [committee.id] })
    const auth = await signIn(t().app, clerk.username)
    const root = await seedPartyOrganization(db, { name: '永兴社区党工委' })
    for (const name of ['第一党支部', '离退休党支部']) {
      const branch = await api(auth, 'POST', '/party-organizations', {
        parentId: root.id,
        level: 'branch',
        name,
        committeeIds: [committee.id],
      })
      expect(branch.statusCode, branch.body).toBe(201)
    }

    // Six people in two households (胜利路3号楼2单元502室: 4, 5号楼1单元101室: 2), all 户籍.
    const ids = officeLedgerPeople()
    await imported(auth, '永兴社区居民台账.xlsx', residentsOfficeLedger(officeLedgerHeader, ids), {
      type: 'residents',
      committeeId: committee.id,
    })
    // Three of them on the roster: two full members, one probationary since January.
    const retired = rosterMember(2, '王强', ids.wangQiang, null)
    retired[7] = '离退休党支部'
    const probationer = rosterMember(3, '张伟', ids.zhangWei, null)
    probationer.splice(8, 3, '预备党员', `${testToday.slice(0, 4)}-01-15`, null)
    await imported(
      auth,
      '党员花名册.xlsx',
      partyRosterOfficeLedger([
        rosterMember(1, '张建国', ids.zhangJianguo, null),
        retired,
        probationer,
      ]),
      { type: 'party-members', committeeId: committee.id },
    )

    const year = testToday.slice(0, 4)
    const reply = await api(auth, 'GET', `/statistics?asOf=${year}-12-31`)
    expect(reply.statusCode, reply.body).toBe(200)
    const statistics = reply.json() as TStatistics
    const figure = (key: string) => {
      const found = statistics.modules.flatMap((m) => m.figures).find((f) => f.key === key)!
      return [found.value, Object.fromEntries(found.parts.map((p) => [p.label, p.value]))]
    }
    expect(figure('registry.residents')).toEqual([6, { 永兴居委会: 6 }])
    expect(figure('registry.residents.category')).toEqual([6, { 户籍人口: 6 }])
    expect(figure('registry.households')).toEqual([2, { 永兴居委会: 2 }])
    expect(figure('registry.moves-in')).toEqual([6, { 永兴居委会: 6 }])
    expect(figure('registry.moves-out')).toEqual([0, {}])
    expect(figure('party.members')).toEqual([3, { 第一党支部: 2, 离退休党支部: 1 }])
    expect(figure('party.members.status')).toEqual([3, { 正式党员: 2, 预备党员: 1 }])
    // Education is the registry's: the roster's 文化程度 does not overwrite people registered
    // already, and the residents ledger has none.
    expect(figure('party.members.education')).toEqual([3, { 未填写: 3 }])
    expect(figure('party.joined')).toEqual([1, { 第一党支部: 1 }])
    expect(statistics.byCommittee).toEqual([
      expect.objectContaining({
        committee: { id: committee.id, name: '永兴居委会' },
        values: expect.objectContaining({ 'registry.residents': 6, 'party.members': 3 }),
      }),
    ])
  })
})
