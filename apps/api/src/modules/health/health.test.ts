import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

describe('health', () => {
  it('answers liveness without a session', async () => {
    const response = await t().app.inject({ method: 'GET', url: '/api/health' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok' })
    expect(response.headers['x-request-id']).toBeTruthy()
    expect(response.headers['cache-control']).toBe('no-store')
  })

  it('answers readiness when the database answers', async () => {
    const response = await t().app.inject({ method: 'GET', url: '/api/health/ready' })
    expect(response.statusCode).toBe(200)
  })

  it('echoes a well-formed request id from the client', async () => {
    const response = await t().app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'abc-12345678' },
    })
    expect(response.headers['x-request-id']).toBe('abc-12345678')
  })

  it('sends security headers', async () => {
    const response = await t().app.inject({ method: 'GET', url: '/api/health' })
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['content-security-policy']).toContain("default-src 'self'")
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN')
  })

  it('answers unknown API paths with a problem document', async () => {
    const response = await t().app.inject({ method: 'GET', url: '/api/v1/nope' })
    expect(response.statusCode).toBe(404)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.json()).toMatchObject({
      status: 404,
      code: 'route_not_found',
      title: '接口不存在',
    })
  })

  // Last in the file: it stops this app's job queue.
  it('is not ready (503) once the job queue stops, and says so', async () => {
    await t().app.jobs.stop()
    const response = await t().app.inject({ method: 'GET', url: '/api/health/ready' })
    expect(response.statusCode).toBe(503)
    expect(response.headers['retry-after']).toBe('5')
    expect(response.json()).toMatchObject({ code: 'job_queue_unavailable' })
  })
})
