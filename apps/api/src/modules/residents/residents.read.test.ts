// The residents read model (residents.read.ts) and the trigger-kept name-search side table
// (migration resident_name_bigram): every q branch, every sort with keyset paging, scoping.
import { describe, expect, it } from 'vitest'
import { seedCommittee, seedResident, seedUser, testIdNumber } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()
type TAuth = Record<string, string>
type TItem = { id: string; name: string; birthDate: string; createdAt: string }

const api = (auth: TAuth, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t().app.inject({ method, url: `/api/v1${url}`, headers: auth, ...(payload ? { payload } : {}) })

const clerkOf = async (committeeId: string) => {
  const user = await seedUser(t().db.prisma, { role: 'clerk', committeeIds: [committeeId] })
  return (await signIn(t().app, user.username)) as TAuth
}

const seed = (
  committeeId: string,
  name: string,
  extra: { phone?: string; idNumber?: string } = {},
) => seedResident(t().db.prisma, t().app.cipher, { committeeId, name, ...extra })

/** The side table's rows of one resident, as `bigram:name`. */
const sideRows = async (residentId: string) => {
  const { rows } = await t().db.pool.query<{ bigram: string; name: string; committee_id: string }>(
    `SELECT bigram, name, committee_id FROM resident_name_bigram WHERE resident_id = $1
     ORDER BY bigram`,
    [residentId],
  )
  return rows
}

/** Every page of a list, following nextCursor. */
const allPages = async (auth: TAuth, query: string, limit: number) => {
  const items: TItem[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
    const response = await api(auth, 'GET', `/residents?${query}&limit=${limit}${after}`)
    expect(response.statusCode).toBe(200)
    const page = response.json<{ items: TItem[]; nextCursor: string | null }>()
    items.push(...page.items)
    cursor = page.nextCursor
    expect(++pages).toBeLessThan(100)
  } while (cursor)
  return items
}

describe('resident_name_bigram (trigger-kept)', () => {
  it('follows inserts, renames, committee changes, soft and hard deletes', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const other = await seedCommittee(t().db.prisma)
    const resident = await seed(committee.id, '欧阳 春花')
    expect(await sideRows(resident.id)).toEqual(
      ['春花', '欧阳', '阳春'].map((bigram) => ({
        bigram,
        name: '欧阳 春花',
        committee_id: committee.id,
      })),
    )

    await t().db.prisma.resident.update({ where: { id: resident.id }, data: { name: '李秋月' } })
    expect((await sideRows(resident.id)).map((r) => `${r.bigram}:${r.name}`)).toEqual([
      '李秋:李秋月',
      '秋月:李秋月',
    ])
    // A change to another column leaves the rows alone.
    await t().db.prisma.resident.update({
      where: { id: resident.id },
      data: { notes: '新备注' },
    })
    expect(await sideRows(resident.id)).toHaveLength(2)

    await t().db.prisma.resident.update({
      where: { id: resident.id },
      data: { committeeId: other.id },
    })
    expect((await sideRows(resident.id)).map((r) => r.committee_id)).toEqual([other.id, other.id])

    await t().db.prisma.resident.update({
      where: { id: resident.id },
      data: { deletedAt: new Date() },
    })
    expect(await sideRows(resident.id)).toEqual([])
    await t().db.prisma.resident.update({ where: { id: resident.id }, data: { deletedAt: null } })
    expect(await sideRows(resident.id)).toHaveLength(2)

    // A multi-row statement (as the importer and the bench's COPY write) and a hard delete.
    const many = await t().db.prisma.resident.findMany({ select: { id: true } })
    await t().db.pool.query(`UPDATE resident SET name = name || '甲' WHERE id = ANY($1::uuid[])`, [
      many.map((r) => r.id),
    ])
    expect((await sideRows(resident.id)).map((r) => r.bigram)).toEqual(['月甲', '李秋', '秋月'])
    await t().db.pool.query('DELETE FROM resident WHERE id = $1', [resident.id])
    expect(await sideRows(resident.id)).toEqual([])
  })

  it('is filled for residents created through the API', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const auth = await clerkOf(committee.id)
    const created = await api(auth, 'POST', '/residents', {
      committeeId: committee.id,
      name: '王秀英',
      idNumber: testIdNumber(),
    })
    expect(created.statusCode).toBe(201)
    expect((await sideRows(created.json().id)).map((r) => r.bigram)).toEqual(['王秀', '秀英'])
  })
})

