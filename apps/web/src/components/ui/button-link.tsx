import { createLink } from '@tanstack/react-router'
import { Button, type ButtonProps } from 'antd'

type TAnchorButtonProps = Omit<ButtonProps, 'type'> & {
  href?: string
  /**
   * antd's `type` (primary, link…) under another name: a created link drops a `type` prop
   * before its host sees it (it is the anchor's MIME type to the router), so
   * `<ButtonLink type="primary">` drew a default button.
   */
  kind?: ButtonProps['type']
}

/**
 * A router link that looks like an antd button: a real <a href> (so it can be opened in a new
 * tab and announced as a link), never a <button> inside an <a>.
 */
const AnchorButton = ({ kind, ...props }: TAnchorButtonProps) => <Button {...props} type={kind} />

export const ButtonLink = createLink(AnchorButton)
