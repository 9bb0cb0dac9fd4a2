import { TeamOutlined } from '@ant-design/icons'
import { Button, Card } from 'antd'
import type { TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { useCan } from '@/lib/auth'
import { usePairings } from '../api/pairings'
import { PairingModal, type TPairingModal } from './pairing-forms'
import { PairingsTable } from './pairings-table'

/** 一助一 on a case's page: its helpers with their visits; 结对帮扶 pairs a new one. */
export const CasePairingsCard = ({ record }: { record: TSubsidyCase }) => {
  const { t } = useTranslation('subsidies')
  const canWrite = useCan('subsidy:write')
  const query = usePairings({ caseId: record.id, page: 1, size: 20 })
  const [modal, setModal] = useState<TPairingModal | null>(null)
  return (
    <section aria-label={t('pairing.title')}>
      <Card
        size="small"
        title={<h2 className="card-title">{t('pairing.title')}</h2>}
        extra={
          canWrite &&
          !record.helper && (
            <Button
              size="small"
              type="link"
              icon={<TeamOutlined aria-hidden />}
              onClick={() => setModal({ kind: 'create', caseId: record.id })}
            >
              {t('pairing.create')}
            </Button>
          )
        }
      >
        {query.isError ? (
          <ProblemAlert error={query.error} onReload={() => void query.refetch()} />
        ) : (
          <PairingsTable
            pairings={query.data?.items ?? []}
            loading={query.isPending}
            showHelped={false}
            onOpen={setModal}
          />
        )}
      </Card>
      <PairingModal modal={modal} onClose={() => setModal(null)} />
    </section>
  )
}
