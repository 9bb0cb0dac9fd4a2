export const usage = `社区事务台账 命令行工具：通过 REST API 导入、导出台账

用法：
  pnpm cli import <类型> <文件> [选项]      类型：residents、party-members、co-building-units、
                                    rental-contracts（治安责任书）、temporary-residents（暂住人口）、
                                    subsidy-cases（低保花名册）、patrol-register（巡逻登记簿）
      --dry-run                     只检查，不写入
      --on-conflict skip|update     身份证号已登记的人：跳过（默认）或更新
      --all-or-nothing              有任何无效行就不写入（默认）
      --skip-invalid                只写入有效行
      --committee <编号或名称>      表中没有“居委会”列时，行所属的居委会
                                    （党员花名册只用于尚未登记的人；不选时按家庭住址找；
                                    出租房屋、暂住人口台账不选时按责任书编号或地址找）
      --mapping <JSON 文件 或 '表头=字段,…'>
                                    纠正列的含义；'表头=' 表示忽略该列
  pnpm cli export <类型> --out <文件> [--format xlsx|csv]
      [--committee …] [--category …] [--tag …] [--status …] [--q …]
                                    --status：居民状态，默认只导出在册人口；
                                    moved_out、deceased、missing、enlisted、imprisoned 或 all

通用选项：
  --server <URL>   服务器地址（环境变量 CR_SERVER，默认 http://localhost:3000）
  --token <令牌>   API 令牌（环境变量 CR_TOKEN；建议用环境变量，命令行参数会留在历史记录里）
  -h, --help       显示本说明

退出码：0 全部成功；1 有行被拒绝或任务失败；2 用法错误、无法连接服务器或认证失败
`
