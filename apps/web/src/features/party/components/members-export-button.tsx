import { useTranslation } from 'react-i18next'
import { ExportButton, listExportHref } from '@/components/ui/export-button'
import { toMemberListQuery, type TMembersSearch } from '../utils/member-search'

/** 导出 ▾ the 党员花名册 as filtered now (headed as the roster import reads it). */
export const MembersExportButton = ({ search }: { search: TMembersSearch }) => {
  const { t } = useTranslation('party')
  return (
    <ExportButton
      files={[
        {
          key: 'party-members',
          href: listExportHref('party-members', toMemberListQuery(search, {})),
        },
      ]}
      menuLabel={t('members.exportMenu')}
      hint={t('members.exportHint')}
    />
  )
}
