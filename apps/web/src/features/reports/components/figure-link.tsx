import { useRouter } from '@tanstack/react-router'
import type { MouseEvent, ReactNode } from 'react'

/**
 * A link to a figure's drill-down (`/statistics/<key>?asOf=…&from=…`). A plain href, so it opens
 * in a new tab as any link; a plain click navigates inside the app. The drill-down page is the
 * dashboard's: this feature knows its address only (features never import each other).
 */
export const FigureLink = ({
  href,
  label,
  children,
}: {
  href: string
  label: string
  children: ReactNode
}) => {
  const router = useRouter()
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    void router.navigate({ href })
  }
  return (
    <a href={href} onClick={onClick} aria-label={label}>
      {children}
    </a>
  )
}
