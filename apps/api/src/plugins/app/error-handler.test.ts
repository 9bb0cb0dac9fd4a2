import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

describe('errors the router finds before any route runs', () => {
  it('answers a URL that is not valid percent-encoding with problem+json, echoing nothing', async () => {
    const response = await t().app.inject({
      method: 'GET',
      url: '/api/v1/residents/%ED%A0%80',
      headers: { 'accept-language': 'en' },
    })
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(response.json()).toMatchObject({ code: 'bad_request', title: 'Malformed request' })
    expect(response.body).not.toContain('residents')
  })

  it('answers a path parameter over the router’s length limit with a 414 problem', async () => {
    const response = await t().app.inject({
      method: 'GET',
      url: `/api/v1/committees/${'a'.repeat(150)}`,
    })
    expect(response.statusCode).toBe(414)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(response.json()).toMatchObject({ code: 'uri_too_long', requestId: expect.any(String) })
    expect(response.body).not.toContain('aaaa')
  })
})
