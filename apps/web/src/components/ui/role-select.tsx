import { Select } from 'antd'
import { roleLabels, roles, type TRole } from '@cr/shared/auth/roles'
import { useTranslation } from 'react-i18next'
import type { TFieldA11y } from '@/components/ui/form/form-field'
import { pickLabel } from '@/lib/language'

type TProps = Partial<TFieldA11y> & {
  value: TRole | undefined
  onChange: (role: TRole | undefined) => void
  'aria-label'?: string
  onBlur?: () => void
  placeholder?: string
  allowClear?: boolean
  style?: React.CSSProperties
}

/** The four roles with their labels from the shared contract (系统管理员, 领导, …). */
export const RoleSelect = ({ value, onChange, placeholder, ...rest }: TProps) => {
  const { t, i18n } = useTranslation()
  return (
    <Select<TRole>
      {...rest}
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      placeholder={placeholder ?? t('pickers.rolePlaceholder')}
      // Typing 工作 finds 工作人员: keyboard users need not open the list.
      showSearch={{ optionFilterProp: 'label' }}
      options={roles.map((role) => ({
        value: role,
        label: pickLabel(roleLabels[role], i18n.language),
      }))}
    />
  )
}
