/**
 * The phone's outbox. Every write the patrol phone makes is queued here first and sent in order
 * when there is a connection, so a patrol through a dead spot loses nothing and a retry never
 * duplicates: each item carries the Idempotency-Key made when it was queued, sent on every try.
 *
 * Records created offline have no server id yet: the item that creates one names a local id
 * (`local:<uuid>`), later items use that text in their path or body, and it is replaced by the
 * server's id once the creating item is answered. Photos stay Blobs in the queue until sent.
 *
 * Answers: 2xx sends the next item; a network failure, a 5xx, 408 or 429 stops the queue and
 * retries the same item later (with backoff); any other 4xx parks that item with the server's
 * message — it can never succeed as sent — and the rest go on, except items that need the id
 * of a parked item, which are parked with it.
 *
 * The rules are plain code over two small interfaces (storage, transport) so they are tested
 * with in-memory implementations; `queue-storage-idb.ts` and `queue-transport.ts` are the real
 * ones.
 */

export const localIdPrefix = 'local:'
export const newLocalId = (): string => `${localIdPrefix}${crypto.randomUUID()}`

export type TQueueItem = {
  /** Increasing: items are sent in this order. */
  seq: number
  /** The Idempotency-Key, made once when queued. */
  key: string
  method: 'POST'
  /** Under `/api/v1`; may hold local ids. */
  path: string
  /** JSON body (may hold local ids), or a photo sent as multipart field `file`. */
  body: { kind: 'json'; value: unknown } | { kind: 'file'; blob: Blob; name: string }
  /** The local id the answer's `id` resolves. */
  creates?: string
  /** What the screen says this item is (开始巡逻, 打卡 东门岗亭, …). */
  label: string
  queuedAt: string
  attempts: number
  /** Set when the server refused it (4xx): it is kept, shown, and not sent again. */
  parked?: { status: number; message: string }
}

export type TQueueState = {
  items: TQueueItem[]
  /** local id → server id, for the records the queue created. */
  resolved: Record<string, string>
  nextSeq: number
}

export const emptyQueueState = (): TQueueState => ({ items: [], resolved: {}, nextSeq: 1 })

export type TQueueStorage = {
  load: () => Promise<TQueueState | undefined>
  save: (state: TQueueState) => Promise<void>
}

export type TSendResult =
  | { kind: 'ok'; body: unknown }
  | { kind: 'refused'; status: number; message: string }
  | { kind: 'retry'; status: number | null; retryAfterSeconds?: number }

export type TQueueTransport = {
  send: (request: {
    key: string
    method: 'POST'
    path: string
    body: TQueueItem['body']
  }) => Promise<TSendResult>
}

/** What the transport makes of an HTTP status: only these 4xx are worth another try. */
export const isRetryableStatus = (status: number) => status >= 500 || [408, 429].includes(status)

const localIdPattern = /local:[0-9a-f-]{36}/g

/** The local ids a path or JSON body still names that the map does not resolve. */
export const unresolvedIds = (text: string, resolved: Record<string, string>): string[] =>
  [...new Set(text.match(localIdPattern) ?? [])].filter((id) => !resolved[id])

const resolveText = (text: string, resolved: Record<string, string>) =>
  text.replace(localIdPattern, (id) => resolved[id] ?? id)

/** The value with every resolved local id replaced by its server id (strings, deep). */
export const resolveValue = (value: unknown, resolved: Record<string, string>): unknown => {
  if (typeof value === 'string') return resolveText(value, resolved)
  if (Array.isArray(value)) return value.map((v) => resolveValue(v, resolved))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveValue(v, resolved)]))
  return value
}

const textOf = (item: TQueueItem) =>
  item.path + (item.body.kind === 'json' ? JSON.stringify(item.body.value ?? null) : '')

/** Backoff before the next try: 2 s doubling to 5 minutes, or the server's Retry-After. */
export const retryDelayMs = (attempts: number, retryAfterSeconds?: number) =>
  retryAfterSeconds !== undefined
    ? retryAfterSeconds * 1000
    : Math.min(300_000, 2000 * 2 ** Math.max(0, attempts - 1))

export type TFlushResult =
  { kind: 'done' } | { kind: 'waiting'; retryInMs: number } | { kind: 'busy' }

