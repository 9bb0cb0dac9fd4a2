import { DownOutlined, ExportOutlined, PrinterOutlined } from '@ant-design/icons'
import { useNavigate } from '@tanstack/react-router'
import { Button, Dropdown, Space } from 'antd'
import type { TExportFormat } from '@cr/shared/imports/import-job'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { printSelectionState } from '@/lib/print-selection'
import { isProblemError } from '@/lib/problem'
import { feedback } from '@/lib/feedback'

const formats: TExportFormat[] = ['xlsx', 'csv']

type TProps = {
  /** The list's API path: `residents`, `party-members`. */
  list: string
  ids: string[]
  /** The list's sort as the page sends it: the file keeps the list's order. */
  sort?: string
  /** The list's print page for a selection (`paths.residentsSelectionPrint`). */
  printPath: string
}

/**
 * 导出所选 ▾ (Excel / CSV) and 打印所选 in a list's batch bar. The export is a POST of the ids
 * (`POST /<list>/export`), its code loaded on click; 打印所选 opens the list's print page with the
 * ids in the history entry's state (500 ids do not fit a URL). Batch bars load this component
 * lazily, when a row is first selected, so a list page's first load does not carry it.
 */
export const SelectionActions = ({ list, ids, sort, printPath }: TProps) => {
  const { t } = useTranslation('common')
  const navigate = useNavigate()
  const [exporting, setExporting] = useState(false)
  const exportAs = async (format: TExportFormat) => {
    setExporting(true)
    const key = `selection-export-${list}`
    feedback.loading({ key, content: t('selection.exporting', { count: ids.length }) })
    try {
      const { downloadSelection } = await import('@/lib/download-selection')
      await downloadSelection(list, { ids, sort, format })
      feedback.success({ key, content: t('selection.exported', { count: ids.length }) })
    } catch (error) {
      const reason = isProblemError(error) ? error.title : String(error)
      feedback.error({ key, content: t('selection.exportFailed', { reason }) })
    } finally {
      setExporting(false)
    }
  }
  const print = () =>
    void navigate({
      to: printPath,
      state: printSelectionState({ ids, ...(sort ? { sort } : {}) }) as never,
    })
  return (
    <Space wrap>
      <Dropdown
        trigger={['click']}
        disabled={exporting}
        menu={{
          'aria-label': t('selection.exportMenu', { count: ids.length }),
          items: formats.map((format) => ({
            key: format,
            label: t(`export.${format}`),
            title: t('selection.exportHint'),
          })),
          onClick: ({ key }) => void exportAs(key as TExportFormat),
        }}
      >
        <Button size="small" icon={<ExportOutlined aria-hidden />} loading={exporting}>
          {t('selection.export')} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      <Button size="small" icon={<PrinterOutlined aria-hidden />} onClick={print}>
        {t('selection.print')}
      </Button>
    </Space>
  )
}
