import { Suspense, lazy, useEffect, useState } from 'react'
import { onFeedbackWanted } from '@/lib/feedback'
import { whenIdle } from '@/lib/when-idle'

const FeedbackHost = lazy(() =>
  import('./feedback-host').then((m) => ({ default: m.FeedbackHost })),
)

/**
 * Where antd's message and confirm live, inside the theme (`app/providers.tsx`): mounted when
 * the browser is idle after start, or at once when the app has something to say before that.
 */
export const FeedbackMount = () => {
  const [mounted, setMounted] = useState(false)
  useEffect(() => {
    const mount = () => setMounted(true)
    onFeedbackWanted(mount)
    whenIdle(mount)
  }, [])
  return mounted ? (
    <Suspense fallback={null}>
      <FeedbackHost />
    </Suspense>
  ) : null
}