describe('the list read model', () => {
  it('finds by every q branch: last four, phone, name fragment of 1–3 characters, address', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const auth = await clerkOf(committee.id)
    const idNumber = testIdNumber()
    const a = await seed(committee.id, '欧阳春花', { idNumber, phone: '13912345678' })
    const b = await seed(committee.id, '李秋月', { phone: '13700001234' })
    await seed(committee.id, '100%_王')
    const household = async () => {
      const building = (
        await api(auth, 'POST', '/buildings', {
          committeeId: committee.id,
          street: '胜利路',
          buildingNumber: '18号楼',
        })
      ).json()
      const dwelling = (
        await api(auth, 'POST', '/dwellings', { buildingId: building.id, unit: '2', room: '502' })
      ).json()
      const created = await api(auth, 'POST', '/households', {
        dwellingId: dwelling.id,
        headResidentId: b.id,
        movedInOn: '2020-05-01',
      })
      expect(created.statusCode).toBe(201)
      return { building, dwelling }
    }
    const { building, dwelling } = await household()
    const names = async (query: string) => {
      const response = await api(auth, 'GET', `/residents?committeeId=${committee.id}&${query}`)
      expect(response.statusCode, response.body).toBe(200)
      return response.json().items.map((r: { name: string }) => r.name)
    }
    const q = (text: string) => names(`q=${encodeURIComponent(text)}`)

    expect(await q(idNumber.slice(-4))).toEqual(['欧阳春花'])
    expect(await q('1234')).toEqual(['李秋月']) // last four of a phone
    expect(await q('13912345678')).toEqual(['欧阳春花']) // a whole phone, by its blind index
    expect(await q('13912')).toEqual([]) // a part of an encrypted phone finds nobody
    expect(await q('春花')).toEqual(['欧阳春花'])
    expect(await q('阳春花')).toEqual(['欧阳春花'])
    expect(await q('阳花')).toEqual([])
    expect(await q('李')).toEqual(['李秋月']) // one character: a name prefix
    expect(await q('秋')).toEqual([])
    expect(await q('%_')).toEqual(['100%_王']) // wildcards are literal
    expect(await q('_王')).toEqual(['100%_王'])
    expect(await q('%')).toEqual([])
    expect(await q('胜利路')).toEqual(['李秋月']) // the current household's address
    expect(await names(`dwellingId=${dwelling.id}`)).toEqual(['李秋月'])
    expect(await names(`buildingId=${building.id}`)).toEqual(['李秋月'])
    expect(a.id).toBeTruthy()

    const got = (await api(auth, 'GET', `/residents/${b.id}`)).json()
    expect(got.household).toMatchObject({
      isHead: true,
      address: expect.stringContaining('胜利路'),
    })
  })

  it('filters by category and tag', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const auth = await clerkOf(committee.id)
    const elderly = await seedResident(t().db.prisma, t().app.cipher, {
      committeeId: committee.id,
      name: '赵老',
      tags: ['elderly'],
    })
    await t().db.prisma.resident.update({
      where: { id: elderly.id },
      data: { category: 'floating' },
    })
    await seed(committee.id, '钱少')
    const ids = async (query: string) =>
      (await api(auth, 'GET', `/residents?${query}`)).json().items.map((r: { id: string }) => r.id)
    expect(await ids('tag=elderly')).toEqual([elderly.id])
    expect(await ids('category=floating')).toEqual([elderly.id])
    expect(await ids('category=registered&tag=elderly')).toEqual([])
  })

  it('shows the current population by default in every q branch and count; 状态 brings the others back', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const auth = await clerkOf(committee.id)
    const here = await seed(committee.id, '孙海燕', { phone: '13600001111' })
    const gone = await seed(committee.id, '周海燕', { phone: '13600002222' })
    const dead = await seed(committee.id, '吴海燕')
    await t().db.pool.query(`UPDATE resident SET status = 'moved_out' WHERE id = $1`, [gone.id])
    await t().db.pool.query(`UPDATE resident SET status = 'deceased' WHERE id = $1`, [dead.id])
    const list = async (query: string) => {
      const page = (await api(auth, 'GET', `/residents?${query}`)).json()
      return { ids: page.items.map((r: { id: string }) => r.id).sort(), total: page.total }
    }
    const sorted = (...ids: string[]) => ids.sort()
    // Side table (2 characters), prefix (1), whole phone, last four, committee count.
    for (const q of ['海燕', '孙', '周', '吴']) {
      const found = await list(`q=${encodeURIComponent(q)}`)
      expect(found.ids.every((id: string) => id === here.id)).toBe(true)
    }
    expect((await list('q=13600002222')).ids).toEqual([])
    expect((await list('q=2222')).ids).toEqual([])
    expect(await list(`committeeId=${committee.id}`)).toEqual({ ids: [here.id], total: 1 })
    expect(await list(`committeeId=${committee.id}&status=all`)).toEqual({
      ids: sorted(here.id, gone.id, dead.id),
      total: 3,
    })
    expect((await list(`q=${encodeURIComponent('海燕')}&status=moved_out`)).ids).toEqual([gone.id])
    expect((await list('q=13600002222&status=moved_out')).ids).toEqual([gone.id])
    expect((await list(`committeeId=${committee.id}&status=deceased`)).total).toBe(1)
    const everyone = await allPages(auth, `committeeId=${committee.id}&status=all`, 1)
    expect(everyone).toHaveLength(3)
    // The exact lookup and the profile find anyone.
    expect((await api(auth, 'GET', `/residents/${dead.id}`)).json().status).toBe('deceased')
    expect((await api(auth, 'GET', '/residents?status=alive')).statusCode).toBe(400)
  })

  it.each(['name', '-name', 'birthDate', '-birthDate', 'createdAt', '-createdAt'])(
    'pages by %s with no duplicates and no gaps, ties broken by id',
    async (sort) => {
      const committee = await seedCommittee(t().db.prisma)
      const auth = await clerkOf(committee.id)
      const names = ['张伟', '张伟', '张伟', '阿明', '白雪', '张伟', '赵丽', '阿明', '钱江']
      const dates = ['1980-01-01', '1990-05-05', '1980-01-01', '1970-03-03']
      for (const [i, name] of names.entries()) {
        const idNumber = testIdNumber({ birthDate: dates[i % dates.length] })
        await seed(committee.id, name, { idNumber })
      }
      // Ties on created_at too: the same millisecond for a few rows.
      await t().db.pool.query(
        `UPDATE resident SET created_at = '2024-01-01T00:00:00.123Z'
         WHERE committee_id = $1 AND name = '张伟'`,
        [committee.id],
      )
      const field = sort.replace('-', '') as 'name' | 'birthDate' | 'createdAt'
      const desc = sort.startsWith('-')
      const items = await allPages(auth, `committeeId=${committee.id}&sort=${sort}`, 2)
      expect(new Set(items.map((r) => r.id)).size).toBe(names.length)

      const { rows } = await t().db.pool.query<{ id: string }>(
        `SELECT id FROM resident WHERE committee_id = $1 AND deleted_at IS NULL
         ORDER BY ${{ name: 'name COLLATE "zh-x-icu"', birthDate: 'birth_date', createdAt: 'created_at' }[field]}
           ${desc ? 'DESC' : 'ASC'}, id ${desc ? 'DESC' : 'ASC'}`,
        [committee.id],
      )
      expect(items.map((r) => r.id)).toEqual(rows.map((r) => r.id))
      if (field === 'name') {
        // Pinyin order: a(阿) b(白) q(钱) z(张, 赵), not code point order.
        const order = [...new Set(items.map((r) => r.name))]
        expect(order).toEqual(
          desc
            ? ['赵丽', '张伟', '钱江', '白雪', '阿明']
            : ['阿明', '白雪', '钱江', '张伟', '赵丽'],
        )
      }
    },
  )

  it('pages a name search through the side table with no duplicates and no gaps', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const auth = await clerkOf(committee.id)
    for (const name of ['王海燕', '李海燕', '海燕', '王海燕', '张海', '海燕子', '王海燕']) {
      await seed(committee.id, name)
    }
    for (const sort of ['name', '-name', 'createdAt']) {
      const items = await allPages(auth, `q=${encodeURIComponent('海燕')}&sort=${sort}`, 2)
      expect(items).toHaveLength(6)
      expect(new Set(items.map((r) => r.id)).size).toBe(6)
    }
    const total = (await api(auth, 'GET', `/residents?q=${encodeURIComponent('海燕')}`)).json()
      .total
    expect(total).toBe(6)
  })

  it('counts in the page statement: the same total on every page, and 0 for an empty page', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const auth = await clerkOf(committee.id)
    for (const name of ['甲一', '乙二', '丙三']) await seed(committee.id, name)
    const first = (await api(auth, 'GET', `/residents?committeeId=${committee.id}&limit=2`)).json()
    expect(first).toMatchObject({ total: 3 })
    expect(first.items).toHaveLength(2)
    const last = (
      await api(
        auth,
        'GET',
        `/residents?committeeId=${committee.id}&limit=2&cursor=${first.nextCursor}`,
      )
    ).json()
    expect(last).toMatchObject({ total: 3, nextCursor: null })
    expect(last.items).toHaveLength(1)
    const none = (await api(auth, 'GET', `/residents?committeeId=${committee.id}&q=0000`)).json()
    expect(none).toEqual({ items: [], nextCursor: null, total: 0 })
  })

  it('refuses a cursor of the wrong type for the sort with 400', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const auth = await clerkOf(committee.id)
    const cursor = Buffer.from(JSON.stringify({ v: 5, id: 'x' })).toString('base64url')
    const response = await api(auth, 'GET', `/residents?cursor=${cursor}`)
    expect(response.statusCode).toBe(400)
    expect(response.json().errors[0]).toMatchObject({ code: 'invalid_cursor' })
  })
})

