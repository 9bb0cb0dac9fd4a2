import { createLink } from '@tanstack/react-router'
import { Button, type ButtonProps } from 'antd'

/**
 * A router link that looks like an antd button: a real <a href> (so it can be opened in a new
 * tab and announced as a link), never a <button> inside an <a>.
 */
const AnchorButton = (props: ButtonProps & { href?: string }) => <Button {...props} />

export const ButtonLink = createLink(AnchorButton)
