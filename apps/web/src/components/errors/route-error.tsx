import type { ErrorComponentProps } from '@tanstack/react-router'
import { useRouter } from '@tanstack/react-router'
import { ProblemResult } from './problem-result'

/** What a route shows when its loader/beforeLoad or its page throws. */
export const RouteError = ({ error, reset }: ErrorComponentProps) => {
  const router = useRouter()
  const retry = () => {
    reset()
    void router.invalidate()
  }
  return <ProblemResult error={error} onRetry={retry} showHomeLink />
}
