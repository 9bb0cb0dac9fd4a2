import { Select } from 'antd'
import { usePatrolTeamOptions } from '../api/patrol-lookups'

type TProps = {
  label: string
  placeholder: string
  committeeId?: string
  value: string | undefined
  onChange: (teamId: string | undefined) => void
}

/** A filter by patrol team or group (one page of 100 holds a committee's teams). */
export const PatrolTeamFilter = ({ label, placeholder, committeeId, value, onChange }: TProps) => {
  const teams = usePatrolTeamOptions(committeeId)
  return (
    <Select
      aria-label={label}
      placeholder={placeholder}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={teams.isFetching}
      style={{ width: 160 }}
      value={value}
      onChange={onChange}
      options={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
    />
  )
}