export type TOfflineQueue = {
  state: () => TQueueState
  load: () => Promise<TQueueState>
  add: (item: Pick<TQueueItem, 'path' | 'body' | 'creates' | 'label'>) => Promise<TQueueItem>
  /** Sends what is waiting, in order, until done or a failure worth retrying stops it. */
  flush: () => Promise<TFlushResult>
  /** Forgets a parked item (the user read its message). */
  dismiss: (seq: number) => Promise<void>
  /** The server id of a local id, once its create was answered. */
  resolve: (id: string) => string | undefined
  subscribe: (listener: (state: TQueueState) => void) => () => void
}

export const createOfflineQueue = (options: {
  storage: TQueueStorage
  transport: TQueueTransport
  newKey?: () => string
  now?: () => Date
}): TOfflineQueue => {
  const newKey = options.newKey ?? (() => crypto.randomUUID())
  const now = options.now ?? (() => new Date())
  let state = emptyQueueState()
  let loaded: Promise<TQueueState> | null = null
  let flushing: Promise<TFlushResult> | null = null
  const listeners = new Set<(state: TQueueState) => void>()

  const commit = async (next: TQueueState) => {
    state = next
    await options.storage.save(state)
    for (const listener of listeners) listener(state)
  }

  const load = () => {
    loaded ??= options.storage.load().then((stored) => {
      if (stored) state = stored
      for (const listener of listeners) listener(state)
      return state
    })
    return loaded
  }

  const replaceItem = (item: TQueueItem): TQueueItem[] =>
    state.items.map((i) => (i.seq === item.seq ? item : i))

  const runFlush = async (): Promise<TFlushResult> => {
    await load()
    for (;;) {
      const parkedIds = new Set(
        state.items.filter((i) => i.parked && i.creates).map((i) => i.creates!),
      )
      const item = state.items.find((i) => !i.parked)
      if (!item) return { kind: 'done' }
      const missing = unresolvedIds(textOf(item), state.resolved)
      // An item needs ids from earlier items; if one of those was refused, so is this one.
      const blocker = missing.find((id) => parkedIds.has(id))
      if (blocker) {
        await commit({
          ...state,
          items: replaceItem({
            ...item,
            parked: { status: 0, message: 'depends_on_refused' },
          }),
        })
        continue
      }
      if (missing.length > 0) {
        // Whatever creates the id is gone from the queue without an answer: nothing can send
        // this item any more.
        await commit({
          ...state,
          items: replaceItem({ ...item, parked: { status: 0, message: 'depends_on_unknown' } }),
        })
        continue
      }
      const body: TQueueItem['body'] =
        item.body.kind === 'json'
          ? { kind: 'json', value: resolveValue(item.body.value, state.resolved) }
          : item.body
      const result = await options.transport.send({
        key: item.key,
        method: item.method,
        path: resolveText(item.path, state.resolved),
        body,
      })
      if (result.kind === 'ok') {
        const serverId =
          item.creates && result.body && typeof result.body === 'object' && 'id' in result.body
            ? String((result.body as { id: unknown }).id)
            : undefined
        await commit({
          ...state,
          items: state.items.filter((i) => i.seq !== item.seq),
          resolved:
            item.creates && serverId
              ? { ...state.resolved, [item.creates]: serverId }
              : state.resolved,
        })
        continue
      }
      if (result.kind === 'refused') {
        await commit({
          ...state,
          items: replaceItem({
            ...item,
            attempts: item.attempts + 1,
            parked: { status: result.status, message: result.message },
          }),
        })
        continue
      }
      const attempts = item.attempts + 1
      await commit({ ...state, items: replaceItem({ ...item, attempts }) })
      return { kind: 'waiting', retryInMs: retryDelayMs(attempts, result.retryAfterSeconds) }
    }
  }

  return {
    state: () => state,
    load,
    add: async (input) => {
      await load()
      const item: TQueueItem = {
        seq: state.nextSeq,
        key: newKey(),
        method: 'POST',
        path: input.path,
        body: input.body,
        creates: input.creates,
        label: input.label,
        queuedAt: now().toISOString(),
        attempts: 0,
      }
      await commit({ ...state, items: [...state.items, item], nextSeq: state.nextSeq + 1 })
      return item
    },
    flush: () => {
      if (flushing) return Promise.resolve({ kind: 'busy' })
      flushing = runFlush().finally(() => {
        flushing = null
      })
      return flushing
    },
    dismiss: async (seq) => {
      await load()
      await commit({ ...state, items: state.items.filter((i) => i.seq !== seq) })
    },
    resolve: (id) => (id.startsWith(localIdPrefix) ? state.resolved[id] : id),
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
