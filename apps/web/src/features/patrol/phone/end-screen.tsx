import { ZPatrolLogEnd } from '@cr/shared/patrol/patrol-log'
import { Button } from 'antd'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { chinaClockNow, type TPhoneSession } from './patrol-session'
import { phoneQueue, sendQueued } from './use-offline-queue'
import { contractBody } from './contract-body'

/** 结束巡逻: the end time is now; the handover note (交接班记录) goes to the next shift. */
export const EndScreen = ({
  session,
  onBack,
  onEnded,
}: {
  session: TPhoneSession
  onBack: () => void
  onEnded: () => void
}) => {
  const { t } = useTranslation('patrol')
  const noteId = useId()
  const [note, setNote] = useState('')
  const end = async () => {
    const checked = contractBody(ZPatrolLogEnd, {
      end: chinaClockNow(),
      handoverNote: note.trim() || null,
    })
    // A clock and a note of the screen's own length: the contract refuses neither.
    if ('error' in checked) throw new Error(checked.error)
    await phoneQueue().add({
      path: `/patrol-logs/${session.logId}/end`,
      label: t('phone.item.end'),
      body: checked.body,
    })
    void sendQueued()
    onEnded()
  }
  return (
    <section aria-labelledby="patrol-phone-end">
      <h1 id="patrol-phone-end">{t('phone.end.title')}</h1>
      <div className="patrol-phone__card">
        <label className="patrol-phone__field" htmlFor={noteId}>
          {t('phone.end.note')}
        </label>
        <textarea
          className="patrol-phone__input"
          id={noteId}
          rows={4}
          maxLength={1000}
          placeholder={t('phone.end.notePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <Button type="primary" danger className="patrol-phone__big" onClick={() => void end()}>
        {t('phone.end.confirm')}
      </Button>
      <Button className="patrol-phone__big" onClick={onBack}>
        {t('phone.end.back')}
      </Button>
    </section>
  )
}

export const EndedScreen = ({ onAgain }: { onAgain: () => void }) => {
  const { t } = useTranslation('patrol')
  return (
    <section className="patrol-phone__card" style={{ textAlign: 'center' }}>
      <p style={{ fontSize: 56, margin: 0 }} aria-hidden>
        ✓
      </p>
      <h1>{t('phone.end.done')}</h1>
      <p>{t('phone.end.doneHint')}</p>
      <Button className="patrol-phone__big" onClick={onAgain}>
        {t('phone.end.again')}
      </Button>
    </section>
  )
}
