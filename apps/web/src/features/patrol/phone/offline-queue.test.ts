import { describe, expect, it } from 'vitest'
import {
  createOfflineQueue,
  newLocalId,
  retryDelayMs,
  type TQueueState,
  type TQueueStorage,
  type TQueueTransport,
  type TSendResult,
} from './offline-queue'

/** Storage in memory, cloned on save as IndexedDB's structured clone would. */
const memoryStorage = (initial?: TQueueState): TQueueStorage & { saved: () => TQueueState } => {
  let saved = initial ? structuredClone(initial) : undefined
  return {
    load: async () => (saved ? structuredClone(saved) : undefined),
    save: async (state) => {
      saved = structuredClone(state)
    },
    saved: () => saved!,
  }
}

type TSent = { key: string; path: string; body: unknown }

/** A server that answers from a script of results (then 201 with a fresh id) and logs calls. */
const scriptedServer = (script: TSendResult[] = []) => {
  const sent: TSent[] = []
  let ids = 0
  const transport: TQueueTransport = {
    send: async ({ key, path, body }) => {
      sent.push({ key, path, body: body.kind === 'json' ? body.value : body.name })
      return script.shift() ?? { kind: 'ok', body: { id: `server-${++ids}` } }
    },
  }
  return { transport, sent }
}

const networkDown: TSendResult = { kind: 'retry', status: null }
const json = (value: unknown) => ({ kind: 'json' as const, value })

