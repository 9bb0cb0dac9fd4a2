import { Input } from 'antd'
import { useState } from 'react'
import type { TFieldA11y } from '@/components/ui/form/form-field'

type TProps = Partial<TFieldA11y> & {
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
}

/** 370521********1234: a number shown whole only while it is typed. */
const masked = (value: string) =>
  value.length >= 15
    ? `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`
    : value

/** An ID number typed from a card held up at night: masked once the field is left. */
export const MaskedIdInput = ({ value, onChange, onBlur, ...rest }: TProps) => {
  const [editing, setEditing] = useState(false)
  return (
    <Input
      {...rest}
      autoComplete="off"
      maxLength={18}
      value={editing ? value : masked(value)}
      onFocus={() => setEditing(true)}
      onBlur={() => (setEditing(false), onBlur?.())}
      onChange={(e) => onChange(e.target.value)}
    />
  )
}
