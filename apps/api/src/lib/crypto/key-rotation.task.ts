import type { FastifyInstance } from 'fastify'
import type { TJobTask } from '../../jobs/job-task.ts'
import { fieldKeyRotationPending, rotateFieldKeys } from './key-rotation.ts'

/**
 * After a key rotation (older versions configured): re-encrypts and re-indexes the older rows
 * (key-rotation.ts) on the job queue's maintenance lane, stopping between batches when the
 * process stops (the next start queues it again and it carries on). Queued at start by
 * `queueKeyRotation`; one job at a time (its key), and two at once would only share the rows.
 */
export const keyRotationTask: TJobTask<FastifyInstance, undefined> = {
  name: 'field-key-rotation',
  lane: 'maintenance',
  payload: () => undefined,
  run: async (app, _payload, { signal }) => {
    app.log.info({ version: app.cipher.currentVersion }, 'field-key rotation started')
    const done = await rotateFieldKeys({ db: app.db, cipher: app.cipher, log: app.log }, { signal })
    app.log.info(done, 'field-key rotation finished')
  },
}

/** At start: queues the rotation when older versions are configured and rows still use them. */
export const queueKeyRotation = async (app: FastifyInstance) => {
  if (!app.config.previousFieldKeys?.length || app.config.fieldKeyRotation === 'off') return
  if (!(await fieldKeyRotationPending(app.db, app.cipher))) return
  await app.jobs.add(keyRotationTask.name, undefined, { key: keyRotationTask.name })
}
