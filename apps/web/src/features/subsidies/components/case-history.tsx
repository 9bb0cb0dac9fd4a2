import { formatYuan } from '@cr/shared/party/money'
import type { TSubsidyCase } from '@cr/shared/subsidies/subsidy-case'
import { reviewOutcomeLabels, type TReviewOutcome } from '@cr/shared/subsidies/subsidy-review'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { HistoryCard, type THistoryEntry } from '@/components/ui/history-card'
import { pickLabel } from '@/lib/language'

type TEvent = TSubsidyCase['history'][number]

const colors: Record<TEvent['step'], string> = {
  apply: 'blue',
  investigate: 'blue',
  deliberate: 'blue',
  publicize: 'blue',
  object: 'orange',
  street_review: 'blue',
  approve: 'green',
  review: 'green',
  report_change: 'orange',
  suspend: 'orange',
  resume: 'green',
  stop: 'red',
  refuse: 'red',
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : null)
const num = (v: unknown) => (typeof v === 'number' ? v : null)

/** The one line a step's detail says: who investigated, the vote, the 公示's days, the amount … */
const describe = (e: TEvent, t: TFunction<'subsidies'>, language: string): string | null => {
  const d = e.detail
  switch (e.step) {
    case 'investigate':
      return t('history.investigate', {
        investigators: Array.isArray(d.investigators) ? d.investigators.join('、') : '',
      })
    case 'deliberate':
      return t(d.passed ? 'history.deliberatePassed' : 'history.deliberateFailed', {
        members: num(d.members) ?? '—',
        present: num(d.present) ?? '—',
        agree: num(d.agree) ?? '—',
      })
    case 'publicize':
      return t('history.publicize', { from: e.on, to: str(d.endsOn) ?? '' })
    case 'approve':
      return t('history.approve', {
        month: str(d.fromMonth) ?? '',
        amount: formatYuan(num(d.amountFen) ?? 0),
      })
    case 'review': {
      const outcome = str(d.outcome) as TReviewOutcome | null
      return t('history.review', {
        outcome: outcome ? pickLabel(reviewOutcomeLabels[outcome], language) : '',
        month: str(d.fromMonth) ?? '',
        amount: formatYuan(num(d.amountFen) ?? 0),
      })
    }
    default:
      return null
  }
}

/** The free text a step kept: findings, minutes, the objection, the opinion, the reason … */
const noteOf = (e: TEvent) =>
  ['findings', 'minutes', 'objection', 'opinion', 'note', 'change', 'reason']
    .map((key) => str(e.detail[key]))
    .find(Boolean) ?? null

/** 办理记录: every dated step of the case with who recorded it, newest first. */
export const CaseHistory = ({ record }: { record: TSubsidyCase }) => {
  const { t, i18n } = useTranslation('subsidies')
  const entries: THistoryEntry[] = [...record.history].reverse().map((e, i) => {
    const line = describe(e, t, i18n.language)
    const note = noteOf(e)
    return {
      key: `${record.history.length - i}`,
      date: e.on,
      color: colors[e.step],
      content: (
        <div>
          <strong>{t(`steps.name.${e.step}`)}</strong>
          {line && <div>{line}</div>}
          {note && <div className="text-secondary">{note}</div>}
          <div className="text-secondary" style={{ fontSize: 12 }}>
            {t('history.by', { name: e.by })}
          </div>
        </div>
      ),
    }
  })
  return (
    <HistoryCard
      title={t('history.title')}
      emptyText={t('history.empty')}
      query={{ isPending: false, isError: false, error: null }}
      entries={entries}
    />
  )
}
