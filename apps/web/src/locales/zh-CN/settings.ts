import { passwordPolicyLabels } from '@cr/shared/labels/value-labels'

export const settings = {
  title: '系统设置',
  description: '这些设置影响全体用户，每次修改都会记入审计日志。',
  officeName: {
    legend: '单位名称',
    intro: '印在每一张打印表格的抬头和年度工作总结的标题上。',
    name: '单位名称',
    placeholder: '例如：某某社区管委会',
    help: '不超过 60 个字；留空则表格只印标题。',
  },
  passwordPolicy: {
    legend: '密码策略',
    intro:
      '两种策略都要求密码 8-64 位，并拒绝常见密码和包含用户名的密码。新策略从下一次设置或修改密码时开始生效，已有密码不受影响。',
  },
  policies: {
    dengbao: {
      name: passwordPolicyLabels.dengbao.zh,
      description:
        '网络安全等级保护 2.0 测评的常见要求：包含大写字母、小写字母、数字、符号中的至少三类，每 90 天必须更换一次。需要通过等保测评的单位选择此项。',
    },
    asvs: {
      name: passwordPolicyLabels.asvs.zh,
      description:
        'OWASP 应用安全验证标准 5.0：不要求字符种类，也不定期强制更换，鼓励使用较长、好记的短语。更符合现行安全研究，但可能与等保测评的惯例不一致。',
    },
  },
  importRetention: {
    legend: '导入文件保留期限',
    intro:
      '上传的台账含有完整身份证号，系统加密保存，只用于重新检查、确认导入和下载错误报告。上传满这些天后原文件自动删除：导入任务和它的统计、问题明细仍然保留，已完成的导入仍可撤销。',
    days: '保留天数',
    unit: '天',
    help: '1 至 365 天，默认 {{days}} 天。缩短后，已超过新期限的文件会在一小时内删除。',
  },
  subsidies: {
    legend: '临时救助与民主评议',
    intro:
      '临时救助的金额上限按救助当月的低保标准乘以月数计算；紧急程序先行救助后，须在规定的工作日内补办审批。民主评议须到会人数和同意人数都达到规定比例才算通过。',
    limitMonths: '临时救助上限',
    limitUnit: '个月低保标准',
    limitHelp: '1 至 24 个月，默认 {{months}} 个月。',
    urgentDays: '紧急程序补办期限',
    urgentUnit: '个工作日',
    urgentHelp: '1 至 30 个工作日（节假日不计），默认 {{days}} 个。',
    present: '到会比例',
    agree: '同意比例（占到会人数）',
    ruleHelp: '以分数表示，如 2/3；默认三分之二到会、到会者三分之二同意。',
    numerator: '分子',
    denominator: '分母',
  },
  saved: '设置已保存',
} as const
