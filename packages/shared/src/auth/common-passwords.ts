/**
 * Passwords and words that must not be (the base of) a password: the most common passwords in
 * Chinese and international leak lists, plus words tied to this system. Compared in lower case,
 * also after stripping digits and symbols (so `Admin@123` is caught through `admin`).
 */
export const commonPasswords: ReadonlySet<string> = new Set([
  '12345678', '123456789', '1234567890', '11111111', '00000000', '88888888', '66666666',
  '87654321', '12341234', '11223344', '147258369', '123123123', '5201314520', '1314520',
  'password', 'passw', 'passwd', 'qwerty', 'qwertyui', 'qwer', 'asdf', 'asdfgh', 'zxcv', 'abcd',
  'abcdefg', 'abcdefgh', 'iloveyou', 'admin', 'administrator', 'root', 'test', 'guest', 'user',
  'welcome', 'letmein', 'master', 'dragon', 'monkey', 'sunshine', 'princess', 'football',
  'woaini', 'wangyang', 'zhang', 'shequ', 'juwei', 'juweihui', 'dangjian', 'dangyuan',
  'community', 'records', 'changeme', 'default', 'system', 'manager', 'secret', 'super',
  'aaaa', 'qazwsx', 'qazwsxedc', 'zaq', 'xiaoming', 'china', 'beijing', 'shandong',
])
