import { LockOutlined, ReloadOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { Button, Modal, Space } from 'antd'
import { formatYuan } from '@cr/shared/party/money'
import type { TRef } from '@cr/shared/common/record'
import type { TSubsidyPayout } from '@cr/shared/subsidies/subsidy-payout'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/errors/problem-alert'
import { useCan } from '@/lib/auth'
import { isProblemError } from '@/lib/problem'
import { feedback } from '@/lib/feedback'
import { getPayoutQueryOptions } from '../api/payout-queries'
import { useGeneratePayout, useLockPayout } from '../api/payout-mutations'
import { printMonth } from '@/components/print/print-format'
import { BankFileButton } from './payout-bank-file-button'
import { PayoutChangesModal, type TGenerated } from './payout-changes-modal'

type TProps = {
  committee: TRef
  month: string
  payoutId: string | null
  state: TSubsidyPayout['state'] | null
  size?: 'small'
  /** After the first generation: where the new roll is. */
  onGenerated?: (payout: TSubsidyPayout) => void
}

/**
 * A committee's month: 生成 / 重新生成 while a draft (clerks), 核对锁定 (supervisors), and the
 * bank's file once locked (clerks). Each step is confirmed; what generating changed is shown.
 */
export const PayoutActions = ({ committee, month, payoutId, state, size, onGenerated }: TProps) => {
  const { t, i18n } = useTranslation(['subsidyRoll', 'common'])
  const canWrite = useCan('subsidy:write')
  const canApprove = useCan('subsidy:approve')
  const queryClient = useQueryClient()
  const generate = useGeneratePayout()
  const lock = useLockPayout()
  const [generated, setGenerated] = useState<TGenerated | null>(null)
  // A refused step (locked meanwhile, someone else's change first) is said in a dialog of its own.
  const [problem, setProblem] = useState<unknown>(null)
  const monthText = printMonth(month, i18n.language)
  const names = { committee: committee.name, month: monthText }

  const onGenerate = () =>
    feedback.confirm({
      title: t(state ? 'generate.againTitle' : 'generate.title', names),
      content: t('generate.content'),
      okText: t(state ? 'generate.again' : 'generate.action'),
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        try {
          const result = await generate.mutateAsync({
            committeeId: committee.id,
            month,
            previousId: payoutId,
          })
          setGenerated({
            title: t('changes.title', names),
            changes: result.changes,
            cases: result.payout.totals.cases,
          })
          onGenerated?.(result.payout)
        } catch (error) {
          setProblem(error)
        }
      },
    })

  // The confirmation names what becomes final: the roll as it is now, read fresh.
  const onLock = async () => {
    if (!payoutId) return
    let roll: TSubsidyPayout
    try {
      roll = await queryClient.fetchQuery({ ...getPayoutQueryOptions(payoutId), staleTime: 0 })
    } catch (error) {
      setProblem(error)
      return
    }
    feedback.confirm({
      title: t('lock.title', names),
      content: (
        <>
          <p>
            {t('lock.totals', {
              cases: roll.totals.cases,
              people: roll.totals.coveredPeople,
              total: formatYuan(roll.totals.totalFen),
            })}
          </p>
          <p>{t('lock.content')}</p>
        </>
      ),
      okText: t('lock.action'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: async () => {
        try {
          await lock.mutateAsync({ id: roll.id, version: roll.version })
          feedback.success(t('lock.done', names))
        } catch (error) {
          setProblem(error)
        }
      },
    })
  }

  return (
    <>
      <Space wrap size={[8, 4]}>
        {canWrite && state !== 'locked' && (
          <Button
            size={size}
            type={state ? 'default' : 'primary'}
            icon={<ReloadOutlined aria-hidden />}
            loading={generate.isPending}
            onClick={onGenerate}
            aria-label={t(state ? 'generate.againFor' : 'generate.for', names)}
          >
            {t(state ? 'generate.again' : 'generate.action')}
          </Button>
        )}
        {canApprove && state === 'draft' && (
          <Button
            size={size}
            type="primary"
            icon={<LockOutlined aria-hidden />}
            loading={lock.isPending}
            onClick={() => void onLock()}
            aria-label={t('lock.for', names)}
          >
            {t('lock.action')}
          </Button>
        )}
        {canWrite && state === 'locked' && payoutId && (
          <BankFileButton payoutId={payoutId} size={size} label={t('bankFile.for', names)} />
        )}
      </Space>
      <PayoutChangesModal generated={generated} onClose={() => setGenerated(null)} />
      <Modal
        open={problem !== null}
        title={t('problem.title', names)}
        onCancel={() => setProblem(null)}
        onOk={() => setProblem(null)}
        okText={t('changes.close')}
        cancelButtonProps={{ style: { display: 'none' } }}
        destroyOnHidden
      >
        {problem !== null && (
          <ProblemAlert
            error={problem}
            otherErrors={isProblemError(problem) ? problem.errors : []}
          />
        )}
      </Modal>
    </>
  )
}
