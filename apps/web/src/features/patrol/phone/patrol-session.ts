import { chinaLocalOf } from '@cr/shared/patrol/patrol-time'
import { useCallback, useEffect, useState } from 'react'
import { idbValue } from './queue-storage-idb'
import { phoneOwner } from './use-offline-queue'

/**
 * The patrol under way on this phone, kept in IndexedDB beside the queue: the log's id (a
 * local id until the queue sends its create), the route's checkpoints as read at the start and
 * the scans made, so the page works and survives a reload in a dead spot.
 */
export type TPhoneSession = {
  logId: string
  serviceDate: string
  window: { start: string; end: string; endsNextDay: boolean }
  team: { id: string; name: string }
  route: { id: string; name: string } | null
  checkpoints: { id: string; position: number; name: string; place: string | null }[]
  /** checkpoint id → when it was scanned (ISO instant). */
  visits: Record<string, string>
  findings: number
  startedAt: string
}

/** The signed-in account's patrol under way (one per account, as the queue). */
const stored = () => idbValue<TPhoneSession>(`session:${phoneOwner()}`)

/** Now as `HH:MM` China time, as logs record their start and end. */
export const chinaClockNow = (now = new Date()) => chinaLocalOf(now).slice(11, 16)

/** `20:00–次日02:00`: a window that crosses midnight says so. */
export const windowText = (
  w: { start: string; end: string; endsNextDay: boolean },
  nextDay: string,
) => `${w.start}–${w.endsNextDay ? nextDay : ''}${w.end}`

/** `HH:MM` of an ISO instant, China time. */
export const clockOf = (instant: string) => chinaClockNow(new Date(instant))

export const usePhoneSession = () => {
  const [session, setSession] = useState<TPhoneSession | null | undefined>(undefined)
  useEffect(() => {
    let live = true
    void stored()
      .load()
      .then(
        (value) => live && setSession(value ?? null),
        () => live && setSession(null),
      )
    return () => {
      live = false
    }
  }, [])
  const save = useCallback((next: TPhoneSession | null) => {
    setSession(next)
    void stored().save(next)
  }, [])
  return { session, save, loading: session === undefined }
}
