import { useProblemText } from '@/components/errors/use-problem-text'

/** What the sign-in page may have to say above the form. */
export type TLoginAlertProps =
  { kind: 'info' | 'warning'; text: string } | { kind: 'problem'; error: unknown }

/** The same notice as plain text, should the Alert's code fail to load (the network is gone). */
export const LoginAlertPlain = (props: TLoginAlertProps) => {
  const problem = useProblemText(props.kind === 'problem' ? props.error : undefined)
  return (
    <div role="alert" className="login-alert-plain">
      {props.kind === 'problem' ? problem.title : props.text}
    </div>
  )
}
