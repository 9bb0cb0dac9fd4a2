import { signIn } from './sign-in.ts'
import { seedCommittee, seedPartyOrganization, seedUser } from './factories.ts'
import type { TTestContext } from './test-app.ts'

/** The headers of a signed-in caller (`signIn`'s cookie). */
export type TAuth = Record<string, string>
type TMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/**
 * `const api = apiRequest(t)`, then `api(auth, 'PATCH', '/buildings/<id>', body, version)`: a
 * request to `/api/v1<url>` as that caller, with `If-Match: "<version>"` when a version is given.
 */
export const apiRequest =
  (t: () => TTestContext) =>
  (auth: TAuth, method: TMethod, url: string, payload?: object, version?: number) =>
    t().app.inject({
      method,
      url: `/api/v1${url}`,
      headers: version === undefined ? auth : { ...auth, 'if-match': `"${version}"` },
      ...(payload ? { payload } : {}),
    })

/** A new committee and its clerk, signed in: where a module's test usually starts. */
export const seedCommitteeClerk = async ({ app, db }: TTestContext) => {
  const committee = await seedCommittee(db.prisma)
  const clerk = await seedUser(db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  return { committee, clerk, auth: await signIn(app, clerk.username) }
}

/**
 * A committee's clerk with the 党工委 (set up by a party administrator) and 第一党支部, the branch
 * the clerk created under it covering the committee: where a party module's test usually starts.
 */
export const seedClerkBranch = async (context: TTestContext) => {
  const { committee, clerk, auth } = await seedCommitteeClerk(context)
  const root = await seedPartyOrganization(context.db.prisma, { name: `党工委${committee.code}` })
  const created = await context.app.inject({
    method: 'POST',
    url: '/api/v1/party-organizations',
    headers: auth,
    payload: {
      parentId: root.id,
      level: 'branch',
      name: '第一党支部',
      branchType: 'community',
      committeeIds: [committee.id],
    },
  })
  if (created.statusCode !== 201) throw new Error(`branch: ${created.statusCode} ${created.body}`)
  return { committee, clerk, auth, root, branch: created.json() as { id: string } }
}
