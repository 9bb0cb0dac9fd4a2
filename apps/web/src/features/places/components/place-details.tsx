import { Card, Empty } from 'antd'
import { useTranslation } from 'react-i18next'
import type { TPlaceSelection } from '../utils/places-search'
import { BuildingDetails } from './building-details'
import { CommitteeDetails } from './committee-details'
import { DwellingDetails } from './dwelling-details'
import type { TPlaceModal } from './place-modals'

type TProps = {
  selection: TPlaceSelection
  onSelect: (selection: TPlaceSelection) => void
  onOpen: (modal: TPlaceModal) => void
}

/** The right-hand side: whatever the tree (or the URL) selects. */
export const PlaceDetails = ({ selection, onSelect, onOpen }: TProps) => {
  const { t } = useTranslation('places')
  switch (selection.kind) {
    case 'committee':
      return <CommitteeDetails key={selection.id} committeeId={selection.id} onSelect={onSelect} />
    case 'building':
      return (
        <BuildingDetails
          key={selection.id}
          buildingId={selection.id}
          onSelect={onSelect}
          onOpen={onOpen}
        />
      )
    case 'dwelling':
      return (
        <DwellingDetails
          key={selection.id}
          dwellingId={selection.id}
          onSelect={onSelect}
          onOpen={onOpen}
        />
      )
    default:
      return (
        <Card size="small">
          <Empty
            description={
              <>
                <div style={{ fontWeight: 500 }}>{t('select.title')}</div>
                <div>{t('select.hint')}</div>
              </>
            }
          />
        </Card>
      )
  }
}
