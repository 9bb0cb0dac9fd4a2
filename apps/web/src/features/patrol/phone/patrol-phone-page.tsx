import { Loading } from './notice'
import { useEffect, useState } from 'react'
import { EndScreen, EndedScreen } from './end-screen'
import { FindingScreen } from './finding-screen'
import type { TPhoneEntry } from './phone-api'
import { usePhoneSession } from './patrol-session'
import { PatrolScreen } from './patrol-screen'
import { StartScreen } from './start-screen'
import { TonightScreen } from './tonight-screen'
import { startPositionWatch } from './position'

type TScreen =
  | { kind: 'tonight' }
  | { kind: 'start'; entry: TPhoneEntry; serviceDate: string }
  | { kind: 'patrol' }
  | { kind: 'finding' }
  | { kind: 'end' }
  | { kind: 'ended' }

/**
 * 手机巡逻: one thing per screen — tonight's patrol, who came, the patrol under way (scan,
 * findings), a finding, the end with the handover note. A patrol under way is kept on the phone
 * (patrol-session.ts), so a reload lands back on it.
 */
export const PatrolPhonePage = () => {
  const { session, save, loading } = usePhoneSession()
  const [screen, setScreen] = useState<TScreen>({ kind: 'tonight' })
  const onPatrol = !!session
  useEffect(() => (onPatrol ? startPositionWatch() : undefined), [onPatrol])
  // One thing per screen: each new screen starts at its top.
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [screen.kind])

  if (loading) return <Loading />
  if (screen.kind === 'ended') return <EndedScreen onAgain={() => setScreen({ kind: 'tonight' })} />
  if (!session) {
    if (screen.kind === 'start')
      return (
        <StartScreen
          entry={screen.entry}
          serviceDate={screen.serviceDate}
          onBack={() => setScreen({ kind: 'tonight' })}
          onStarted={(next) => {
            save(next)
            setScreen({ kind: 'patrol' })
          }}
        />
      )
    return (
      <TonightScreen
        onStart={(entry, serviceDate) => setScreen({ kind: 'start', entry, serviceDate })}
      />
    )
  }
  if (screen.kind === 'finding')
    return (
      <FindingScreen
        session={session}
        onDone={(next) => {
          if (next) save(next)
          setScreen({ kind: 'patrol' })
        }}
      />
    )
  if (screen.kind === 'end')
    return (
      <EndScreen
        session={session}
        onBack={() => setScreen({ kind: 'patrol' })}
        onEnded={() => {
          save(null)
          setScreen({ kind: 'ended' })
        }}
      />
    )
  return (
    <PatrolScreen
      session={session}
      onChange={save}
      onFinding={() => setScreen({ kind: 'finding' })}
      onEnd={() => setScreen({ kind: 'end' })}
    />
  )
}
