import { useEffect, useSyncExternalStore } from 'react'
import { createOfflineQueue, emptyQueueState, type TOfflineQueue } from './offline-queue'
import { idbQueueStorage } from './queue-storage-idb'
import { fetchTransport } from './queue-transport'

/**
 * The one queue of the page, and its sending loop: on page load, on the `online` event, and
 * after a failure with the queue's backoff. `useOfflineQueue` gives its state to React.
 */
let queue: TOfflineQueue | null = null
let timer: ReturnType<typeof setTimeout> | null = null
let users = 0
let owner = ''

/**
 * The signed-in account whose queue and patrol the page shows (phone-shell.tsx sets it as it
 * renders, before any screen uses the queue): each account has its own, so what one member left
 * queued is never sent under another's session.
 */
export const setPhoneOwner = (userId: string) => {
  if (owner === userId) return
  owner = userId
  queue = null
  if (timer) clearTimeout(timer)
  timer = null
}
export const phoneOwner = () => owner

export const phoneQueue = (): TOfflineQueue => {
  queue ??= createOfflineQueue({ storage: idbQueueStorage(owner), transport: fetchTransport })
  return queue
}

/** Sends now; after a failure, tries again when the backoff says. */
export const sendQueued = async () => {
  if (timer) clearTimeout(timer)
  timer = null
  const result = await phoneQueue().flush()
  if (result.kind === 'waiting' && users > 0)
    timer = setTimeout(() => void sendQueued(), result.retryInMs)
}

const onOnline = () => void sendQueued()

const subscribe = (listener: () => void) => phoneQueue().subscribe(listener)
const snapshot = () => phoneQueue().state()
const serverSnapshot = emptyQueueState()

export const useOfflineQueue = () => {
  const state = useSyncExternalStore(subscribe, snapshot, () => serverSnapshot)
  useEffect(() => {
    users += 1
    if (users === 1) {
      window.addEventListener('online', onOnline)
      void phoneQueue()
        .load()
        .then(() => sendQueued())
    }
    return () => {
      users -= 1
      if (users === 0) {
        window.removeEventListener('online', onOnline)
        if (timer) clearTimeout(timer)
        timer = null
      }
    }
  }, [])
  const waiting = state.items.filter((i) => !i.parked)
  const parked = state.items.filter((i) => i.parked)
  return { state, waiting, parked, queue: phoneQueue() }
}
