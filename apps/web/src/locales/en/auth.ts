import type { auth as zh } from '../zh-CN/auth'
import type { TMessages } from '../types'

export const auth: TMessages<typeof zh> = {
  login: {
    title: 'Sign in',
    subtitle: 'Community management committee workspace',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    locked: 'Too many failed sign-ins. The account is locked; try again in {{minutes}} minutes.',
    lockedNoTime: 'Too many failed sign-ins. The account is locked for a while.',
    sessionEnded: 'Your session has ended; please sign in again.',
    shared: 'On a shared computer, sign out when you are done.',
  },
  changePassword: {
    title: 'Change password',
    required:
      'This is your first sign-in or your password has expired: set a new password to continue.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Repeat the new password',
    mismatch: 'The two new passwords differ',
    submit: 'Save new password',
    done: 'Password changed',
    back: 'Back',
  },
}
