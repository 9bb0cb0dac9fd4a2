import { createStore, del, get, set } from 'idb-keyval'
import type { TQueueState, TQueueStorage } from './offline-queue'

/**
 * The queue and the patrol under way, kept in IndexedDB through idb-keyval: a key-value store is
 * all the phone needs (one record for the queue, one for the patrol), and idb-keyval is well
 * under 1 KiB gzipped where Dexie, a query layer over IndexedDB, is about 30. IndexedDB stores
 * Blobs as they are, so a photo taken offline survives a reload until it is sent.
 */
const store = () => createStore('cr-patrol-phone', 'kv')

/**
 * One queue per account (`queue:<user id>`): a phone the team shares sends each member's work
 * under their own session, never under whoever signs in next.
 */
export const idbQueueStorage = (owner: string): TQueueStorage => {
  const kv = store()
  const key = `queue:${owner}`
  return {
    load: () => get<TQueueState>(key, kv),
    save: (state) => set(key, state, kv),
  }
}

/** The patrol under way, so a reload (or a dead battery) picks it up where it was. */
export const idbValue = <T>(key: string) => {
  const kv = store()
  return {
    load: () => get<T>(key, kv),
    save: (value: T | null) => (value === null ? del(key, kv) : set(key, value, kv)),
  }
}
