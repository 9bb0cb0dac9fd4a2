import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../test/test-app.ts'
import { ensureFirstAdmin } from './first-admin.ts'

const t = useTestApp()

describe('the first administrator', () => {
  it('is created once when several processes start together on a new database', async () => {
    expect(await t().db.prisma.user.count()).toBe(0)
    const starts = await Promise.all(
      [1, 2, 3].map(() =>
        ensureFirstAdmin(t().db.prisma, { username: 'Chief', password: 'Zhuren#2026x' }),
      ),
    )
    expect(starts.filter((s) => s !== null)).toEqual([
      { username: 'chief', generatedPassword: null },
    ])
    expect(await t().db.prisma.user.count()).toBe(1)
  })
})
