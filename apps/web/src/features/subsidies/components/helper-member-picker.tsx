import { useQuery } from '@tanstack/react-query'
import { Select, Spin } from 'antd'
import { ZPartyMemberPage } from '@cr/shared/party/party-member'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { usePickerSearch } from '@/hooks/use-picker-search'
import { apiRequest } from '@/lib/api-client'
import { useCan } from '@/lib/auth'
import { recordRoots } from '@/lib/record-keys'

type TProps = Partial<TFieldA11y> & {
  value: string | null | undefined
  /** The member chosen, with their name (the pairing's helper name is taken from it). */
  onChange: (member: { id: string; name: string } | null) => void
}

/**
 * A party member as the helper (党员结对): searched by name in the roster the user may read;
 * the pairing then links the member's record. Left empty, the helper is a name only (staff).
 */
export const HelperMemberPicker = ({ value, onChange, ...rest }: TProps) => {
  const { t } = useTranslation('subsidies')
  const canRead = useCan('party:read')
  const { text, setSearch, current } = usePickerSearch()
  const query = useQuery({
    queryKey: [...recordRoots.subsidyCases, 'helper-members', text] as const,
    queryFn: ({ signal }) =>
      apiRequest('/party-members', { query: { q: text, limit: 20 }, signal }, ZPartyMemberPage),
    enabled: canRead && text.length > 0,
    staleTime: 30_000,
  })
  const settled = current(query.isFetching)
  const members = settled ? (query.data?.items ?? []) : []
  return (
    <Select<string>
      {...rest}
      allowClear
      disabled={!canRead}
      value={value ?? undefined}
      onChange={(id) => {
        const member = members.find((m) => m.id === id)
        onChange(member ? { id: member.id, name: member.resident.name } : null)
      }}
      options={members.map((m) => ({
        value: m.id,
        label: `${m.resident.name}（${m.organization.name}）`,
      }))}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('pairing.memberPlaceholder')}
      notFoundContent={!text ? null : settled ? t('pairing.memberNone') : <Spin size="small" />}
    />
  )
}
