import type { TDemoDataResult } from './demo-data.ts'

const countLabels: Record<keyof TDemoDataResult['counts'], string> = {
  committees: '居委会 committees',
  buildings: '楼栋 buildings',
  dwellings: '房屋 dwellings',
  households: '户 households',
  residents: '居民 residents',
  householdMembers: '户成员 household members',
  householdEvents: '户变动记录 household events',
  buildingLeaders: '楼长 building leaders',
  users: '演示账户 demo accounts',
}

/** What the seed command prints: counts, the committees and the accounts to sign in with. */
export const formatDemoResult = (
  result: TDemoDataResult,
  admin: { username: string; generatedPassword: string | null } | null,
) => {
  const lines = [
    '',
    `  演示数据已写入 / demo data written (seed ${result.seed}, scale ${result.scale}, ${result.today}, ${(result.elapsedMs / 1000).toFixed(1)} s)`,
    '',
    ...Object.entries(result.counts).map(
      ([key, n]) => `    ${String(n).padStart(6)}  ${countLabels[key as keyof typeof countLabels]}`,
    ),
    '',
    ...result.committees.map((c) => `    ${c.code}  ${c.name}`),
    '',
    '  演示账户 / demo accounts:',
    ...result.accounts.map(
      (a) =>
        `    ${a.username.padEnd(16)} ${a.password.padEnd(16)} ${a.displayName}（${a.committee ?? '领导 · 全部居委会'}）`,
    ),
  ]
  if (admin?.generatedPassword)
    lines.push(
      '',
      `  首次启动：已创建管理员账户 / first administrator created`,
      `    ${admin.username.padEnd(16)} ${admin.generatedPassword}  (must be changed at first sign-in)`,
    )
  return `${lines.join('\n')}\n`
}
