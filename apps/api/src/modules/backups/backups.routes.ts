import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import {
  ZBackup,
  ZBackupList,
  ZFieldKeysExportRequest,
  ZFieldKeysFile,
} from '@cr/shared/backups/backups'
import { write } from '../../lib/write.ts'
import { listBackups, makeBackup } from './backups.service.ts'
import { exportFieldKeys, fieldKeysExported } from './field-keys-export.ts'
import { fieldKeyRotationPending } from '../../lib/crypto/key-rotation.ts'

const tags = ['Backups']

/** /api/v1/backups — the server's encrypted backups (administrators: settings:manage). */
export const backupsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.get('/', {
    config: { permission: 'settings:manage' },
    schema: {
      operationId: 'listBackups',
      tags,
      summary: 'List the backups in the server’s backup folder, newest first',
      response: { 200: ZBackupList },
    },
    handler: async () => ({
      ...(await listBackups(app.config, app.clock())),
      fieldKeysExport: {
        ...(await fieldKeysExported(app.db.prisma, app.config)),
        // Only after a rotation (older versions configured) is there anything to look for.
        rotating:
          !!app.config.previousFieldKeys?.length &&
          (await fieldKeyRotationPending(app.db, app.cipher)),
      },
    }),
  })

  app.post('/', {
    config: { permission: 'settings:manage' },
    schema: {
      operationId: 'createBackup',
      tags,
      summary: 'Make a backup of the whole database now (encrypted with the server’s backup key)',
      response: { 201: ZBackup },
    },
    handler: async (request, reply) => {
      // Made before the audit row's transaction, on a connection of its own: a backup takes
      // longer than a transaction may stay idle. A failed one leaves no file and no audit row.
      const backup = await makeBackup(
        app.config,
        app.db.pool.options.connectionString!,
        app.clock(),
      )
      return write(request, reply, 201, async (ctx) => {
        await ctx.audit({
          action: 'create',
          entityType: 'backup',
          entityId: backup.name,
          after: { name: backup.name, bytes: backup.bytes, lastMigration: backup.lastMigration },
        })
        return backup
      })
    },
  })

  app.post('/field-keys', {
    config: { permission: 'settings:manage' },
    schema: {
      operationId: 'exportFieldKeys',
      tags,
      summary:
        'Export the field keys once per key version, as field-keys.json (password re-checked, audited)',
      body: ZFieldKeysExportRequest,
      response: { 200: ZFieldKeysFile },
    },
    handler: async (request, reply) => {
      // A file to save, never kept by a cache on the way.
      reply
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="field-keys.json"')
      // The keys never rest in the database: a replay by Idempotency-Key answers without them.
      return write(request, reply, 200, (ctx) => exportFieldKeys(ctx, app.config, request.body), {
        storedForReplay: (file) => ({ current: file.current, versions: {} }),
      })
    },
  })
}
