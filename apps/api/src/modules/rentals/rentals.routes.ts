import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ZId } from '@cr/shared/common/record'
import {
  ZRentalContract,
  ZRentalContractCancel,
  ZRentalContractCreate,
  ZRentalContractListQuery,
  ZRentalContractPage,
  ZRentalContractRenew,
  ZRentalContractUpdate,
} from '@cr/shared/rentals/rental-contract'
import {
  ZRentalProperty,
  ZRentalPropertyCreate,
  ZRentalPropertyListQuery,
  ZRentalPropertyPage,
  ZRentalPropertyUpdate,
} from '@cr/shared/rentals/rental-property'
import {
  ZTemporaryResident,
  ZTemporaryResidentCreate,
  ZTemporaryResidentEvents,
  ZTemporaryResidentLeave,
  ZTemporaryResidentListQuery,
  ZTemporaryResidentMove,
  ZTemporaryResidentPage,
  ZTemporaryResidentRegister,
  ZTemporaryResidentUpdate,
} from '@cr/shared/rentals/temporary-resident'
import {
  ZPendingRegistration,
  ZPendingRegistrationCreate,
  ZPendingRegistrationListQuery,
  ZPendingRegistrationPage,
  ZPendingRegistrationResolve,
  ZPendingRegistrationUpdate,
  ZRegistrationRate,
  ZRegistrationRateQuery,
} from '@cr/shared/rentals/pending-registration'
import {
  ZRentalInspection,
  ZRentalInspectionCreate,
  ZRentalInspectionListQuery,
  ZRentalInspectionPage,
  ZRentalInspectionRectify,
  ZRentalInspectionUpdate,
} from '@cr/shared/rentals/rental-inspection'
import { ZRentalReminders } from '@cr/shared/rentals/rental-reminders'
import { registerCrudRoutes } from '../../lib/crud-routes.ts'
import { maskedSearch } from '../residents/resident-search.ts'
import { registerStepRoute } from '../../lib/step-route.ts'
import * as contracts from './rental-contracts.service.ts'
import * as properties from './rental-properties.service.ts'
import {
  rentalContractExportColumns,
  rentalPropertyExportColumns,
  temporaryResidentExportColumns,
} from './rentals.export.ts'
import * as inspections from './rental-inspections.service.ts'
import { rentalReminders } from './rental-reminders.ts'
import * as pending from './pending-registrations.service.ts'
import * as temporary from './temporary-residents.service.ts'

const tag = 'Rentals'

/** /api/v1/rental-properties — 出租房屋: a registry dwelling, its landlord and duties. */
export const rentalPropertiesRoutes: FastifyPluginAsync = async (base) => {
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'RentalProperty', plural: 'RentalProperties' },
    labels: { singular: 'rental property', plural: 'rental properties' },
    permissions: { read: 'registry:read', write: 'registry:write' },
    schemas: {
      record: ZRentalProperty,
      create: ZRentalPropertyCreate,
      update: ZRentalPropertyUpdate,
      listQuery: ZRentalPropertyListQuery,
      page: ZRentalPropertyPage,
    },
    exportAs: {
      entityType: 'rental_property',
      fileName: '出租房屋台账',
      columns: rentalPropertyExportColumns,
    },
    service: {
      list: (db, actor, query) => properties.listRentalProperties(db, actor, query, base.today()),
      get: (db, actor, id) => properties.getRentalProperty(db, actor, id, base.today()),
      create: properties.createRentalProperty,
      update: properties.updateRentalProperty,
      remove: properties.deleteRentalProperty,
    },
  })
}

