import { describe, expect, it } from 'vitest'
import { checkPassword } from './password-policy.ts'

describe('password policy', () => {
  it.each([
    ['short', 'Ab1#', 'password_too_short'],
    ['too long', `Aa1#${'x'.repeat(61)}`, 'password_too_long'],
    ['two classes only', 'abcdefgh12', 'password_classes'],
    ['common base word', 'Admin@2026', 'password_common'],
    ['common whole', 'Password', 'password_classes'],
  ])('dengbao refuses a %s password', (_name, password, code) => {
    expect(checkPassword(password, 'dengbao')).toBe(code)
  })

  it('dengbao accepts three classes of eight or more characters', () => {
    expect(checkPassword('Shequ-2026#safe', 'dengbao')).toBeNull()
    expect(checkPassword('juweihao-7R', 'dengbao')).toBeNull()
  })

  it('asvs has no composition rule but keeps length and the blocklist', () => {
    expect(checkPassword('correct horse battery', 'asvs')).toBeNull()
    expect(checkPassword('lanhua0713', 'asvs')).toBeNull()
    expect(checkPassword('password', 'asvs')).toBe('password_common')
    expect(checkPassword('short', 'asvs')).toBe('password_too_short')
  })

  it('refuses a password that contains the username', () => {
    expect(checkPassword('Zhangsan#2026', 'dengbao', { username: 'zhangsan' })).toBe(
      'password_contains_username',
    )
  })
})
