import { Alert } from 'antd'

export type TIdSearchNoticeProps = {
  /** `typing`: a number still being typed; `invalid`: not an ID number; `active`: searching by one. */
  state: 'typing' | 'invalid' | 'active'
  text: string
}

/** What the residents list says while it is searched by ID number (loaded when idle). */
export const IdSearchNotice = ({ state, text }: TIdSearchNoticeProps) => (
  <Alert
    type={state === 'invalid' ? 'error' : 'info'}
    showIcon
    role={state === 'invalid' ? 'alert' : 'status'}
    title={text}
    style={state === 'active' ? { marginBottom: 12 } : undefined}
  />
)
