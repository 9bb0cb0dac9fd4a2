import { Suspense, lazy, type ComponentType, type ReactElement } from 'react'
import { whenIdle } from './when-idle'

/**
 * A component the first page does not show at once (an error page, a dialog), kept out of the
 * first load (the bundle budget, ARCHITECTURE.md "The web build"): fetched when the browser is
 * idle after start, or when first rendered if that comes sooner. An error page must still show
 * when the network is gone, so `offline` (small, in the first load) stands in should the fetch
 * fail; without it the failure reaches the nearest error boundary.
 */
export const lazyOnIdle = <TProps extends object>(
  load: () => Promise<ComponentType<TProps>>,
  offline?: ComponentType<TProps>,
): ((props: TProps) => ReactElement) => {
  let loading: Promise<{ default: ComponentType<TProps> }> | undefined
  const start = () =>
    (loading ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        if (offline) return { default: offline }
        loading = undefined
        throw error
      },
    ))
  whenIdle(() => void start().catch(() => undefined))
  const Lazy = lazy(start)
  const LazyOnIdle = (props: TProps) => (
    <Suspense fallback={null}>
      <Lazy {...props} />
    </Suspense>
  )
  return LazyOnIdle
}