describe('scope', () => {
  it('never gives a clerk another committee’s residents through list, search or get', async () => {
    const mine = await seedCommittee(t().db.prisma)
    const theirs = await seedCommittee(t().db.prisma)
    const auth = await clerkOf(mine.id)
    const idNumber = testIdNumber()
    const own = await seed(mine.id, '周海燕')
    const foreign = await seed(theirs.id, '吴海燕', { idNumber, phone: '13600001111' })
    const ids = async (query: string) =>
      (await api(auth, 'GET', `/residents?${query}`)).json().items.map((r: { id: string }) => r.id)

    expect(await ids('limit=100')).toEqual([own.id])
    expect(await ids(`q=${encodeURIComponent('海燕')}`)).toEqual([own.id])
    expect(await ids(`q=${idNumber.slice(-4)}`)).toEqual([])
    expect(await ids('q=1360000')).toEqual([])
    expect(await ids(`committeeId=${theirs.id}`)).toEqual([])
    expect((await api(auth, 'GET', `/residents/${foreign.id}`)).statusCode).toBe(404)
    const byId = await api(auth, 'POST', '/residents/search', { idNumber })
    expect(byId.json().items).toEqual([])

    const supervisor = await seedUser(t().db.prisma, { role: 'supervisor' })
    const all = (await signIn(t().app, supervisor.username)) as TAuth
    const found = await api(all, 'POST', '/residents/search', { idNumber })
    expect(found.json().items.map((r: { id: string }) => r.id)).toEqual([foreign.id])
  })
})
