import {
  AccountBookOutlined,
  AlertOutlined,
  AuditOutlined,
  BellOutlined,
  BankOutlined,
  CloudUploadOutlined,
  CarryOutOutlined,
  FlagOutlined,
  FileWordOutlined,
  MedicineBoxOutlined,
  MobileOutlined,
  ApartmentOutlined,
  BuildOutlined,
  ContainerOutlined,
  HeartOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  PieChartOutlined,
  SafetyCertificateOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TableOutlined,
  SettingOutlined,
  DatabaseOutlined,
  TeamOutlined,
  UserAddOutlined,
  UserOutlined,
} from '@ant-design/icons'
import type { TPermission } from '@cr/shared/auth/roles'
import type { ReactNode } from 'react'
import { paths } from '@/config/paths'
import { ArrivalIcon, DashboardIcon, RentalIcon } from './nav-icons'

export type TNavItem = {
  to: (typeof paths)[keyof typeof paths]
  labelKey:
    | 'home'
    | 'residents'
    | 'places'
    | 'households'
    | 'buildings'
    | 'dwellings'
    | 'rentals'
    | 'temporaryResidents'
    | 'pendingRegistrations'
    | 'registrationRate'
    | 'rentalReminders'
    | 'reminders'
    | 'subsidyCases'
    | 'pairings'
    | 'patrolTeams'
    | 'patrolRoutes'
    | 'patrolFigures'
    | 'patrolLogs'
    | 'patrolFollowUps'
    | 'patrolPhone'
    | 'patrolPlans'
    | 'patrolRoster'
    | 'party'
    | 'partyMembers'
    | 'partyCoBuilding'
    | 'assistanceCases'
    | 'imports'
    | 'committees'
    | 'users'
    | 'apiTokens'
    | 'audit'
    | 'settings'
    | 'backups'
    | 'subsidyPayouts'
    | 'subsidyReviews'
    | 'subsidyStandards'
    | 'dashboard'
    | 'annualReport'
  icon: ReactNode
  /** Shown only to users with this permission; the page checks it again. */
  permission?: TPermission
  /** Other paths that belong to this item (a household is reached from its dwelling). */
  also?: string[]
  /** Shown under a heading with the others of its group (社会保障), where the first one stands. */
  group?: 'socialSecurity' | 'patrol'
}

