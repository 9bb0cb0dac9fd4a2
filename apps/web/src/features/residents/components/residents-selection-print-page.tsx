import { ArrowLeftOutlined } from '@ant-design/icons'
import { useRouterState } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { NoSelection } from '@/components/print/no-selection'
import { PrintPage } from '@/components/print/print-page'
import { ButtonLink } from '@/components/ui/button-link'
import { paths } from '@/config/paths'
import { printSelectionOf } from '@/lib/print-selection'
import { useSelectedResidents } from '../api/get-selected-residents'
import { ResidentSheet } from './resident-print-page'

/**
 * 打印所选 of the residents list: the 居民信息表 of each selected resident, in the list's sort,
 * one after another (each from a new page on paper), masked as the single sheet is. The ids come
 * in the history entry's state, so a reload prints the same selection.
 */
export const ResidentsSelectionPrintPage = () => {
  const { t } = useTranslation('print')
  const selection = useRouterState({ select: (s) => printSelectionOf(s.location.state) })
  const query = useSelectedResidents(selection)
  const back = (
    <ButtonLink to={paths.residents} kind="link" icon={<ArrowLeftOutlined aria-hidden />}>
      {t('selection.backToResidents')}
    </ButtonLink>
  )
  if (!selection) return <NoSelection back={back} />
  const residents = query.data?.items ?? []
  return (
    <PrintPage
      back={back}
      title={t('resident.title')}
      meta={[
        {
          label: t('selection.total'),
          value: t('selection.totalValue', { count: residents.length }),
        },
      ]}
      state={query}
    >
      {residents.map((resident, index) => (
        <section
          key={resident.id}
          aria-label={resident.name}
          style={index > 0 ? { breakBefore: 'page', marginTop: 24 } : undefined}
        >
          <h2 className="print-section-title">
            {resident.name}（{resident.committee.name}）
          </h2>
          <ResidentSheet resident={resident} />
        </section>
      ))}
    </PrintPage>
  )
}
