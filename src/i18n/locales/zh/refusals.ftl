## 存储层的拒绝信息（写入操作在数据库中发现的情况）以及发件箱筛选条件的拒绝信息。
## $id：人员或城市的编号。

refusals-city-twice = 有一个城市被列入两次
refusals-no-city = 不存在编号为 { $id } 的城市
refusals-member-twice = 有一名成员被列入两次
refusals-no-user = 不存在编号为 { $id } 的用户
refusals-not-an-expert = 用户 { $id } 不是专家
refusals-user-disabled = 用户 { $id } 已停用
refusals-chair-not-member = 专家组组长（用户 { $id }）必须是专家组成员
# "chair": null 按原样输入（API 的 JSON 字段）。
refusals-chair-no-longer-member = 专家组组长（用户 { $id }）已不再是成员：请指定另一名成员担任组长，或发送 "chair": null 表示不设组长
# $state：周期状态（error-cycle-state-…）
refusals-panels-frozen = 专家组只能在评审开始前更改；周期当前处于“{ $state }”状态
refusals-cycle-stale = 该周期在此期间已被修改；请重新加载页面后重试
refusals-rating-stale = 您的评分在此期间已被修改（是否在另一个窗口中？）；请重新加载后重试
refusals-report-stale = 报告在此期间已被修改（在另一个窗口中或由同事修改）；请重新加载后重试
refusals-no-open-question = 秘书处对此数据没有未决问题
refusals-conflict-declared = 此利益冲突已申报
# $name：城市名称；$country：其国家代码（IE）
refusals-city-registered = { $name }（{ $country }）已登记
# $email：电子邮件地址
refusals-email-taken = 电子邮件地址为 { $email } 的用户已存在
refusals-identity-taken = 此账户已被关联，或该用户已有该登录服务提供方的账户

## 发件箱筛选条件。$value：输入的内容；$choices：应使用的代码，按原样输入。

refusals-outbox-status = `{ $value }` 不是有效状态；请使用以下之一：{ $choices }
refusals-outbox-kind = `{ $value }` 不是邮件类型；请使用以下之一：{ $choices }
refusals-outbox-before = 邮件编号（1 或以上）
refusals-outbox-limit = 每次 1 至 500 封邮件
# $status：pending、sending、sent、held 或 digested
refusals-outbox-not-failed = 只有发送失败的邮件才能重新发送；此邮件的状态为“{ $status ->
        [pending] 待发送
        [sending] 发送中
        [sent] 已发送
        [held] 已暂缓
        [digested] 已并入摘要
       *[other] { $status }
    }”（待发送的邮件会自动发出）

## 默认评分指引：秘书处未为某项指标撰写指引时，评分等级各级的含义（5 优秀 …… 1 差）。

refusals-guidance-default-5 = 已全面落实并在全市范围内持续开展，有明确的成果证据。
refusals-guidance-default-4 = 已落实并有效运行，有证据支持；在覆盖面或后续跟进方面略有不足。
refusals-guidance-default-3 = 已部分落实或刚刚启动，有部分成果的证据。
refusals-guidance-default-2 = 已有计划，或已小规模启动；成果证据很少。
refusals-guidance-default-1 = 尚未落实，或报告未提供相关证据。