/** /api/v1/rental-contracts — 治安责任书, with 续签 and 注销. */
export const rentalContractsRoutes: FastifyPluginAsync = async (base) => {
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'RentalContract', plural: 'RentalContracts' },
    labels: { singular: 'rental contract (治安责任书)', plural: 'rental contracts' },
    permissions: { read: 'registry:read', write: 'registry:write' },
    schemas: {
      record: ZRentalContract,
      create: ZRentalContractCreate,
      update: ZRentalContractUpdate,
      listQuery: ZRentalContractListQuery,
      page: ZRentalContractPage,
    },
    exportAs: {
      entityType: 'rental_contract',
      fileName: '治安责任书台账',
      columns: rentalContractExportColumns,
    },
    service: {
      list: (db, actor, query) => contracts.listRentalContracts(db, actor, query, base.today()),
      get: (db, actor, id) => contracts.getRentalContract(db, actor, id, base.today()),
      create: contracts.createRentalContract,
      update: contracts.updateRentalContract,
      remove: contracts.deleteRentalContract,
    },
  })
  const step = { tag, permission: 'registry:write' as const, response: ZRentalContract }
  registerStepRoute(base, {
    ...step,
    verb: 'renew',
    operationId: 'renewRentalContract',
    summary: 'Renew a contract (续签): a new contract linked to this one',
    body: ZRentalContractRenew,
    status: 201,
    run: contracts.renewRentalContract,
  })
  registerStepRoute(base, {
    ...step,
    verb: 'cancel',
    operationId: 'cancelRentalContract',
    summary: 'Cancel a contract (注销) on a day, for a reason',
    body: ZRentalContractCancel,
    run: contracts.cancelRentalContract,
  })
}

/** /api/v1/temporary-residents — 暂住人口: registration, 申报, 变更居住地, 注销. */
export const temporaryResidentsRoutes: FastifyPluginAsync = async (base) => {
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'TemporaryResident', plural: 'TemporaryResidents' },
    labels: { singular: 'temporary resident', plural: 'temporary residents' },
    permissions: { read: 'registry:read', write: 'registry:write' },
    schemas: {
      record: ZTemporaryResident,
      create: ZTemporaryResidentCreate,
      update: ZTemporaryResidentUpdate,
      listQuery: ZTemporaryResidentListQuery,
      page: ZTemporaryResidentPage,
    },
    exportAs: {
      entityType: 'temporary_resident',
      fileName: '暂住人口登记表',
      columns: temporaryResidentExportColumns,
      // A phone typed into q is kept masked, as the residents' export keeps it.
      audited: (filters) => ({
        committeeId: filters.committeeId ?? null,
        after: { filters: { ...filters, q: maskedSearch(filters.q) } },
      }),
    },
    service: {
      list: (db, actor, query) =>
        temporary.listTemporaryResidents(db, actor, query, base.today(), base.cipher.blindIndexes),
      get: (db, actor, id) => temporary.getTemporaryResident(db, actor, id, base.today()),
      create: temporary.createTemporaryResident,
      update: temporary.updateTemporaryResident,
      remove: temporary.deleteTemporaryResident,
    },
  })
  const app = base.withTypeProvider<ZodTypeProvider>()

  app.get('/registration-rate', {
    config: { permission: 'registry:read' },
    schema: {
      operationId: 'getRegistrationRate',
      tags: [tag],
      summary:
        '登记率 as of a day: registered ÷ (registered + pending), per committee and overall, in scope',
      querystring: ZRegistrationRateQuery,
      response: { 200: ZRegistrationRate },
    },
    handler: (request) =>
      pending.registrationRateOf(app.db.prisma, request.actor!, request.query, app.today()),
  })

  app.get('/:id/events', {
    config: { permission: 'registry:read' },
    schema: {
      operationId: 'listTemporaryResidentEvents',
      tags: [tag],
      summary: 'A registration’s dated history: moved in, registered, moved, left',
      params: z.object({ id: ZId }),
      response: { 200: ZTemporaryResidentEvents },
    },
    handler: (request) =>
      temporary.listTemporaryResidentEvents(app.db.prisma, request.actor!, request.params.id),
  })

  const steps = [
    [
      'register',
      'registerTemporaryResident',
      '申报: the registration declared on a day (late is shown as late)',
      ZTemporaryResidentRegister,
      temporary.registerTemporaryResident,
    ],
    [
      'move',
      'moveTemporaryResident',
      '变更居住地: moved to another dwelling on a day',
      ZTemporaryResidentMove,
      temporary.moveTemporaryResident,
    ],
    [
      'leave',
      'leaveTemporaryResident',
      '注销: left on a day',
      ZTemporaryResidentLeave,
      temporary.leaveTemporaryResident,
    ],
  ] as const
  for (const [verb, operationId, summary, body, run] of steps)
    registerStepRoute(base, {
      verb,
      operationId,
      tag,
      summary,
      permission: 'registry:write',
      body,
      response: ZTemporaryResident,
      run: run as never,
    })
}

