import { ZPatrolIncidentInput } from '@cr/shared/patrol/patrol-log'
import {
  incidentTypeLabels,
  incidentTypes,
  type TIncidentType,
} from '@cr/shared/patrol/patrol-codes'
import { Button } from 'antd'
import { Notice } from './notice'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { newLocalId } from './offline-queue'
import type { TPhoneSession } from './patrol-session'
import { resizePhoto } from './resize-photo'
import { phoneQueue, sendQueued } from './use-offline-queue'
import { contractBody } from './contract-body'

/**
 * 记录发现: a type as big buttons, a few words, a photo from the back camera (made small on the
 * phone), handled on the spot or needing follow-up. Queued as the photo then the incident naming
 * it, so both wait together for the signal.
 */
export const FindingScreen = ({
  session,
  onDone,
}: {
  session: TPhoneSession
  onDone: (session: TPhoneSession | null) => void
}) => {
  const { t, i18n } = useTranslation('patrol')
  const textId = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const [type, setType] = useState<TIncidentType | null>(null)
  const [text, setText] = useState('')
  const [photo, setPhotoState] = useState<{ blob: Blob; url: string } | null>(null)
  const [followUp, setFollowUp] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const label = (code: TIncidentType) =>
    i18n.language.startsWith('en') ? incidentTypeLabels[code].en : incidentTypeLabels[code].zh

  // The preview's object URL lives as long as the photo shown.
  const setPhoto = (blob: Blob | null) =>
    setPhotoState((old) => {
      if (old) URL.revokeObjectURL(old.url)
      return blob ? { blob, url: URL.createObjectURL(blob) } : null
    })
  const latest = useRef(photo)
  useEffect(() => {
    latest.current = photo
  }, [photo])
  useEffect(
    () => () => {
      if (latest.current) URL.revokeObjectURL(latest.current.url)
    },
    [],
  )

  const takePhoto = async (file: File | undefined) => {
    if (!file) return
    try {
      setPhoto(await resizePhoto(file))
      setError(null)
    } catch {
      setError(t('phone.finding.photoError'))
    }
  }

  const save = async () => {
    if (!type || !text.trim()) return setError(t('phone.finding.required'))
    const photoIds: string[] = photo ? [newLocalId()] : []
    const checked = contractBody(ZPatrolIncidentInput, {
      type,
      text: text.trim(),
      photoIds,
      handling: followUp ? 'follow_up' : 'handled_on_site',
      needsFollowUp: followUp,
    })
    if ('error' in checked) return setError(checked.error)
    setSaving(true)
    const queue = phoneQueue()
    if (photo) {
      const photoId = photoIds[0]!
      await queue.add({
        path: `/patrol-logs/${session.logId}/photos`,
        creates: photoId,
        label: t('phone.item.photo'),
        body: { kind: 'file', blob: photo.blob, name: 'finding.jpg' },
      })
    }
    await queue.add({
      path: `/patrol-logs/${session.logId}/incidents`,
      label: t('phone.item.incident', { type: label(type) }),
      body: checked.body,
    })
    void sendQueued()
    onDone({ ...session, findings: session.findings + 1 })
  }

  return (
    <section aria-labelledby="patrol-phone-finding">
      <h1 id="patrol-phone-finding">{t('phone.finding.title')}</h1>
      <div className="patrol-phone__card">
        <div className="patrol-phone__field" id={`${textId}-type`}>
          {t('phone.finding.type')}
        </div>
        <div className="patrol-phone__types" role="group" aria-labelledby={`${textId}-type`}>
          {incidentTypes.map((code) => (
            <Button
              key={code}
              type={type === code ? 'primary' : 'default'}
              aria-pressed={type === code}
              onClick={() => setType(code)}
            >
              {label(code)}
            </Button>
          ))}
        </div>
        <label className="patrol-phone__field" htmlFor={textId}>
          {t('phone.finding.text')}
        </label>
        <textarea
          className="patrol-phone__input"
          id={textId}
          rows={3}
          maxLength={1000}
          placeholder={t('phone.finding.textPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <input
          ref={fileInput}
          className="patrol-phone__file"
          type="file"
          accept="image/*"
          capture="environment"
          aria-label={t('phone.finding.photo')}
          onChange={(e) => {
            void takePhoto(e.target.files?.[0])
            e.target.value = ''
          }}
        />
        <div style={{ marginTop: 12 }}>
          {photo ? (
            <>
              <img
                className="patrol-phone__photo"
                src={photo.url}
                alt={t('phone.finding.photoAlt')}
              />
              <Button block onClick={() => fileInput.current?.click()} style={{ marginTop: 8 }}>
                {t('phone.finding.retake')}
              </Button>
              <Button block danger onClick={() => setPhoto(null)} style={{ marginTop: 8 }}>
                {t('phone.finding.removePhoto')}
              </Button>
            </>
          ) : (
            <Button block onClick={() => fileInput.current?.click()}>
              {t('phone.finding.photo')}
            </Button>
          )}
        </div>
        <div className="patrol-phone__field">{t('phone.finding.handling')}</div>
        <div className="patrol-phone__types">
          {[false, true].map((value) => (
            <Button
              key={String(value)}
              type={followUp === value ? 'primary' : 'default'}
              aria-pressed={followUp === value}
              onClick={() => setFollowUp(value)}
            >
              {value ? t('phone.finding.followUp') : t('phone.finding.handled')}
            </Button>
          ))}
        </div>
      </div>
      {error ? <Notice type="warning" title={error} /> : null}
      <Button
        type="primary"
        className="patrol-phone__big"
        loading={saving}
        onClick={() => void save()}
      >
        {t('phone.finding.save')}
      </Button>
      <Button className="patrol-phone__big" onClick={() => onDone(null)}>
        {t('phone.finding.cancel')}
      </Button>
    </section>
  )
}
