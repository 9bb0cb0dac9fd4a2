import { Card, Empty, Skeleton, Timeline } from 'antd'
import { useId, type ReactNode } from 'react'
import { ProblemAlert } from '@/components/errors/problem-alert'

export type THistoryEntry = { key: string; date: string; color: string; content: ReactNode }

type TProps = {
  title: string
  emptyText: string
  /** The query the entries come from: its loading and error states are shown here. */
  query: { isPending: boolean; isError: boolean; error: unknown }
  /** Newest first. */
  entries: THistoryEntry[]
}

/**
 * A record's dated history as a timeline card (a household's changes, a member's life cycle):
 * the same loading, error and empty states, the date on the left in monospace.
 */
export const HistoryCard = ({ title, emptyText, query, entries }: TProps) => {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId}>
      <Card
        size="small"
        title={
          <h2 id={headingId} className="card-title">
            {title}
          </h2>
        }
      >
        {query.isPending ? (
          <Skeleton active paragraph={{ rows: 5 }} />
        ) : query.isError ? (
          <ProblemAlert error={query.error} />
        ) : entries.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
        ) : (
          <Timeline
            mode="start"
            titleSpan={7}
            items={entries.map((e) => ({
              key: e.key,
              color: e.color,
              title: <span className="mono">{e.date}</span>,
              content: e.content,
            }))}
          />
        )}
      </Card>
    </section>
  )
}
