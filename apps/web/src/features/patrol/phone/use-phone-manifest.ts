import { useEffect } from 'react'

/**
 * Links the patrol web manifest (public/patrol/manifest.webmanifest: 社区巡逻, start_url
 * /m/patrol, standalone) while the phone frame is shown, so a member can add the page to the home
 * screen; the office pages never link it, so the office app is not offered as the patrol app.
 */
export const usePhoneManifest = () => {
  useEffect(() => {
    const link = document.createElement('link')
    link.rel = 'manifest'
    link.href = '/patrol/manifest.webmanifest'
    const theme = document.createElement('meta')
    theme.name = 'theme-color'
    theme.content = '#12263a'
    document.head.append(link, theme)
    return () => {
      link.remove()
      theme.remove()
    }
  }, [])
}
