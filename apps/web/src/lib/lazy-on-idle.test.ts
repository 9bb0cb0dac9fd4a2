import { createElement, type ComponentType } from 'react'
import { prerender } from 'react-dom/static'
import { describe, expect, it } from 'vitest'
import { lazyOnIdle } from './lazy-on-idle'

const html = async (element: ReturnType<typeof createElement>): Promise<string> => {
  const { prelude } = await prerender(element)
  return new Response(prelude).text()
}

type TProps = { name: string }
const Hello: ComponentType<TProps> = ({ name }) => createElement('p', null, `你好，${name}`)
const Offline: ComponentType<TProps> = ({ name }) => createElement('p', null, `离线：${name}`)

describe('lazyOnIdle', () => {
  it('renders the component once its module is there, with the props given', async () => {
    const Lazy = lazyOnIdle<TProps>(() => Promise.resolve(Hello), Offline)
    expect(await html(createElement(Lazy, { name: '张三' }))).toContain('你好，张三')
  })

  it('shows the offline stand-in when the module cannot be fetched (an error page offline)', async () => {
    const Lazy = lazyOnIdle<TProps>(() => Promise.reject(new Error('offline')), Offline)
    expect(await html(createElement(Lazy, { name: '张三' }))).toContain('离线：张三')
  })

  it('fetches the module once, however often it is shown', async () => {
    let fetched = 0
    const Lazy = lazyOnIdle<TProps>(() => {
      fetched += 1
      return Promise.resolve(Hello)
    })
    await html(createElement(Lazy, { name: '甲' }))
    await html(createElement(Lazy, { name: '乙' }))
    expect(fetched).toBe(1)
  })
})
