import fp from 'fastify-plugin'
import { fieldKeyRotationPending, rotateFieldKeys } from '../../lib/crypto/key-rotation.ts'

/**
 * After a key rotation (older versions configured): re-encrypts and re-indexes the older rows
 * in the background once the server is ready (lib/crypto/key-rotation.ts); stops between
 * batches when the server closes. Several processes may run it at once: they share the rows.
 */
export default fp(async (app) => {
  if (!app.config.previousFieldKeys?.length || app.config.fieldKeyRotation === 'off') return
  const stop = new AbortController()
  let running: Promise<void> | undefined
  app.addHook('onReady', async () => {
    running = (async () => {
      if (!(await fieldKeyRotationPending(app.db, app.cipher))) return
      app.log.info({ version: app.cipher.currentVersion }, 'field-key rotation started')
      const done = await rotateFieldKeys(
        { db: app.db, cipher: app.cipher, log: app.log },
        { signal: stop.signal },
      )
      app.log.info(done, 'field-key rotation finished')
    })().catch((error: unknown) => app.log.error({ err: error }, 'field-key rotation failed'))
  })
  app.addHook('onClose', async () => {
    stop.abort()
    await running
  })
})
