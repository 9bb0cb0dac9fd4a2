import { Link } from '@tanstack/react-router'
import { Select, Tag, type TableColumnsType } from 'antd'
import { pendingStateLabels } from '@cr/shared/rentals/rental-codes'
import type { TPendingRegistration } from '@cr/shared/rentals/pending-registration'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CommitteeFilter } from '@/components/committee-select/committee-filter'
import { ListEmpty } from '@/components/ui/list-empty'
import { ListToolbar } from '@/components/ui/list-toolbar'
import { PageHeader } from '@/components/ui/page-header'
import { RecordList } from '@/components/ui/record-list'
import { sortableColumn } from '@/components/ui/sortable-column'
import { recordPaths } from '@/config/paths'
import { useCan } from '@/lib/auth'
import { pickLabel } from '@/lib/language'
import { lazyOnIdle } from '@/lib/lazy-on-idle'
import { searchPaging, sortParamFrom } from '@/lib/search-params'
import { usePendingRegistrations } from '../api/get-pending-registrations'
import {
  defaultPendingSort,
  defaultPendingState,
  pendingFiltered,
  pendingSorts,
  pendingStateFilters,
  type TPendingSearch,
} from '../utils/pending-search'
import { PendingActions, ReportedCell } from './property-pending'
import type { TCheckModal } from './rental-check-modals'

const RentalCheckModals = lazyOnIdle(() =>
  import('./rental-check-modals').then((m) => m.RentalCheckModals),
)
const DeskRegistrationModal = lazyOnIdle(() =>
  import('./desk-registration-modal').then((m) => m.DeskRegistrationModal),
)

const stateColors = { pending: 'orange', registered: 'green', cleared: 'default' } as const

type TProps = {
  search: TPendingSearch
  onSearchChange: (next: TPendingSearch) => void
}

/**
 * 待登记人员: people known to live in a rented dwelling without a registration (found by an
 * inspection, reported by a 楼长 or the landlord), who reported them and when; 登记 opens the desk
 * form for them (the registration resolves them), 核销 clears them with a reason.
 */
export const PendingRegistrationsPage = ({ search, onSearchChange }: TProps) => {
  const { t, i18n } = useTranslation(['rentalChecks', 'common'])
  const canWrite = useCan('registry:write')
  const query = usePendingRegistrations(search)
  const [check, setCheck] = useState<TCheckModal | null>(null)
  const [checkOpened, setCheckOpened] = useState(false)
  const [registering, setRegistering] = useState<TPendingRegistration | null>(null)
  const [deskOpened, setDeskOpened] = useState(false)
  const set = (next: Partial<TPendingSearch>) => onSearchChange({ ...search, ...next })
  const reset = () =>
    onSearchChange({ sort: search.sort, size: search.size, state: defaultPendingState })
  const columns: TableColumnsType<TPendingRegistration> = [
    { key: 'name', title: t('pending.name'), width: 100, dataIndex: 'name' },
    {
      key: 'description',
      title: t('pending.descriptionColumn'),
      width: 160,
      render: (_, p) => p.description ?? '—',
    },
    {
      key: 'property',
      title: t('pending.property'),
      render: (_, p) => (
        <Link to={recordPaths.rentalProperty} params={{ propertyId: p.property.id }}>
          {p.property.name}
        </Link>
      ),
    },
    {
      key: 'committee',
      title: t('pending.committee'),
      width: 140,
      render: (_, p) => p.committee.name,
    },
    {
      key: 'reportedOn',
      title: t('pending.reported'),
      width: 170,
      render: (_, p) => <ReportedCell pending={p} />,
      ...sortableColumn(search.sort, 'reportedOn'),
    },
    {
      key: 'state',
      title: t('pending.state'),
      width: 200,
      render: (_, p) => (
        <div>
          <Tag color={stateColors[p.state]}>
            {pickLabel(pendingStateLabels[p.state], i18n.language)}
          </Tag>
          {p.state === 'registered' && p.temporaryResident && (
            <div className="text-secondary" style={{ fontSize: 12 }}>
              {t('pending.registeredAs', { date: p.resolvedOn, name: p.temporaryResident.name })}
            </div>
          )}
          {p.state === 'cleared' && (
            <div className="text-secondary" style={{ fontSize: 12 }}>
              {t('pending.clearedValue', { date: p.resolvedOn, reason: p.clearReason })}
            </div>
          )}
        </div>
      ),
    },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('common:columns.actions'),
            width: 120,
            render: (_: unknown, p: TPendingRegistration) => (
              <PendingActions
                pending={p}
                onRegister={(next) => (setDeskOpened(true), setRegistering(next))}
                onClear={(pending) => (setCheckOpened(true), setCheck({ kind: 'clear', pending }))}
              />
            ),
          },
        ]
      : []),
  ]
  return (
    <>
      <PageHeader title={t('pending.title')} description={t('pending.description')} />
      <ListToolbar filtered={pendingFiltered(search)} onReset={reset}>
        <CommitteeFilter
          label={t('pending.committeeFilter')}
          value={search.committeeId}
          onChange={(committeeId) => set({ committeeId })}
        />
        <Select
          aria-label={t('pending.stateFilter')}
          style={{ width: 130 }}
          showSearch={{ optionFilterProp: 'label' }}
          value={search.state}
          onChange={(state) => set({ state })}
          options={[
            ...pendingStateFilters.map((s) => ({
              value: s,
              label: pickLabel(pendingStateLabels[s], i18n.language),
            })),
            { value: 'all' as const, label: t('pending.allStates') },
          ]}
        />
      </ListToolbar>
      <RecordList<TPendingRegistration>
        caption={t('pending.caption')}
        query={query}
        items={query.data?.items ?? []}
        paging={searchPaging(search, query.data?.total, onSearchChange)}
        columns={columns}
        onSort={(key, order) =>
          onSearchChange({
            ...search,
            sort: sortParamFrom(key, order, pendingSorts, defaultPendingSort),
          })
        }
        empty={
          <ListEmpty
            filtered={pendingFiltered(search)}
            onClearFilters={reset}
            emptyTitle={t('pending.empty')}
            emptyHint={t('pending.emptyHint')}
          />
        }
      />
      {checkOpened && <RentalCheckModals modal={check} onClose={() => setCheck(null)} />}
      {deskOpened && (
        <DeskRegistrationModal
          open={registering !== null}
          propertyId={registering?.property.id}
          pending={registering ? { id: registering.id, name: registering.name } : undefined}
          onClose={() => setRegistering(null)}
        />
      )}
    </>
  )
}