describe('the patrol phone’s offline queue', () => {
  it('sends the items in the order they were queued, then is empty', async () => {
    const server = scriptedServer()
    const queue = createOfflineQueue({ storage: memoryStorage(), transport: server.transport })
    await queue.add({ path: '/a', body: json(1), label: 'a' })
    await queue.add({ path: '/b', body: json(2), label: 'b' })
    await queue.add({ path: '/c', body: json(3), label: 'c' })
    expect(await queue.flush()).toEqual({ kind: 'done' })
    expect(server.sent.map((s) => s.path)).toEqual(['/a', '/b', '/c'])
    expect(queue.state().items).toEqual([])
  })

  it('stops at a network failure and retries the same item, with the same key, later', async () => {
    const server = scriptedServer([networkDown, { kind: 'retry', status: 503 }])
    const storage = memoryStorage()
    const queue = createOfflineQueue({ storage, transport: server.transport })
    await queue.add({ path: '/a', body: json(1), label: 'a' })
    await queue.add({ path: '/b', body: json(2), label: 'b' })
    expect(await queue.flush()).toEqual({ kind: 'waiting', retryInMs: 2000 })
    expect(server.sent).toHaveLength(1)
    expect(await queue.flush()).toEqual({ kind: 'waiting', retryInMs: 4000 })
    expect(storage.saved().items.map((i) => i.path)).toEqual(['/a', '/b'])
    expect(await queue.flush()).toEqual({ kind: 'done' })
    expect(server.sent.map((s) => s.path)).toEqual(['/a', '/a', '/a', '/b'])
    const keys = server.sent.slice(0, 3).map((s) => s.key)
    expect(new Set(keys).size).toBe(1)
    expect(server.sent[3]!.key).not.toBe(keys[0])
  })

  it('keeps the key across a reload: a queue loaded from storage resends with it', async () => {
    const storage = memoryStorage()
    const first = scriptedServer([networkDown])
    const before = createOfflineQueue({ storage, transport: first.transport })
    await before.add({ path: '/a', body: json(1), label: 'a' })
    await before.flush()
    const second = scriptedServer()
    const after = createOfflineQueue({ storage, transport: second.transport })
    expect(await after.flush()).toEqual({ kind: 'done' })
    expect(second.sent[0]!.key).toBe(first.sent[0]!.key)
  })

  it('resolves a local id in later paths and bodies once its create is answered', async () => {
    const server = scriptedServer()
    const queue = createOfflineQueue({ storage: memoryStorage(), transport: server.transport })
    const log = newLocalId()
    const photo = newLocalId()
    await queue.add({
      path: '/patrol-logs',
      body: json({ start: '20:00' }),
      creates: log,
      label: 'start',
    })
    await queue.add({
      path: `/patrol-logs/${log}/photos`,
      body: { kind: 'file', blob: new Blob(['x']), name: 'p.jpg' },
      creates: photo,
      label: 'photo',
    })
    await queue.add({
      path: `/patrol-logs/${log}/incidents`,
      body: json({ type: 'other', photoIds: [photo] }),
      label: 'incident',
    })
    await queue.flush()
    expect(server.sent.map((s) => s.path)).toEqual([
      '/patrol-logs',
      '/patrol-logs/server-1/photos',
      '/patrol-logs/server-1/incidents',
    ])
    expect(server.sent[2]!.body).toEqual({ type: 'other', photoIds: ['server-2'] })
    expect(queue.resolve(log)).toBe('server-1')
  })

  it('parks a 422 with its message and lets the rest go; items needing its id are parked too', async () => {
    const server = scriptedServer([
      { kind: 'ok', body: { id: 'log-1' } },
      { kind: 'refused', status: 422, message: '照片格式不支持' },
    ])
    const queue = createOfflineQueue({ storage: memoryStorage(), transport: server.transport })
    const log = newLocalId()
    const photo = newLocalId()
    await queue.add({ path: '/patrol-logs', body: json({}), creates: log, label: 'start' })
    await queue.add({
      path: `/patrol-logs/${log}/photos`,
      body: { kind: 'file', blob: new Blob(['x']), name: 'p.gif' },
      creates: photo,
      label: 'photo',
    })
    await queue.add({
      path: `/patrol-logs/${log}/incidents`,
      body: json({ photoIds: [photo] }),
      label: 'incident',
    })
    await queue.add({ path: `/patrol-logs/${log}/visits`, body: json({}), label: 'visit' })
    expect(await queue.flush()).toEqual({ kind: 'done' })
    expect(server.sent.map((s) => s.path)).toEqual([
      '/patrol-logs',
      '/patrol-logs/log-1/photos',
      '/patrol-logs/log-1/visits',
    ])
    const parked = queue.state().items.map((i) => [i.label, i.parked])
    expect(parked).toEqual([
      ['photo', { status: 422, message: '照片格式不支持' }],
      ['incident', { status: 0, message: 'depends_on_refused' }],
    ])
    // A parked item is not sent again; dismissing it leaves the queue empty.
    expect(await queue.flush()).toEqual({ kind: 'done' })
    expect(server.sent).toHaveLength(3)
    for (const item of queue.state().items) await queue.dismiss(item.seq)
    expect(queue.state().items).toEqual([])
  })

  it('retries 408 and 429 (after Retry-After) rather than parking them', async () => {
    const server = scriptedServer([
      { kind: 'retry', status: 429, retryAfterSeconds: 30 },
      { kind: 'retry', status: 408 },
    ])
    const queue = createOfflineQueue({ storage: memoryStorage(), transport: server.transport })
    await queue.add({ path: '/a', body: json(1), label: 'a' })
    expect(await queue.flush()).toEqual({ kind: 'waiting', retryInMs: 30_000 })
    expect(await queue.flush()).toEqual({ kind: 'waiting', retryInMs: 4000 })
    expect(await queue.flush()).toEqual({ kind: 'done' })
    expect(server.sent).toHaveLength(3)
  })

  it('sends each item once when two flushes start together (online event and a timer)', async () => {
    const server = scriptedServer()
    const queue = createOfflineQueue({ storage: memoryStorage(), transport: server.transport })
    await queue.add({ path: '/a', body: json(1), label: 'a' })
    const [one, two] = await Promise.all([queue.flush(), queue.flush()])
    expect([one.kind, two.kind].sort()).toEqual(['busy', 'done'])
    expect(server.sent).toHaveLength(1)
  })

  it('backs off doubling from 2 s up to 5 minutes', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n))).toEqual([2000, 4000, 8000, 16_000])
    expect(retryDelayMs(20)).toBe(300_000)
  })
})
