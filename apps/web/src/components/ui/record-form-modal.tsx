import { Modal, Skeleton, type ModalProps } from 'antd'
import type { ReactNode } from 'react'
import { ProblemResult } from '@/components/errors/problem-result'

type TRecordQuery<R> = {
  isPending: boolean
  isError: boolean
  error: Error | null
  data: R | undefined
  refetch: () => unknown
}

export type TFormTarget = { mode: 'create' } | { mode: 'edit'; id: string }

type TEditProps<R> = {
  id: string
  useRecord: (id: string) => TRecordQuery<R>
  edit: (record: R, reload: () => void) => ReactNode
  skeletonRows: number
}

/** Loads the record being edited (skeleton, then the problem or the form). */
const EditLoader = <R,>({ id, useRecord, edit, skeletonRows }: TEditProps<R>) => {
  const query = useRecord(id)
  if (query.isPending) return <Skeleton active paragraph={{ rows: skeletonRows }} />
  if (query.isError || query.data === undefined) {
    return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />
  }
  return edit(query.data, () => void query.refetch())
}

type TProps<R> = Omit<ModalProps, 'open' | 'onCancel' | 'footer' | 'destroyOnHidden' | 'children'> &
  Omit<TEditProps<R>, 'id' | 'skeletonRows'> & {
    target: TFormTarget | null
    onClose: () => void
    create: () => ReactNode
    skeletonRows?: number
  }

/**
 * Create or edit one record in a modal, declared once for every module: Esc or 取消 closes it
 * without saving, and the form is unmounted on close so the next opening starts clean.
 */
export const RecordFormModal = <R,>({
  target,
  onClose,
  create,
  useRecord,
  edit,
  skeletonRows = 6,
  ...modal
}: TProps<R>) => (
  <Modal open={target !== null} onCancel={onClose} footer={null} destroyOnHidden {...modal}>
    {target?.mode === 'create' && create()}
    {target?.mode === 'edit' && (
      <EditLoader id={target.id} useRecord={useRecord} edit={edit} skeletonRows={skeletonRows} />
    )}
  </Modal>
)
