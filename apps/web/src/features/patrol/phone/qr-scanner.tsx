import { BrowserQRCodeReader, type IScannerControls } from '@zxing/browser'
import { Button } from 'antd'
import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The camera scanner, full screen: the back camera through @zxing/browser (pure JavaScript, so
 * it needs no WebAssembly fetched from elsewhere and runs on browsers without BarcodeDetector).
 * Loaded lazily by the patrol screen only. The first code read is handed back; the camera is
 * stopped when the scanner closes.
 */
export const QrScanner = ({
  onResult,
  onClose,
}: {
  onResult: (payload: string) => void
  onClose: () => void
}) => {
  const { t } = useTranslation('patrol')
  const video = useRef<HTMLVideoElement>(null)
  const [state, setState] = useState<'loading' | 'on' | 'failed'>('loading')
  const handed = useRef(false)
  const handResult = useEffectEvent((payload: string) => onResult(payload))

  useEffect(() => {
    let controls: IScannerControls | null = null
    let live = true
    const reader = new BrowserQRCodeReader()
    reader
      .decodeFromConstraints(
        { video: { facingMode: 'environment' }, audio: false },
        video.current!,
        (result) => {
          if (!result || handed.current) return
          handed.current = true
          handResult(result.getText())
        },
      )
      .then(
        (c) => {
          controls = c
          if (!live) c.stop()
          else setState('on')
        },
        () => live && setState('failed'),
      )
    return () => {
      live = false
      controls?.stop()
    }
  }, [])

  return (
    <div className="patrol-phone__scanner" role="dialog" aria-label={t('phone.scanner.title')}>
      <div className="patrol-phone__scanner-bar">
        <span>{t('phone.scanner.title')}</span>
        <Button onClick={onClose}>{t('phone.scanner.close')}</Button>
      </div>
      {state === 'failed' ? (
        <p style={{ padding: 16, fontSize: 20 }}>{t('phone.scanner.noCamera')}</p>
      ) : state === 'loading' ? (
        <p style={{ padding: 16 }}>{t('phone.scanner.loading')}</p>
      ) : null}
      <video ref={video} muted playsInline />
    </div>
  )
}
