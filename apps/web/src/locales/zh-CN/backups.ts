export const backups = {
  title: '备份与恢复',
  description:
    '整个数据库的加密备份：可立即备份，服务器也按计划自动备份。恢复在命令行进行（见说明）。',
  backupNow: '立即备份',
  made: '备份完成：{{name}}',
  list: '备份文件',
  empty: '还没有备份',
  columns: { createdAt: '时间', name: '文件', size: '大小', rows: '记录数', status: '状态' },
  status: { ok: '完整', unreadable: '无法读取' },
  where:
    '备份文件位于服务器的 {{directory}}。请定期复制到另一台电脑或移动硬盘：本机损坏时，本机上的备份也会一同丢失。',
  keyPassphrase:
    '备份已用备份口令（BACKUP_PASSPHRASE）加密。没有这个口令，任何人（包括本单位）都无法读取备份。',
  keyFile:
    '备份已用备份密钥文件（BACKUP_KEY_FILE）加密。没有这个文件，任何人（包括本单位）都无法读取备份。',
  noKey:
    '服务器未设置备份口令或密钥文件（BACKUP_PASSPHRASE 或 BACKUP_KEY_FILE），无法创建备份。请联系系统管理员设置。',
  fieldKeysTitle: '身份证号的密钥不在备份中',
  fieldKeys:
    '身份证号用字段密钥加密，密钥保存在 {{location}}，不随备份保存。请把密钥另行妥善保管（与备份分开存放）。只有备份而没有密钥时，恢复后的系统能显示全部记录，但无法显示身份证号。',
  restoreTitle: '如何恢复',
  restore:
    '在新电脑或新文件夹上运行：pnpm restore <备份文件> --data-dir <新文件夹>，并提供备份口令；再把字段密钥（导出的 field-keys.json）复制到新文件夹后启动系统。',
  export: {
    cardTitle: '导出字段密钥',
    button: '导出密钥…',
    available:
      '管理员可以把当前的字段密钥（版本 {{version}}）导出一次，保存为 field-keys.json 文件。恢复备份时把它放回数据文件夹，系统才能显示身份证号。',
    taken:
      '当前的字段密钥（版本 {{version}}）已由 {{who}} 于 {{when}} 导出。每个版本只能导出一次；轮换密钥（pnpm keys:rotate）后可再导出新版本。',
    rotating:
      '密钥轮换后，旧版本加密的数据正在后台重新加密；完成前请保留旧版本的密钥。身份证号的查询不受影响，导入会等待完成后再开始。',
    title: '导出字段密钥',
    what: '这个文件是解开全部身份证号、手机号和银行账号的钥匙，只能导出一次。',
    apart:
      '请把它存放在与备份不同的地方（例如单独的加密 U 盘或保险柜），不要和备份文件放在一起，也不要通过聊天软件或邮件发送。只有备份而没有这个文件时，恢复后的系统无法显示身份证号。',
    password: '请再次输入您的登录密码',
    submit: '确认导出',
    done: '密钥文件 field-keys.json 已下载，请立即妥善保管',
  },
}
