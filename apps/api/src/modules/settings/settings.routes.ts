import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { ZSettings, ZSettingsUpdate } from '@cr/shared/settings/settings'
import { requireIfMatch, setEtag } from '../../lib/etag.ts'
import { write } from '../../lib/write.ts'
import { getSettings, updateSettings } from './settings.service.ts'

const tags = ['Settings']

/** /api/v1/settings — office-wide settings such as the password policy. */
export const settingsRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.get('/', {
    config: { permission: 'settings:manage' },
    schema: {
      operationId: 'getSettings',
      tags,
      summary: 'Read the settings',
      response: { 200: ZSettings },
    },
    handler: async (_request, reply) => {
      const settings = await getSettings(app.db.prisma)
      setEtag(reply, settings)
      return settings
    },
  })

  app.patch('/', {
    config: { permission: 'settings:manage' },
    schema: {
      operationId: 'updateSettings',
      tags,
      summary: 'Change the settings (needs If-Match)',
      body: ZSettingsUpdate,
      response: { 200: ZSettings },
    },
    handler: (request, reply) =>
      write(request, reply, 200, (ctx) =>
        updateSettings(ctx, requireIfMatch(request), request.body),
      ),
  })
}
