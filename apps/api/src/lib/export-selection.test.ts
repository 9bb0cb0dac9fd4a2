import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { apiRequest, seedClerkBranch, type TAuth } from '../test/api-request.ts'
import { seedCommittee, seedResident, seedUser, testIdNumber } from '../test/factories.ts'
import { signIn } from '../test/sign-in.ts'
import { useTestApp } from '../test/test-app.ts'

const t = useTestApp()
const api = apiRequest(t)

const csvLines = (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')

const exportsBy = (actorId: string) =>
  t().db.prisma.auditEvent.findMany({ where: { action: 'export', actorId } })

/** A clerk's committee with four residents (one who has left), and a resident of another. */
const setup = async () => {
  const committee = await seedCommittee(t().db.prisma)
  const other = await seedCommittee(t().db.prisma)
  const idNumbers = [testIdNumber(), testIdNumber(), testIdNumber(), testIdNumber()]
  const people = []
  for (const [index, name] of ['张三', '李四', '王五', '赵六'].entries())
    people.push(
      await seedResident(t().db.prisma, t().app.cipher, {
        committeeId: committee.id,
        name,
        idNumber: idNumbers[index],
        phone: index === 0 ? '13800138000' : undefined,
      }),
    )
  // 赵六 has moved away: out of the list by default, but a selection is what the clerk chose.
  await t().db.prisma.resident.update({
    where: { id: people[3]!.id },
    data: { status: 'moved_out' },
  })
  const stranger = await seedResident(t().db.prisma, t().app.cipher, {
    committeeId: other.id,
    name: '钱七',
  })
  const clerk = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  const auth = await signIn(t().app, clerk.username)
  return { committee, people, idNumbers, stranger, clerk, auth }
}

const exportSelected = (auth: TAuth, body: object) =>
  api(auth, 'POST', '/residents/export', { format: 'csv', ...body })

describe('导出所选: POST /<list>/export with the selected ids', () => {
  it('exports exactly the selected residents, in the list’s sort, with the full export’s columns and masking, audited', async () => {
    const { committee, people, idNumbers, clerk, auth } = await setup()
    const [zhang, li, , zhao] = people
    const selected = await exportSelected(auth, { ids: [zhang!.id, zhao!.id, li!.id, zhang!.id] })
    expect(selected.statusCode, selected.body).toBe(200)
    expect(selected.headers['content-type']).toMatch(/^text\/csv/)
    expect(decodeURIComponent(String(selected.headers['content-disposition']))).toContain(
      '居民名单_所选_',
    )
    const lines = csvLines(selected.body)
    const full = csvLines((await api(auth, 'GET', '/residents/export?format=csv')).body)
    expect(lines[0]).toBe(full[0])
    // The default sort (name, pinyin): 李 · 张 · 赵; a repeated id counts once.
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['李四', '张三', '赵六'])
    const zhangRow = lines.find((l) => l.startsWith('张三'))!.split(',')
    expect(zhangRow[1]).toBe(`${idNumbers[0]!.slice(0, 6)}********${idNumbers[0]!.slice(-4)}`)
    expect(zhangRow[10]).toBe('138****8000')
    expect(selected.body).not.toContain(idNumbers[0])
    expect(selected.body).not.toContain('13800138000')
    // The list's sort is kept.
    const reversed = await exportSelected(auth, { ids: [zhang!.id, li!.id], sort: '-name' })
    expect(
      csvLines(reversed.body)
        .slice(1)
        .map((l) => l.split(',')[0]),
    ).toEqual(['张三', '李四'])
    // Every export is an audit row; a selection's says which records went out.
    const audits = await exportsBy(clerk.id)
    const ofSelection = audits.filter((a) => (a.after as { ids?: string[] }).ids)
    expect(ofSelection).toHaveLength(2)
    expect(ofSelection[0]).toMatchObject({
      entityType: 'resident',
      // Filed under the committee the selected people belong to: its clerks see it in their log.
      committeeId: committee.id,
      after: {
        format: 'csv',
        selected: 3,
        ids: expect.arrayContaining([zhang!.id, li!.id, zhao!.id]),
      },
    })
  })

  it('writes .xlsx by default', async () => {
    const { people, auth } = await setup()
    const response = await api(auth, 'POST', '/residents/export', { ids: [people[0]!.id] })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/spreadsheetml/)
  })

  it('answers an id outside the caller’s scope as one that does not exist (404), and writes nothing', async () => {
    const { people, stranger, clerk, auth } = await setup()
    const theirs = await exportSelected(auth, { ids: [people[0]!.id, stranger.id] })
    const absent = await exportSelected(auth, { ids: [people[0]!.id, randomUUID()] })
    expect(theirs.statusCode).toBe(404)
    expect(absent.statusCode).toBe(404)
    expect(theirs.json().code).toBe(absent.json().code)
    expect(theirs.body).not.toContain('钱七')
    const read = await api(auth, 'POST', '/residents/selection', { ids: [stranger.id] })
    expect(read.statusCode).toBe(404)
    expect(await exportsBy(clerk.id)).toEqual([])
  })

  it('takes up to 500 ids and refuses more, or a malformed one, at its field path (400)', async () => {
    const { people, auth } = await setup()
    const fiveHundred = [people[0]!.id, ...Array.from({ length: 499 }, () => randomUUID())]
    // 500 fit (these are refused only because 499 of them do not exist) …
    expect((await exportSelected(auth, { ids: fiveHundred })).statusCode).toBe(404)
    // … 501 do not.
    const tooMany = await exportSelected(auth, { ids: [...fiveHundred, randomUUID()] })
    expect(tooMany.statusCode).toBe(400)
    expect(tooMany.json().errors).toEqual([
      expect.objectContaining({ path: 'ids', code: 'too_big' }),
    ])
    const malformed = await exportSelected(auth, { ids: [people[0]!.id, people[1]!.id, 'x'] })
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().errors).toEqual([expect.objectContaining({ path: 'ids.2' })])
    const none = await exportSelected(auth, { ids: [] })
    expect(none.statusCode).toBe(400)
    expect(none.json().errors[0].path).toBe('ids')
    const badSort = await exportSelected(auth, { ids: [people[0]!.id], sort: 'phone' })
    expect(badSort.statusCode).toBe(400)
    expect(badSort.json().errors[0].path).toBe('sort')
  })

  it('reads the selected rows as JSON for 打印所选 (POST /<list>/selection), masked as the list is', async () => {
    const { people, idNumbers, auth } = await setup()
    const read = await api(auth, 'POST', '/residents/selection', {
      ids: [people[0]!.id, people[2]!.id],
      sort: '-name',
    })
    expect(read.statusCode, read.body).toBe(200)
    const items = read.json().items as Array<{ name: string; idNumberMasked: string }>
    expect(items.map((r) => r.name)).toEqual(['张三', '王五'])
    expect(read.body).not.toContain(idNumbers[0])
    expect(items[0]!.idNumberMasked).toContain('********')
  })
})

