import { Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { useMe } from '@/lib/auth'

type TProps = Partial<TFieldA11y> & {
  value: string | undefined
  onChange: (id: string | undefined) => void
  onBlur?: () => void
  placeholder?: string
  allowClear?: boolean
  style?: React.CSSProperties
  'aria-label'?: string
}

/**
 * The committees this user works for (from `me`, no request): registry records can only be
 * created, and lists only filtered, within the user's data scope.
 */
export const ScopeCommitteeSelect = ({ value, onChange, placeholder, ...rest }: TProps) => {
  const { t } = useTranslation()
  const me = useMe()
  return (
    <Select<string>
      {...rest}
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      options={me.committees.map((c) => ({ value: c.id, label: c.name }))}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder ?? t('pickers.committeePlaceholder')}
      notFoundContent={t('pickers.noCommittee')}
    />
  )
}
