import { Button, Select } from 'antd'
import type { TImportJob, TImportType } from '@cr/shared/imports/import-job'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useImportMappings } from '../api/import-mappings'
import { applySavedMapping, mappingToSave, type TColumnChoices } from '../utils/column-mapping'
import { SaveMappingModal } from './save-mapping-modal'
import { feedback } from '@/lib/feedback'

type TProps = {
  type: TImportType
  columns: TImportJob['columns']
  choices: TColumnChoices
  onApply: (choices: TColumnChoices) => void
}

/** 套用已保存的映射 (a drop-down that applies one) and 保存映射 (names the current one). */
export const SavedMappings = ({ type, columns, choices, onApply }: TProps) => {
  const { t } = useTranslation('imports')
  const [saving, setSaving] = useState(false)
  const saved = useImportMappings(type)
  const toSave = mappingToSave(columns, choices)
  const items = saved.data?.items ?? []
  return (
    <>
      <Select<string>
        aria-label={t('mapping.apply')}
        placeholder={t('mapping.applyPlaceholder')}
        style={{ width: 200 }}
        value={null}
        loading={saved.isPending}
        options={items.map((m) => ({ value: m.id, label: m.name }))}
        notFoundContent={t('mapping.noSaved')}
        onChange={(id) => {
          const mapping = items.find((m) => m.id === id)
          if (!mapping) return
          onApply(applySavedMapping(columns, choices, mapping.mapping))
          feedback.info(t('mapping.applied', { name: mapping.name }))
        }}
      />
      <Button
        onClick={() => setSaving(true)}
        disabled={Object.keys(toSave).length === 0}
        title={Object.keys(toSave).length === 0 ? t('mapping.saveNothing') : undefined}
      >
        {t('mapping.save')}
      </Button>
      <SaveMappingModal
        type={type}
        mapping={saving ? toSave : null}
        onClose={() => setSaving(false)}
      />
    </>
  )
}
