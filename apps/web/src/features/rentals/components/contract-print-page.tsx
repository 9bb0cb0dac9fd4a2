import { ArrowLeftOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { lessorDutyLabels, lessorDuties, rentalUseLabels } from '@cr/shared/rentals/rental-codes'
import type { TRentalContract } from '@cr/shared/rentals/rental-contract'
import type { TRentalProperty } from '@cr/shared/rentals/rental-property'
import { useTranslation } from 'react-i18next'
import { printDate } from '@/components/print/print-format'
import { PrintPage } from '@/components/print/print-page'
import { allQueries } from '@/components/print/print-state'
import { PrintFields } from '@/components/print/print-table'
import { ButtonLink } from '@/components/ui/button-link'
import { paths, recordPaths } from '@/config/paths'
import { pickLabel } from '@/lib/language'
import { useRentalContract } from '../api/get-rental-contract'
import { getRentalPropertyQueryOptions } from '../api/get-rental-property'
import { defaultRentalSort } from '../utils/rental-search'

type TSheetProps = { contract: TRentalContract; property: TRentalProperty }

/**
 * 治安责任保证书: the dwelling, the lessor (ID number and phone masked, as every printed list),
 * the lease, the lessor's duties of 公安部令第24号 (those confirmed are ticked), and both
 * parties' signature lines.
 */
const PledgeSheet = ({ contract: c, property: p }: TSheetProps) => {
  const { t, i18n } = useTranslation('rentals')
  const lang = i18n.language
  const none = t('values.none')
  return (
    <>
      <p className="print-note" style={{ textAlign: 'right', marginBottom: '3mm' }}>
        <span className="mono">{t('print.number', { number: c.number })}</span>
      </p>
      <PrintFields
        caption={t('print.property')}
        fields={[
          { key: 'address', label: t('print.address'), value: p.dwelling.name, wide: true },
          { key: 'use', label: t('print.use'), value: pickLabel(rentalUseLabels[p.use], lang) },
          { key: 'rooms', label: t('print.rooms'), value: p.rooms ?? none },
          {
            key: 'area',
            label: t('print.area'),
            value: p.area ? t('values.area', { area: p.area }) : none,
          },
          { key: 'allowed', label: t('print.allowed'), value: p.allowedOccupants ?? none },
        ]}
      />
      <h2 className="print-section-title">{t('print.lessor')}</h2>
      <PrintFields
        caption={t('print.lessor')}
        fields={[
          { key: 'name', label: t('print.name'), value: p.landlord.name },
          {
            key: 'idNumber',
            label: t('print.idNumber'),
            value: <span className="mono">{p.landlord.idNumberMasked}</span>,
          },
          {
            key: 'phone',
            label: t('print.phone'),
            value: <span className="mono">{p.landlord.phoneMasked ?? none}</span>,
          },
          {
            key: 'lease',
            label: t('print.lease'),
            value: t('contract.leaseValue', {
              start: printDate(c.leaseStartsOn, lang),
              end: printDate(c.leaseEndsOn, lang),
            }),
            wide: true,
          },
          {
            key: 'rent',
            label: t('print.rent'),
            value: c.monthlyRent ? t('print.rentValue', { rent: c.monthlyRent }) : none,
          },
          { key: 'signedOn', label: t('print.signedOn'), value: printDate(c.signedOn, lang) },
        ]}
      />
      <h2 className="print-section-title">{t('print.dutiesTitle')}</h2>
      <ol style={{ margin: '0 0 3mm', paddingInlineStart: '1.6em', lineHeight: 1.8 }}>
        {lessorDuties.map((d) => (
          <li key={d}>
            {p.duties.includes(d) ? '☑' : '☐'} {pickLabel(lessorDutyLabels[d], lang)}
          </li>
        ))}
      </ol>
      <p className="print-note">{t('print.closing')}</p>
      <p className="print-signatures">
        <span>{t('print.lessorSign')}</span>
        <span>{t('print.officeSign')}</span>
      </p>
      <p className="print-signatures">
        <span>{t('print.date')}</span>
        <span>{t('print.date')}</span>
      </p>
    </>
  )
}

/** The printable 治安责任保证书 of one contract, opened from the dwelling's contract history. */
export const ContractPrintPage = ({ contractId }: { contractId: string }) => {
  const { t } = useTranslation(['rentals', 'print'])
  const contract = useRentalContract(contractId)
  const propertyId = contract.data?.property.id
  const property = useQuery({
    ...getRentalPropertyQueryOptions(propertyId ?? ''),
    enabled: Boolean(propertyId),
  })
  const state = allQueries(contract, propertyId ? property : { ...property, isPending: true })
  return (
    <PrintPage
      back={
        propertyId ? (
          <ButtonLink
            to={recordPaths.rentalProperty}
            params={{ propertyId }}
            kind="link"
            icon={<ArrowLeftOutlined aria-hidden />}
          >
            {t('print:back')}
          </ButtonLink>
        ) : (
          <ButtonLink
            to={paths.rentals}
            search={{ sort: defaultRentalSort }}
            kind="link"
            icon={<ArrowLeftOutlined aria-hidden />}
          >
            {t('print:back')}
          </ButtonLink>
        )
      }
      title={t('print.title')}
      meta={
        contract.data ? [{ label: t('fields.committee'), value: contract.data.committee.name }] : []
      }
      state={contract.isError ? contract : state}
    >
      {contract.data && property.data && (
        <PledgeSheet contract={contract.data} property={property.data} />
      )}
    </PrintPage>
  )
}
