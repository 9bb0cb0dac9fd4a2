import fp from 'fastify-plugin'
import { encryptLegacyPhones } from '../../modules/residents/legacy-phones.ts'

/** Before serving: phones an earlier version kept in the clear are encrypted (once). */
export default fp(async (app) => {
  app.addHook('onReady', async () => {
    const encrypted = await encryptLegacyPhones(app.db.pool, app.cipher)
    if (encrypted > 0) app.log.info({ encrypted }, 'phones stored in the clear were encrypted')
  })
})
