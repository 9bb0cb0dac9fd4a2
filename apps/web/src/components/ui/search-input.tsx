import { SearchOutlined } from '@ant-design/icons'
import { Button, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { useEffect, useState } from 'react'
import { useDebouncedValue } from '@/hooks/use-debounced-value'

type TProps = {
  value: string | undefined
  onChange: (value: string | undefined) => void
  label: string
  placeholder?: string
  maxLength?: number
}

/**
 * A search box whose value lives in the URL. Typing updates the box at once and the URL
 * (hence the query) after a pause; Enter searches immediately.
 */
export const SearchInput = ({ value, onChange, label, placeholder, maxLength = 50 }: TProps) => {
  const { t } = useTranslation()
  const [text, setText] = useState(value ?? '')
  const settled = useDebouncedValue(text, 350)

  // Back/forward or "clear filters" change the URL: follow it. A URL change that merely
  // echoes what was typed is ignored, so it cannot undo keys typed since.
  const [seenValue, setSeenValue] = useState(value)
  if (value !== seenValue) {
    setSeenValue(value)
    if ((value ?? '') !== settled.trim()) setText(value ?? '')
  }
  useEffect(() => {
    const next = settled.trim() || undefined
    if (next !== (value || undefined)) onChange(next)
    // Only the settled text should trigger a search, not a URL change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled])

  return (
    <Input.Search
      aria-label={label}
      placeholder={placeholder}
      value={text}
      maxLength={maxLength}
      allowClear
      enterButton={
        <Button icon={<SearchOutlined aria-hidden />} aria-label={t('actions.search')} />
      }
      onChange={(e) => setText(e.target.value)}
      onSearch={(next) => onChange(next.trim() || undefined)}
      style={{ width: 260 }}
    />
  )
}
