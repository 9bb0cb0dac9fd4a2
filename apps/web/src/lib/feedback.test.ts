import { describe, expect, it } from 'vitest'
import { feedback, onFeedbackWanted, provideFeedback, type TFeedbackApi } from './feedback'

describe('feedback (antd message and confirm, mounted when needed)', () => {
  it('mounts the host when something is said before it is there, then says it, in order', async () => {
    const said: string[] = []
    let mounts = 0
    onFeedbackWanted(() => (mounts += 1))
    feedback.success('已保存')
    feedback.info('已应用')
    expect(mounts).toBeGreaterThan(0)
    expect(said).toEqual([])
    // antd's instances, as FeedbackHost hands them over (only what is called here).
    const api = {
      message: {
        success: (text: string) => said.push(`success ${text}`),
        info: (text: string) => said.push(`info ${text}`),
        error: (text: string) => said.push(`error ${text}`),
      },
      modal: { confirm: (config: { title: string }) => said.push(`confirm ${config.title}`) },
    } as unknown as TFeedbackApi
    provideFeedback(api)
    await Promise.resolve()
    expect(said).toEqual(['success 已保存', 'info 已应用'])
    feedback.confirm({ title: '确认迁出？' })
    feedback.error('删除失败')
    expect(said.slice(2)).toEqual(['confirm 确认迁出？', 'error 删除失败'])
  })
})
