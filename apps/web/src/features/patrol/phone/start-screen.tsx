import { ZPatrolLogCreate } from '@cr/shared/patrol/patrol-log'
import type { TPatrolPersonInput } from '@cr/shared/patrol/patrol-log'
import type { TPatrolTeamMember } from '@cr/shared/patrol/patrol-team'
import { Button } from 'antd'
import { Notice, Loading } from './notice'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMe } from '@/lib/auth'
import { newLocalId } from './offline-queue'
import { type TPhoneEntry, usePhoneRoute, usePhoneTeam } from './phone-api'
import { chinaClockNow, type TPhoneSession } from './patrol-session'
import { phoneQueue, sendQueued } from './use-offline-queue'
import { contractBody } from './contract-body'

const personOf = (member: TPatrolTeamMember): TPatrolPersonInput | null =>
  member.user
    ? { kind: 'user', id: member.user.id }
    : member.resident
      ? { kind: 'resident', id: member.resident.id }
      : null

/**
 * 今晚谁来了: the team's current members, all ticked; untick who did not come. The leader is the
 * team's 带班人 when they came, else the signed-in member, else the first one ticked.
 */
export const StartScreen = ({
  entry,
  serviceDate,
  onBack,
  onStarted,
}: {
  entry: TPhoneEntry
  serviceDate: string
  onBack: () => void
  onStarted: (session: TPhoneSession) => void
}) => {
  const { t } = useTranslation('patrol')
  const me = useMe()
  const team = usePhoneTeam(entry.team.id)
  const route = usePhoneRoute(entry.route?.id)
  const absent = new Set(entry.absent.map((p) => `${p.kind}:${p.id}`))
  const members = (team.data?.members ?? []).filter((m) => m.current && personOf(m))
  const [unticked, setUnticked] = useState<Set<string>>(() => new Set())
  const [error, setError] = useState<string | null>(null)
  const ticked = members.filter(
    (m) => !unticked.has(m.id) && !absent.has(`${personOf(m)!.kind}:${personOf(m)!.id}`),
  )
  const leader =
    ticked.find((m) => m.leader) ?? ticked.find((m) => m.user?.id === me.user.id) ?? ticked[0]

  const start = async () => {
    if (!leader) return setError(t('phone.start.noneTicked'))
    const logId = newLocalId()
    const start = chinaClockNow()
    const checked = contractBody(ZPatrolLogCreate, {
      date: entry.date,
      start,
      teamId: entry.team.id,
      leader: personOf(leader)!,
      members: ticked.map((m) => personOf(m)!),
      routeId: entry.route?.id ?? null,
      planId: entry.plan.id,
    })
    if ('error' in checked) return setError(checked.error)
    const queue = phoneQueue()
    await queue.add({
      path: '/patrol-logs',
      creates: logId,
      label: t('phone.item.start'),
      body: checked.body,
    })
    void sendQueued()
    onStarted({
      logId,
      serviceDate,
      window: { start: entry.start, end: entry.end, endsNextDay: entry.endsNextDay },
      team: { id: entry.team.id, name: entry.team.name },
      route: entry.route,
      checkpoints: (route.data?.checkpoints ?? []).map((c) => ({
        id: c.id,
        position: c.position,
        name: c.name,
        place: c.building?.name ?? c.place,
      })),
      visits: {},
      findings: 0,
      startedAt: start,
    })
  }

  const loading = team.isPending || (!!entry.route && route.isPending)
  const failed = team.isError || (!!entry.route && route.isError)
  return (
    <section aria-labelledby="patrol-phone-start">
      <h1 id="patrol-phone-start">{t('phone.start.title')}</h1>
      <p>{t('phone.start.hint')}</p>
      {loading ? (
        <Loading />
      ) : failed ? (
        <Notice type="error" title={t('phone.start.loadError')} />
      ) : (
        <div className="patrol-phone__card">
          {members.map((m) => {
            const person = personOf(m)!
            const isAbsent = absent.has(`${person.kind}:${person.id}`)
            return (
              <label key={m.id} className="patrol-phone__member">
                <input
                  type="checkbox"
                  checked={!isAbsent && !unticked.has(m.id)}
                  disabled={isAbsent}
                  onChange={(e) => {
                    const next = new Set(unticked)
                    if (e.target.checked) next.delete(m.id)
                    else next.add(m.id)
                    setUnticked(next)
                    setError(null)
                  }}
                />
                <span>{m.name}</span>
                {leader?.id === m.id ? <strong>（{t('phone.start.leader')}）</strong> : null}
              </label>
            )
          })}
        </div>
      )}
      {error ? <Notice type="warning" title={error} /> : null}
      <Button
        type="primary"
        className="patrol-phone__big"
        disabled={loading || failed}
        onClick={() => void start()}
      >
        {t('phone.start.confirm')}
      </Button>
      <Button className="patrol-phone__big" onClick={onBack}>
        {t('phone.start.back')}
      </Button>
    </section>
  )
}
