export const auth = {
  login: {
    title: '登录',
    subtitle: '社区管委会 · 党工委 工作台',
    username: '用户名',
    password: '密码',
    submit: '登录',
    locked: '连续登录失败次数过多，账户已临时锁定，请 {{minutes}} 分钟后再试。',
    lockedNoTime: '连续登录失败次数过多，账户已临时锁定，请稍后再试。',
    sessionEnded: '登录已失效，请重新登录。',
    shared: '公用电脑用完请退出登录。',
  },
  changePassword: {
    title: '修改密码',
    required: '首次登录或密码已过期，请先设置新密码后再继续使用。',
    currentPassword: '当前密码',
    newPassword: '新密码',
    confirmPassword: '确认新密码',
    mismatch: '两次输入的新密码不一致',
    submit: '保存新密码',
    done: '密码已修改',
    back: '返回',
  },
} as const
