import { Select } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { ZUserPage } from '@cr/shared/users/user'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { apiRequest } from '@/lib/api-client'
import { useCan, useMe } from '@/lib/auth'

type TProps = Partial<TFieldA11y> & {
  value: string | undefined
  onChange: (value: string | undefined) => void
  /** Staff accounts worth offering first (those who went on the patrol). */
  staff?: Array<{ id: string; name: string }>
  'aria-label'?: string
}

/**
 * 责任人: the signed-in account, the staff who went on the patrol and — for those who may read
 * accounts — the office's accounts. The API checks the account works for the committee.
 */
export const OwnerSelect = ({ value, onChange, staff = [], ...rest }: TProps) => {
  const { t } = useTranslation('patrol')
  const me = useMe()
  const canReadUsers = useCan('user:read')
  const users = useQuery({
    queryKey: ['users', 'patrol-owners'],
    queryFn: ({ signal }) =>
      apiRequest('/users', { query: { limit: 100, active: 'true' }, signal }, ZUserPage),
    enabled: canReadUsers,
    staleTime: 60_000,
  })
  const seen = new Set<string>()
  const options = [
    { value: me.user.id, label: t('followUps.me', { name: me.user.displayName }) },
    ...staff.map((s) => ({ value: s.id, label: s.name })),
    ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName })),
  ].filter((o) => (seen.has(o.value) ? false : (seen.add(o.value), true)))
  return (
    <Select
      {...rest}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('followUps.ownerPick')}
      loading={users.isFetching}
      value={value}
      onChange={onChange}
      options={options}
      style={{ width: '100%' }}
    />
  )
}
