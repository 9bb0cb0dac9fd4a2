import type { ModalFuncProps } from 'antd'
import type { MessageInstance } from 'antd/es/message/interface'
import type { HookAPI } from 'antd/es/modal/useModal'

/** A message's text, or antd's message options (`key` to replace an earlier one, `duration`). */
type TContent = Parameters<MessageInstance['success']>[0]

/** antd's message and confirm, as mounted in the app's theme by `FeedbackHost`. */
export type TFeedbackApi = { message: MessageInstance; modal: HookAPI }

let current: TFeedbackApi | undefined
let provideFirst: (api: TFeedbackApi) => void = () => undefined
const first = new Promise<TFeedbackApi>((resolve) => {
  provideFirst = resolve
})
let mountHost: (() => void) | undefined
let wanted = false

/** `FeedbackHost` hands over antd's message and confirm once they are mounted. */
export const provideFeedback = (api: TFeedbackApi): void => {
  current = api
  provideFirst(api)
}

/** `FeedbackMount` says how to mount the host at once (when something is said before idle). */
export const onFeedbackWanted = (mount: () => void): void => {
  mountHost = mount
  if (wanted) mount()
}

const withFeedback = (say: (api: TFeedbackApi) => void): void => {
  if (current) return say(current)
  wanted = true
  mountHost?.()
  void first.then(() => current && say(current))
}

/**
 * What the app says after an action (保存成功, 已删除) and the confirmation before a step that
 * cannot be undone. antd's message and modal are not in the first load (the bundle budget,
 * ARCHITECTURE.md "The web build"): they are mounted when the browser is idle, or at the first
 * word if that comes sooner, which then waits for them.
 */
export const feedback = {
  success: (content: TContent): void => withFeedback((api) => void api.message.success(content)),
  info: (content: TContent): void => withFeedback((api) => void api.message.info(content)),
  error: (content: TContent): void => withFeedback((api) => void api.message.error(content)),
  /** A message that stays until another with the same `key` replaces it (an export's progress). */
  loading: (content: TContent): void => withFeedback((api) => void api.message.loading(content)),
  confirm: (config: ModalFuncProps): void => withFeedback((api) => void api.modal.confirm(config)),
}
