import { SearchOutlined } from '@ant-design/icons'
import { Button, Input } from 'antd'
import { normalizeIdNumber } from '@cr/shared/validators/id-number'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDebouncedValue } from '@/hooks/use-debounced-value'
import { isIdNumberLike } from '@/lib/id-number-text'

type TProps = {
  /** The URL's `q` (never a whole ID number). */
  value: string | undefined
  onChange: (q: string | undefined) => void
  /** (Part of) an ID number typed into the box: searched by POST, kept out of the URL. */
  onIdNumber: (idNumber: string | null) => void
}

/**
 * Search as you type: the text settles for a moment, then becomes the URL's `q` — unless it is
 * (part of) an ID number, which goes to `onIdNumber` and clears `q` instead.
 */
export const ResidentSearchInput = ({ value, onChange, onIdNumber }: TProps) => {
  const { t } = useTranslation(['residents', 'common'])
  const [text, setText] = useState(value ?? '')
  const settled = useDebouncedValue(text, 350)

  // Back/forward or "reset filters" change the URL: follow it, unless it echoes what was typed.
  const [seenValue, setSeenValue] = useState(value)
  if (value !== seenValue) {
    setSeenValue(value)
    if ((value ?? '') !== settled.trim() && !isIdNumberLike(settled)) setText(value ?? '')
  }

  const submit = (raw: string) => {
    const next = raw.trim()
    if (isIdNumberLike(next)) {
      onIdNumber(normalizeIdNumber(next))
      if (value) onChange(undefined)
      return
    }
    onIdNumber(null)
    if ((next || undefined) !== (value || undefined)) onChange(next || undefined)
  }
  useEffect(() => {
    submit(settled)
    // Only the settled text triggers a search, not a URL change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled])

  return (
    <Input.Search
      aria-label={t('searchLabel')}
      placeholder={t('searchPlaceholder')}
      value={text}
      maxLength={30}
      allowClear
      enterButton={
        <Button icon={<SearchOutlined aria-hidden />} aria-label={t('common:actions.search')} />
      }
      onChange={(e) => setText(e.target.value)}
      onSearch={submit}
      style={{ width: 280 }}
    />
  )
}
