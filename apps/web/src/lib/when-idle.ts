/**
 * Runs `work` when the browser has nothing better to do (at the latest after 5 s): fetching
 * what a later page or dialog will need without slowing the page being shown.
 */
export const whenIdle = (work: () => void): void => {
  if (typeof window === 'undefined') return
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(work, { timeout: 5000 })
  else setTimeout(work, 1500)
}
