import { Select } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { useOrganizations } from '../api/get-organizations'
import { buildOrgTree, flattenOrgTree } from '../utils/org-tree'

type TProps = Partial<TFieldA11y> & {
  value: string | null | undefined
  onChange: (id: string | undefined) => void
  /** Members sit in a 支部 or 小组, never directly in the 党工委. */
  membersOnly?: boolean
  placeholder?: string
  allowClear?: boolean
  style?: React.CSSProperties
  onBlur?: () => void
  'aria-label'?: string
}

/** Picks a node of the party tree, indented by level; typing filters by name. */
export const OrganizationSelect = ({ value, onChange, membersOnly, ...rest }: TProps) => {
  const { t } = useTranslation('party')
  const query = useOrganizations()
  const options = useMemo(
    () =>
      flattenOrgTree(buildOrgTree(query.data?.items ?? [])).map((n) => ({
        value: n.id,
        label: n.name,
        disabled: membersOnly && n.level === 'committee',
        depth: n.depth,
      })),
    [query.data, membersOnly],
  )
  return (
    <Select
      {...rest}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange(v)}
      loading={query.isPending}
      options={options}
      optionRender={(o) => (
        <span style={{ paddingInlineStart: (o.data.depth ?? 0) * 14 }}>{o.label}</span>
      )}
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent={t('orgs.empty')}
    />
  )
}
