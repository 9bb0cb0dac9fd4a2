/**
 * Where the phone is, when it will say: a watch started while a patrol is under way keeps the
 * last fix, and a scan takes that fix if it is recent — a scan never waits for the GPS.
 */
export type TFix = { lat: number; lng: number; accuracy: number | null }

let last: { fix: TFix; at: number } | null = null
let watchId: number | null = null

const freshForMs = 2 * 60_000

export const startPositionWatch = (): (() => void) => {
  if (typeof navigator === 'undefined' || !navigator.geolocation || watchId !== null)
    return () => {}
  watchId = navigator.geolocation.watchPosition(
    (p) => {
      last = {
        fix: {
          lat: p.coords.latitude,
          lng: p.coords.longitude,
          accuracy: p.coords.accuracy ?? null,
        },
        at: Date.now(),
      }
    },
    // Refused or unavailable: visits are sent without a position.
    () => {},
    { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
  )
  return () => {
    if (watchId !== null) navigator.geolocation.clearWatch(watchId)
    watchId = null
  }
}

/** The last fix if it is recent, else null. */
export const currentFix = (): TFix | null =>
  last && Date.now() - last.at < freshForMs ? last.fix : null
