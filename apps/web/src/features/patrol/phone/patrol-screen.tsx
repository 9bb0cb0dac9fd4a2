import { ZPatrolCheckpointVisitCreate } from '@cr/shared/patrol/patrol-log'
import { parsePatrolQr } from '@cr/shared/patrol/patrol-route'
import { Button } from 'antd'
import { Notice, Loading } from './notice'
import { Suspense, lazy, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { currentFix } from './position'
import { clockOf, type TPhoneSession } from './patrol-session'
import { QueueProblems } from './queue-problems'
import { phoneQueue, sendQueued } from './use-offline-queue'
import { contractBody } from './contract-body'

// The camera scanner (and its decoder) is fetched only when a member opens it.
const QrScanner = lazy(() => import('./qr-scanner').then((m) => ({ default: m.QrScanner })))

type TNotice = { type: 'success' | 'warning' | 'error'; text: string }

/** 巡逻中: the route's checkpoints with ✓ and the time once scanned; scan, type, find, end. */
export const PatrolScreen = ({
  session,
  onChange,
  onFinding,
  onEnd,
}: {
  session: TPhoneSession
  onChange: (session: TPhoneSession) => void
  onFinding: () => void
  onEnd: () => void
}) => {
  const { t } = useTranslation('patrol')
  const [scanning, setScanning] = useState(false)
  const [manual, setManual] = useState(false)
  const [code, setCode] = useState('')
  const [notice, setNotice] = useState<TNotice | null>(null)
  const done = session.checkpoints.filter((c) => session.visits[c.id]).length

  /** A payload read by the camera or typed: checked here, queued as a visit. */
  const checkIn = async (payload: string) => {
    const parsed = parsePatrolQr(payload)
    if (!parsed) return setNotice({ type: 'error', text: t('phone.patrol.badCode') })
    const checkpoint = session.checkpoints.find((c) => c.id === parsed.checkpointId)
    if (!checkpoint) return setNotice({ type: 'error', text: t('phone.patrol.otherRoute') })
    if (session.visits[checkpoint.id])
      return setNotice({
        type: 'warning',
        text: t('phone.patrol.repeated', { name: checkpoint.name }),
      })
    const scannedAt = new Date().toISOString()
    const checked = contractBody(ZPatrolCheckpointVisitCreate, {
      checkpointId: checkpoint.id,
      scannedAt,
      position: currentFix(),
    })
    if ('error' in checked) return setNotice({ type: 'error', text: checked.error })
    await phoneQueue().add({
      path: `/patrol-logs/${session.logId}/visits`,
      label: t('phone.item.visit', { name: checkpoint.name }),
      body: checked.body,
    })
    void sendQueued()
    onChange({ ...session, visits: { ...session.visits, [checkpoint.id]: scannedAt } })
    setNotice({ type: 'success', text: t('phone.patrol.recorded', { name: checkpoint.name }) })
    setCode('')
  }

  return (
    <section aria-labelledby="patrol-phone-patrol">
      <h1 id="patrol-phone-patrol">
        {t('phone.patrol.title')} · {session.team.name}
      </h1>
      <QueueProblems />
      {notice ? <Notice type={notice.type} title={notice.text} /> : null}
      <div className="patrol-phone__card">
        {session.checkpoints.length === 0 ? (
          <p>{t('phone.patrol.noCheckpoints')}</p>
        ) : (
          <>
            <p>
              {session.route?.name} ·{' '}
              {t('phone.patrol.progress', { done, total: session.checkpoints.length })}
            </p>
            <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {session.checkpoints.map((c) => (
                <li key={c.id} className="patrol-phone__row">
                  <span>
                    {c.position}. {c.name}
                  </span>
                  {session.visits[c.id] ? (
                    <span className="patrol-phone__done">
                      {t('phone.patrol.scannedAt', { time: clockOf(session.visits[c.id]!) })}
                    </span>
                  ) : (
                    <span className="patrol-phone__todo">{t('phone.patrol.notScanned')}</span>
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
      {session.checkpoints.length > 0 ? (
        <>
          <Button type="primary" className="patrol-phone__big" onClick={() => setScanning(true)}>
            {t('phone.patrol.scan')}
          </Button>
          <Button
            className="patrol-phone__big"
            aria-expanded={manual}
            onClick={() => setManual(!manual)}
          >
            {t('phone.patrol.manual')}
          </Button>
        </>
      ) : null}
      {manual ? (
        <form
          className="patrol-phone__card"
          onSubmit={(e) => {
            e.preventDefault()
            void checkIn(code)
          }}
        >
          <label className="patrol-phone__field" htmlFor="patrol-phone-code">
            {t('phone.patrol.manualLabel')}
          </label>
          <input
            className="patrol-phone__input"
            id="patrol-phone-code"
            value={code}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            onChange={(e) => setCode(e.target.value)}
          />
          <p style={{ color: '#595959', fontSize: 16 }}>{t('phone.patrol.manualHint')}</p>
          <Button htmlType="submit" type="primary" block disabled={!code.trim()}>
            {t('phone.patrol.submitCode')}
          </Button>
        </form>
      ) : null}
      {session.findings > 0 ? (
        <p>{t('phone.patrol.findings', { count: session.findings })}</p>
      ) : null}
      <Button className="patrol-phone__big" onClick={onFinding}>
        {t('phone.patrol.finding')}
      </Button>
      <Button danger className="patrol-phone__big" onClick={onEnd}>
        {t('phone.patrol.end')}
      </Button>
      {scanning ? (
        <Suspense fallback={<Loading />}>
          <QrScanner
            onResult={(payload) => {
              setScanning(false)
              void checkIn(payload)
            }}
            onClose={() => setScanning(false)}
          />
        </Suspense>
      ) : null}
    </section>
  )
}
