import { useTranslation } from 'react-i18next'
import { ScopeCommitteeSelect } from './scope-committee-select'

type TProps = {
  /** What the filter does, for screen readers: 按居委会筛选. */
  label: string
  value: string | undefined
  onChange: (committeeId: string | undefined) => void
}

/** A list's 居委会 filter: the user's own committees; cleared, all of them. */
export const CommitteeFilter = ({ label, value, onChange }: TProps) => {
  const { t } = useTranslation()
  return (
    <ScopeCommitteeSelect
      aria-label={label}
      placeholder={t('pickers.allCommittees')}
      allowClear
      style={{ width: 190 }}
      value={value}
      onChange={onChange}
    />
  )
}