/** /api/v1/rental-inspections — 检查, with 整改复查. */
export const rentalInspectionsRoutes: FastifyPluginAsync = async (base) => {
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'RentalInspection', plural: 'RentalInspections' },
    labels: { singular: 'rental inspection', plural: 'rental inspections' },
    permissions: { read: 'registry:read', write: 'registry:write' },
    schemas: {
      record: ZRentalInspection,
      create: ZRentalInspectionCreate,
      update: ZRentalInspectionUpdate,
      listQuery: ZRentalInspectionListQuery,
      page: ZRentalInspectionPage,
    },
    service: {
      list: (db, actor, query) => inspections.listRentalInspections(db, actor, query, base.today()),
      get: (db, actor, id) => inspections.getRentalInspection(db, actor, id, base.today()),
      create: inspections.createRentalInspection,
      update: inspections.updateRentalInspection,
      remove: inspections.deleteRentalInspection,
    },
  })
  registerStepRoute(base, {
    verb: 'rectify',
    operationId: 'rectifyRentalInspection',
    tag,
    summary: '整改复查: the rectification confirmed on a day',
    permission: 'registry:write',
    body: ZRentalInspectionRectify,
    response: ZRentalInspection,
    run: inspections.rectifyRentalInspection,
  })
}

/** /api/v1/pending-registrations — 待登记: people known to live there, not registered yet. */
export const pendingRegistrationsRoutes: FastifyPluginAsync = async (base) => {
  registerCrudRoutes(base, {
    tag,
    names: { singular: 'PendingRegistration', plural: 'PendingRegistrations' },
    labels: { singular: 'person pending registration', plural: 'people pending registration' },
    permissions: { read: 'registry:read', write: 'registry:write' },
    schemas: {
      record: ZPendingRegistration,
      create: ZPendingRegistrationCreate,
      update: ZPendingRegistrationUpdate,
      listQuery: ZPendingRegistrationListQuery,
      page: ZPendingRegistrationPage,
    },
    service: {
      list: pending.listPendingRegistrations,
      get: pending.getPendingRegistration,
      create: pending.createPendingRegistration,
      update: pending.updatePendingRegistration,
      remove: pending.deletePendingRegistration,
    },
  })
  registerStepRoute(base, {
    verb: 'resolve',
    operationId: 'resolvePendingRegistration',
    tag,
    summary: 'Registered (with the 暂住登记) or cleared (with a reason) on a day',
    permission: 'registry:write',
    body: ZPendingRegistrationResolve,
    response: ZPendingRegistration,
    run: pending.resolvePendingRegistration,
  })
}

/** /api/v1/rental-reminders — what the office should act on today, in the caller's scope. */
export const rentalRemindersRoutes: FastifyPluginAsync = async (base) => {
  const app = base.withTypeProvider<ZodTypeProvider>()
  app.get('/', {
    config: { permission: 'registry:read' },
    schema: {
      operationId: 'getRentalReminders',
      tags: [tag],
      summary:
        'Today’s rental reminders: contracts ending or expired but occupied, registrations overdue, 签注 due, rectifications overdue, people pending',
      response: { 200: ZRentalReminders },
    },
    handler: (request) => rentalReminders(app.db.prisma, request.actor!, app.today()),
  })
}