// Icons are decorative: the text says where the link goes.
export const navItems: TNavItem[] = [
  { to: paths.home, labelKey: 'home', icon: <HomeOutlined aria-hidden /> },
  // 提醒中心: its count of open reminders beside it (side-nav.tsx, RemindersBadge).
  {
    to: paths.reminders,
    labelKey: 'reminders',
    icon: <AlertOutlined aria-hidden />,
    permission: 'reminder:read',
  },
  {
    to: paths.dashboard,
    labelKey: 'dashboard',
    icon: <DashboardIcon />,
    permission: 'statistics:read',
    also: ['/statistics'],
  },
  {
    to: paths.residents,
    labelKey: 'residents',
    icon: <IdcardOutlined aria-hidden />,
    permission: 'registry:read',
  },
  {
    to: paths.places,
    labelKey: 'places',
    icon: <BuildOutlined aria-hidden />,
    permission: 'registry:read',
  },
  {
    to: paths.buildings,
    labelKey: 'buildings',
    icon: <BankOutlined aria-hidden />,
    permission: 'registry:read',
  },
  {
    to: paths.dwellings,
    labelKey: 'dwellings',
    icon: <TableOutlined aria-hidden />,
    permission: 'registry:read',
  },
  {
    to: paths.rentals,
    labelKey: 'rentals',
    icon: <RentalIcon />,
    permission: 'registry:read',
  },
  {
    to: paths.temporaryResidents,
    labelKey: 'temporaryResidents',
    icon: <ArrivalIcon />,
    permission: 'registry:read',
  },
  {
    to: paths.pendingRegistrations,
    labelKey: 'pendingRegistrations',
    icon: <UserAddOutlined aria-hidden />,
    permission: 'registry:read',
  },
  {
    to: paths.registrationRate,
    labelKey: 'registrationRate',
    icon: <PieChartOutlined aria-hidden />,
    permission: 'registry:read',
  },
  {
    to: paths.rentalReminders,
    labelKey: 'rentalReminders',
    icon: <BellOutlined aria-hidden />,
    permission: 'registry:read',
  },
  {
    to: paths.households,
    labelKey: 'households',
    icon: <ContainerOutlined aria-hidden />,
    permission: 'registry:read',
  },
  {
    to: paths.party,
    labelKey: 'party',
    icon: <FlagOutlined aria-hidden />,
    permission: 'party:read',
  },
  {
    to: paths.partyMembers,
    labelKey: 'partyMembers',
    icon: <SolutionOutlined aria-hidden />,
    permission: 'party:read',
  },
  {
    to: paths.partyCoBuilding,
    labelKey: 'partyCoBuilding',
    icon: <ApartmentOutlined aria-hidden />,
    permission: 'party:read',
  },
  {
    to: paths.subsidyCases,
    labelKey: 'subsidyCases',
    icon: <SafetyCertificateOutlined aria-hidden />,
    permission: 'subsidy:read',
    group: 'socialSecurity',
  },
  {
    to: paths.subsidyPayouts,
    labelKey: 'subsidyPayouts',
    icon: <AccountBookOutlined aria-hidden />,
    permission: 'subsidy:read',
    group: 'socialSecurity',
  },
  {
    to: paths.subsidyReviews,
    labelKey: 'subsidyReviews',
    icon: <ScheduleOutlined aria-hidden />,
    permission: 'subsidy:read',
    group: 'socialSecurity',
  },
  {
    to: paths.pairings,
    labelKey: 'pairings',
    icon: <HeartOutlined aria-hidden />,
    permission: 'subsidy:read',
    group: 'socialSecurity',
  },
  {
    to: paths.assistanceCases,
    labelKey: 'assistanceCases',
    icon: <MedicineBoxOutlined aria-hidden />,
    permission: 'subsidy:read',
    group: 'socialSecurity',
  },
  {
    to: paths.subsidyStandards,
    labelKey: 'subsidyStandards',
    icon: <ProfileOutlined aria-hidden />,
    permission: 'subsidy:read',
    group: 'socialSecurity',
  },
  {
    to: paths.patrolTeams,
    labelKey: 'patrolTeams',
    icon: <TeamOutlined aria-hidden />,
    permission: 'patrol:read',
    group: 'patrol',
  },
  {
    to: paths.patrolRoutes,
    labelKey: 'patrolRoutes',
    icon: <FlagOutlined aria-hidden />,
    permission: 'patrol:read',
    group: 'patrol',
  },
  {
    to: paths.patrolPlans,
    labelKey: 'patrolPlans',
    icon: <ScheduleOutlined aria-hidden />,
    permission: 'patrol:read',
    group: 'patrol',
  },
  {
    to: paths.patrolRoster,
    labelKey: 'patrolRoster',
    icon: <TableOutlined aria-hidden />,
    permission: 'patrol:read',
    group: 'patrol',
  },
  {
    to: paths.patrolLogs,
    labelKey: 'patrolLogs',
    icon: <ContainerOutlined aria-hidden />,
    permission: 'patrol:read',
    group: 'patrol',
  },
  {
    to: paths.patrolFollowUps,
    labelKey: 'patrolFollowUps',
    icon: <CarryOutOutlined aria-hidden />,
    permission: 'patrol:read',
    group: 'patrol',
  },
  {
    to: paths.patrolFigures,
    labelKey: 'patrolFigures',
    icon: <PieChartOutlined aria-hidden />,
    permission: 'patrol:read',
    group: 'patrol',
  },
  {
    to: paths.patrolPhone,
    labelKey: 'patrolPhone',
    icon: <MobileOutlined aria-hidden />,
    permission: 'patrol:record',
    group: 'patrol',
  },
  {
    to: paths.annualReport,
    labelKey: 'annualReport',
    icon: <FileWordOutlined aria-hidden />,
    permission: 'statistics:read',
  },
  {
    to: paths.imports,
    labelKey: 'imports',
    icon: <CloudUploadOutlined aria-hidden />,
    permission: 'import:run',
  },
  {
    to: paths.committees,
    labelKey: 'committees',
    icon: <TeamOutlined aria-hidden />,
    permission: 'committee:read',
  },
  {
    to: paths.users,
    labelKey: 'users',
    icon: <UserOutlined aria-hidden />,
    permission: 'user:read',
  },
  {
    to: paths.apiTokens,
    labelKey: 'apiTokens',
    icon: <KeyOutlined aria-hidden />,
    permission: 'api-token:manage',
  },
  {
    to: paths.audit,
    labelKey: 'audit',
    icon: <AuditOutlined aria-hidden />,
    permission: 'audit:read',
  },
  {
    to: paths.settings,
    labelKey: 'settings',
    icon: <SettingOutlined aria-hidden />,
    permission: 'settings:manage',
  },
  {
    to: paths.backups,
    labelKey: 'backups',
    icon: <DatabaseOutlined aria-hidden />,
    permission: 'settings:manage',
  },
]

const under = (pathname: string, prefix: string) =>
  pathname === prefix || pathname.startsWith(`${prefix}/`)

/** The nav item a path belongs to (`/committees?q=x` → `/committees`, `/households/1` → `/households`). */
export const activeNavPath = (pathname: string): string => {
  const match = navItems
    .filter(
      (item) =>
        item.to !== paths.home &&
        (under(pathname, item.to) || item.also?.some((p) => under(pathname, p))),
    )
    .sort((a, b) => b.to.length - a.to.length)[0]
  return match?.to ?? paths.home
}

export type TNavEntry =
  | { kind: 'item'; item: TNavItem }
  | { kind: 'group'; group: NonNullable<TNavItem['group']>; items: TNavItem[] }

/** The menu's entries: a group's items gathered under one heading where its first item stands. */
export const groupNavItems = (items: readonly TNavItem[]): TNavEntry[] => {
  const entries: TNavEntry[] = []
  for (const item of items) {
    if (!item.group) {
      entries.push({ kind: 'item', item })
      continue
    }
    const group = entries.find(
      (e): e is Extract<TNavEntry, { kind: 'group' }> =>
        e.kind === 'group' && e.group === item.group,
    )
    if (group) group.items.push(item)
    else entries.push({ kind: 'group', group: item.group, items: [item] })
  }
  return entries
}
