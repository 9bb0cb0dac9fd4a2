import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Space } from 'antd'
import { useState, type Key } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '@/components/ui/page-header'
import { useCan, useMe } from '@/lib/auth'
import {
  selectionOf,
  searchOf,
  type TPlaceSelection,
  type TPlacesSearch,
} from '../utils/places-search'
import { selectionKey, treeKey, type TTreeNodeRef } from '../utils/tree-keys'
import { PlaceDetails } from './place-details'
import { PlaceModals, type TPlaceModal } from './place-modals'
import { PlacesTree } from './places-tree'
import { PlacesExportButton } from './places-export-button'
import { useExpandToSelection, useSelectionPath } from './use-selection-path'

type TProps = { search: TPlacesSearch; onSearchChange: (next: TPlacesSearch) => void }

/** 房屋: the tree on the left, the selected node's details on the right. */
export const PlacesPage = ({ search, onSearchChange }: TProps) => {
  const { t } = useTranslation('places')
  const me = useMe()
  const canWrite = useCan('registry:write')
  const selection = selectionOf(search)
  const [modal, setModal] = useState<TPlaceModal | null>(null)
  // With one committee there is nothing to choose: open it.
  const [expandedKeys, setExpandedKeys] = useState<Key[]>(() =>
    me.committees.length === 1 && me.committees[0] ? [treeKey.committee(me.committees[0].id)] : [],
  )
  // What 新建… starts from: the selected committee or building, when there is one.
  const path = useSelectionPath(selection)
  useExpandToSelection(selection, path, setExpandedKeys)
  const select = (next: TPlaceSelection) => onSearchChange(searchOf(next))
  const onTreeSelect = (ref: TTreeNodeRef) => {
    if (ref.kind !== 'unit') return select(ref)
    const key = treeKey.unit(ref.buildingId, ref.unit)
    setExpandedKeys((keys) => (keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key]))
  }
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Space>
            <PlacesExportButton path={path} />
            {canWrite && (
              <>
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => setModal({ kind: 'building', committeeId: path.committeeId })}
                >
                  {t('createBuilding')}
                </Button>
                <Button
                  type="primary"
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => setModal({ kind: 'dwelling', buildingId: path.buildingId })}
                >
                  {t('createDwelling')}
                </Button>
              </>
            )}
          </Space>
        }
      />
      <div className="places-layout">
        <Card
          size="small"
          title={<h2 className="card-title">{t('tree.title')}</h2>}
          className="places-tree-card"
        >
          <PlacesTree
            selectedKey={selectionKey(selection)}
            expandedKeys={expandedKeys}
            onExpand={setExpandedKeys}
            onSelect={onTreeSelect}
          />
        </Card>
        <div className="places-details">
          <PlaceDetails selection={selection} onSelect={select} onOpen={setModal} />
        </div>
      </div>
      <PlaceModals modal={modal} onClose={() => setModal(null)} onSelect={select} />
    </>
  )
}
