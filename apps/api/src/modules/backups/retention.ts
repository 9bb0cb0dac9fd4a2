// Which backups to keep: the newest of each of the last `daily` days that have one, and the
// newest of each of the last `monthly` months; the rest are deleted. Days and months are the
// office's (China Standard Time), so a backup at 01:00 counts for the day it was made there.
// A file whose header cannot be read is never deleted here: a person should look at it.
const CST_MS = 8 * 3_600_000

export type TRetention = { daily: number; monthly: number }

export function backupsToDelete(
  backups: { name: string; createdAt: string | null }[],
  retention: TRetention,
): string[] {
  const dated = backups
    .filter((b): b is { name: string; createdAt: string } => b.createdAt !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const keep = new Set<string>()
  const newestOf = (period: (day: string) => string, count: number) => {
    const seen = new Set<string>()
    for (const b of dated) {
      const key = period(new Date(Date.parse(b.createdAt) + CST_MS).toISOString().slice(0, 10))
      if (seen.has(key)) continue
      if (seen.size >= count) break
      seen.add(key)
      keep.add(b.name)
    }
  }
  newestOf((day) => day, retention.daily)
  newestOf((day) => day.slice(0, 7), retention.monthly)
  return dated.filter((b) => !keep.has(b.name)).map((b) => b.name)
}
