import { z } from 'zod'

export const roles = [
  'admin',
  'supervisor',
  'clerk',
  'viewer',
  'patrol_member',
  'building_leader',
] as const
export const ZRole = z.enum(roles).meta({ id: 'Role' })
export type TRole = z.infer<typeof ZRole>

export const roleLabels: Record<TRole, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  supervisor: { zh: '领导', en: 'Supervisor' },
  clerk: { zh: '工作人员', en: 'Clerk' },
  viewer: { zh: '查看者', en: 'Viewer' },
  patrol_member: { zh: '巡逻队员', en: 'Patrol member' },
  building_leader: { zh: '楼长', en: 'Building leader' },
}

/**
 * The field roles: people on patrol (巡逻队员) and building leaders (楼长) signing in on a phone.
 * They read and record only the work of the patrol teams they are a current member of
 * (`teamScope: 'own'` on a route), and see nothing of the registry (no ID numbers).
 */
export const fieldRoles = ['patrol_member', 'building_leader'] as const satisfies readonly TRole[]
export const isFieldRole = (role: TRole): boolean => (fieldRoles as readonly TRole[]).includes(role)

/**
 * Every permission a route can require. Routes declare exactly one (or `public`/`authenticated`);
 * a test walks the route table to make sure none is forgotten.
 */
export const permissions = [
  'committee:read',
  'committee:write',
  'user:read',
  'user:write',
  'api-token:manage',
  'audit:read',
  'settings:manage',
  'record:restore',
  'registry:read',
  'registry:write',
  'resident:reveal',
  'import:run',
  'party:read',
  'party:write',
  'party:admin',
  'subsidy:read',
  'subsidy:write',
  'subsidy:approve',
  'patrol:read',
  'patrol:write',
  'patrol:record',
  'statistics:read',
  'report:write',
  'reminder:read',
  'reminder:write',
] as const
export const ZPermission = z.enum(permissions)
export type TPermission = z.infer<typeof ZPermission>

const readOnly: TPermission[] = [
  'committee:read',
  'registry:read',
  'party:read',
  'subsidy:read',
  'patrol:read',
  'statistics:read',
  'reminder:read',
]

/**
 * What each role may do. Revealing a full ID number or phone needs `resident:reveal` and a
 * reason, and is audited; viewers never see one. `party:admin` (party administrators: the
 * administrator role) keeps the 党工委 level of the party tree — its nodes, officers and
 * meetings — and the co-building units; clerks work on the branches covering their committees.
 */
export const rolePermissions: Record<TRole, readonly TPermission[]> = {
  admin: permissions,
  supervisor: [
    ...readOnly,
    'user:read',
    'audit:read',
    'resident:reveal',
    'subsidy:approve',
    'patrol:write',
    'patrol:record',
    'report:write',
    'reminder:write',
  ],
  clerk: [
    ...readOnly,
    'registry:write',
    'resident:reveal',
    'import:run',
    'party:write',
    'subsidy:write',
    'patrol:write',
    'patrol:record',
    'report:write',
    'reminder:write',
  ],
  viewer: [...readOnly],
  // 记录巡逻: logs, checkpoint scans, findings and photos of their own teams; nothing else.
  patrol_member: ['patrol:read', 'patrol:record'],
  building_leader: ['patrol:read', 'patrol:record'],
}

/**
 * Roles whose data scope is every committee. Clerks and viewers see only the committees
 * assigned to them; a record outside that scope answers 404 as if it did not exist.
 */
export const roleSeesAllCommittees = (role: TRole): boolean =>
  role === 'admin' || role === 'supervisor'

export const can = (role: TRole, permission: TPermission): boolean =>
  rolePermissions[role].includes(permission)