describe('导出所选 of the party roster', () => {
  it('exports the selected members with the roster’s columns; a member outside the branch scope is 404', async () => {
    const { committee, auth, branch } = await seedClerkBranch(t())
    const ids: string[] = []
    for (const [index, name] of ['王建华', '李淑芬', '赵德明'].entries()) {
      const person = await seedResident(t().db.prisma, t().app.cipher, {
        committeeId: committee.id,
        name,
      })
      const added = await api(auth, 'POST', '/party-members', {
        residentId: person.id,
        organizationId: branch.id,
        status: 'full',
        joinedOn: `201${index}-07-01`,
        fullMembershipOn: `201${index + 1}-07-01`,
      })
      expect(added.statusCode, added.body).toBe(201)
      ids.push(added.json().id)
    }
    const selected = await api(auth, 'POST', '/party-members/export', {
      ids: [ids[2], ids[0]],
      format: 'csv',
    })
    expect(selected.statusCode, selected.body).toBe(200)
    const lines = csvLines(selected.body)
    const full = csvLines((await api(auth, 'GET', '/party-members/export?format=csv')).body)
    expect(lines[0]).toBe(full[0])
    // The roster's default sort (入党时间), whatever the order of the selection.
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['王建华', '赵德明'])

    const other = await seedClerkBranch(t())
    const person = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: other.committee.id,
      name: '外支部',
    })
    const theirs = await api(other.auth, 'POST', '/party-members', {
      residentId: person.id,
      organizationId: other.branch.id,
      status: 'full',
      joinedOn: '2010-07-01',
      fullMembershipOn: '2011-07-01',
    })
    expect(theirs.statusCode, theirs.body).toBe(201)
    const refused = await api(auth, 'POST', '/party-members/export', {
      ids: [ids[0], theirs.json().id],
      format: 'csv',
    })
    expect(refused.statusCode).toBe(404)
    const read = await api(auth, 'POST', '/party-members/selection', { ids: [ids[1]] })
    expect(read.statusCode, read.body).toBe(200)
    expect(read.json().items.map((m: { resident: { name: string } }) => m.resident.name)).toEqual([
      '李淑芬',
    ])
  })
})
