import { EyeOutlined } from '@ant-design/icons'
import { Button, Space } from 'antd'

type TProps = {
  masked: string | null
  /** The reveal button's text; absent for users without resident:reveal (viewers). */
  revealLabel?: string
  onReveal: () => void
}

/** A masked identifier and, for those allowed, the button that asks to see it whole. */
export const MaskedValue = ({ masked, revealLabel, onReveal }: TProps) => (
  <Space size={4} wrap>
    <span className="mono">{masked ?? '—'}</span>
    {masked && revealLabel && (
      <Button type="link" size="small" icon={<EyeOutlined aria-hidden />} onClick={onReveal}>
        {revealLabel}
      </Button>
    )}
  </Space>
)
