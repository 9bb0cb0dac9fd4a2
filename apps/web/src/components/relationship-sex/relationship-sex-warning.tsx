import { WarningOutlined } from '@ant-design/icons'
import { useQueries } from '@tanstack/react-query'
import { Typography } from 'antd'
import { relationshipSexMismatch, relationshipTable } from '@cr/shared/code-tables/relationship'
import { ZResident } from '@cr/shared/residents/resident'
import { useTranslation } from 'react-i18next'
import { apiRequest } from '@/lib/api-client'
import { recordRoots } from '@/lib/record-keys'

type TSex = '1' | '2'

/**
 * The sex of residents picked in a household form (by id), for the relationship-versus-sex
 * warning; unknown until fetched. Only the sex is kept from the masked record.
 */
export const useResidentSexes = (ids: readonly (string | null | undefined)[]) => {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  const results = useQueries({
    queries: wanted.map((id) => ({
      queryKey: [...recordRoots.residents, 'sex', id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest(`/residents/${encodeURIComponent(id)}`, { signal }, ZResident),
      select: (r: { sex: TSex }) => r.sex,
      staleTime: 60_000,
    })),
  })
  return new Map(wanted.map((id, i) => [id, results[i]?.data]))
}

/**
 * The warning the shared rule (`relationshipSexMismatch`, the import's too) gives for a
 * relationship and a sex, in the page's language (null when they agree or either is unknown),
 * and the confirmation asked before saving over such warnings (`useSubmit`'s `confirm`).
 */
export const useRelationshipSexWarning = () => {
  const { t } = useTranslation()
  const text = (relationship: string | null | undefined, sex: TSex | null | undefined) => {
    const mismatch = relationship ? relationshipSexMismatch(relationship, sex) : null
    if (!mismatch || !relationship) return null
    return t('relationshipSex.warning', {
      relationship: relationshipTable.nameOf(relationship) ?? relationship,
      implied: t(`relationshipSex.sex${mismatch.implied}`),
      actual: t(`relationshipSex.sex${mismatch.actual}`),
    })
  }
  const confirm = (warnings: readonly string[]) =>
    warnings.length === 0
      ? null
      : {
          title: t('relationshipSex.confirmTitle'),
          content: [...warnings, t('relationshipSex.confirmContent')].join(' '),
        }
  return { text, confirm }
}

/** Shown under a relationship field: a warning to check, which does not stop saving. */
export const RelationshipSexWarning = ({
  relationship,
  sex,
}: {
  relationship: string | null | undefined
  sex: TSex | null | undefined
}) => {
  const warning = useRelationshipSexWarning().text(relationship, sex)
  if (!warning) return null
  return (
    <Typography.Text type="warning" role="status">
      <WarningOutlined aria-hidden /> {warning}
    </Typography.Text>
  )
}
