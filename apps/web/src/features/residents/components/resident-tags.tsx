import { Space, Tag } from 'antd'
import { residentStatusLabels, type TResidentStatus } from '@cr/shared/residents/life-event'
import type { TResident } from '@cr/shared/residents/resident'
import {
  populationCategoryLabels,
  residentTagLabels,
  type TPopulationCategory,
} from '@cr/shared/residents/resident-codes'
import { useTranslation } from 'react-i18next'
import { pickLabel } from '@/lib/language'

const categoryColors: Record<TPopulationCategory, string> = {
  registered: 'blue',
  permanent: 'cyan',
  temporary: 'orange',
  floating: 'gold',
  separated: 'purple',
}

/** 户籍人口 / 流动人口 … as a coloured tag. */
export const CategoryTag = ({ category }: { category: TPopulationCategory }) => {
  const { i18n } = useTranslation()
  return (
    // Long English labels wrap inside a narrow column instead of spilling over the next one.
    <Tag color={categoryColors[category]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
      {pickLabel(populationCategoryLabels[category], i18n.language)}
    </Tag>
  )
}

const statusColors: Record<TResidentStatus, string> = {
  active: 'green',
  moved_out: 'default',
  deceased: 'default',
  missing: 'orange',
  enlisted: 'blue',
  imprisoned: 'orange',
}

/** 在册 / 已迁出 / 已死亡 … as a tag. */
export const StatusTag = ({ status }: { status: TResidentStatus }) => {
  const { i18n } = useTranslation()
  return (
    <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }}>
      {pickLabel(residentStatusLabels[status], i18n.language)}
    </Tag>
  )
}

/** 老年 · 低保 · 独居 …; a dash when there are none. */
export const ResidentTagList = ({ tags }: { tags: TResident['tags'] }) => {
  const { i18n } = useTranslation()
  if (tags.length === 0) return <>—</>
  return (
    <Space size={[0, 4]} wrap>
      {tags.map((tag) => (
        <Tag key={tag}>{pickLabel(residentTagLabels[tag], i18n.language)}</Tag>
      ))}
    </Space>
  )
}
