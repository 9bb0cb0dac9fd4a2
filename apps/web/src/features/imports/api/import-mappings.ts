import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  ZSavedMapping,
  type TImportType,
  type ZSavedMappingCreate,
} from '@cr/shared/imports/import-job'
import { z } from 'zod'
import { apiRequest } from '@/lib/api-client'
import { importKeys } from './import-keys'

const ZSavedMappings = z.object({ items: z.array(ZSavedMapping) })
export type TSavedMapping = z.infer<typeof ZSavedMapping>

/** The user's saved column mappings for a ledger type, by name. */
export const useImportMappings = (type: TImportType) =>
  useQuery({
    queryKey: importKeys.mappings(type),
    queryFn: ({ signal }) =>
      apiRequest('/import-mappings', { query: { type }, signal }, ZSavedMappings),
  })

export type TSaveImportMappingInput = {
  data: z.input<typeof ZSavedMappingCreate>
  idempotencyKey: string
}

/** Saves under a name; the same name replaces the earlier mapping. */
export const saveImportMapping = ({ data, idempotencyKey }: TSaveImportMappingInput) =>
  apiRequest('/import-mappings', { method: 'POST', body: data, idempotencyKey }, ZSavedMapping)

export const useSaveImportMapping = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: saveImportMapping,
    onSuccess: (saved) =>
      queryClient.invalidateQueries({ queryKey: importKeys.mappings(saved.type) }),
  })
}
