## 谁可以做什么，以及应用程序自身的检查。

error-secretariat-only = 只有秘书处可以执行此操作
error-actions-own-city-only = 只有本市用户才能撰写本市的行动计划
# $code: a measurement's code
error-actions-no-score = { $code } 在本周期没有已发布的分数
error-cities-register-forbidden = 您的角色无权查阅城市名录
error-cities-institutions-forbidden = 城市的机构由该市用户和秘书处登记
error-experts-profiles-forbidden = 专家资料仅供秘书处和专家查阅
error-experts-conflict-reason = 请说明理由，长度为 1 至 1000 个字符
# $value: what was typed
error-experts-city-unknown = 网络中没有名为 `{ $value }` 的城市；如果您所在城市不属于该网络，请将此栏留空
# $name: a city's name; IE is an example of a country code
error-experts-city-ambiguous = 有多个城市名为 `{ $name }`：请加上其国家代码，例如 `{ $name }, IE`
error-profile-forbidden = 城市概况仅供该市用户和秘书处查阅

## 专家分配。$expert、$user：用户编号；$state：周期状态（error-cycle-state-…）。

error-assignment-not-collecting = 专家分配在周期收集报告期间进行；周期当前处于“{ $state }”状态
error-assignment-no-proposal = 没有可确认的分配方案；请先运行分配
error-assignment-expert-twice = 有一位专家被列入两次
# $count: the experts given
error-assignment-panel-size = 每个任务包的专家人数：一个任务包最多 { $max } 名专家，而不是 { $count } 名
# $panel: a panel's name
error-assignment-not-member = 专家组：用户 { $user } 不是专家组 { $panel } 的成员
error-assignment-no-profile = 资料：专家 { $expert } 尚无资料
# $city: a city's name; $conflict: one of error-conflict-…
error-assignment-conflict = 利益冲突：专家 { $expert } 不得评审 { $city }（{ $conflict }）
# $language: a language code (fr)
error-assignment-language = 语言：专家 { $expert } 不能阅读报告所用语言（{ $language }）
# $count: the expert's capacity
error-assignment-capacity = 承担能力：专家 { $expert } 已承担 { $count } 个任务包，已达其承担能力上限
error-assignment-frozen = 分配已无法更改：周期当前处于“{ $state }”状态
error-assignment-none = 目前没有生效的分配
error-assignment-no-bundle = 专家 { $expert } 在本周期没有任务包
error-conflict-home-city = 其本人所在城市
error-conflict-same-country = 同一国家
error-conflict-same-institution = 同一机构
error-conflict-declared = 已申报的利益冲突

## 协调：修订轮次、裁定、评语、一致性统计。

error-consensus-close-not-reconciling = 修订轮次在周期协调阶段关闭；周期当前处于“{ $state }”状态
# $item: an item's id number
error-consensus-item-unknown = 条目 { $item } 不是本周期评审中的条目
error-consensus-chairs-only = 只有专家组组长和秘书处可以进行协调
error-consensus-chair-only = 只有专家组组长和秘书处可以执行此操作
error-consensus-own-item = 您评审过该条目：因此由秘书处对其进行裁定，以免任何人对自己的分数作出决定
error-consensus-set-aside = 已排除
error-consensus-not-in-moderation = 只有在最后一轮修订后仍存在分歧的条目才进行裁定
error-consensus-feedback-closed = 评语在评审或协调阶段撰写；周期当前处于“{ $state }”状态
error-consensus-agreement-forbidden = 一致性统计仅供专家组组长和秘书处查阅
error-consensus-agreement-too-early = 专家组组长自协调阶段起方可查阅其专家组的一致性统计；周期当前处于“{ $state }”状态

## 评审周期。$state：周期状态（error-cycle-state-…）。

error-cycles-secretariat-only = 只有秘书处管理评审周期
# $value: the edition asked for; $editions: the editions' names
error-cycles-edition-unknown = 不存在框架版本 `{ $value }`；现有版本为：{ $editions }
error-cycles-short-bundles-reason = 请说明为何允许人数不足的任务包进入评审（至少 10 个字符）
error-cycles-city-twice = 有一个城市被列入两次
# $id, $city: a city's id number
error-cycles-city-unknown = 不存在编号为 { $id } 的城市
error-cycles-edition-frozen = 框架版本须在周期处于草稿状态时选定；周期当前处于“{ $state }”状态，其报告遵循其现有版本
error-cycles-city-submitted = 城市 { $city } 已提交报告：请先退回该报告，或将该城市保留在周期中
error-cycles-remind-closed = 提醒在仍需评分期间（评审或协调阶段）发送；周期当前处于“{ $state }”状态

## 账户、API 令牌、偏好设置。$value：所输入的值。

error-users-own-tokens-only = 每人只能为自己签发令牌
error-users-token-label = 说明最多 100 个字符
error-users-token-lifetime = 令牌有效期为 1 至 365 天
error-users-token-reason = 请说明您为他人签发令牌的理由（至少 10 个字符）：此操作将记入审计日志
error-users-token-disabled = 该账户已停用：请先启用，再签发令牌
error-users-disable-self = 您不能停用自己的账户。
error-users-language = `{ $value }` 不是本服务的语言；请使用 ar、zh、en、fr、ru 或 es
error-users-time-zone = `{ $value }` 不是时区；请使用 IANA 名称，例如 Europe/Paris
error-users-mail-digest = `{ $value }` 不是可用选项：请使用 immediate（每个事件一封邮件）或 daily（每天一份摘要）

## 城市报告及其数据核查。$state：周期状态。

error-reports-own-city-only = 只有本市用户才能撰写本市报告
error-reports-not-collecting = 报告只能在周期收集报告期间修改；周期当前处于“{ $state }”状态
error-reports-locked = 报告已提交并锁定；秘书处可将其退回修改
# $codes: measurements' codes (3.1.1.a, 3.1.2.a)
error-reports-narratives-missing = 以下指标缺少叙述：{ $codes }
error-reports-language-missing = 请说明报告使用的语言
error-reports-already-submitted = 报告已经提交
error-reports-return-message = 请说明城市应更正的内容（1 至 5000 个字符）
error-reports-return-not-submitted = 只有已提交的报告才能退回
# $code: a statistic's code
error-reports-no-figure = 报告未提供 { $code } 的数据

## 专家评分。$state：周期状态。

error-reviews-reviewers-only = 只有该条目的评审员才能评分
error-reviews-confidence = `{ $value }` 不是有效的把握程度；请使用 low、medium 或 high
error-reviews-no-round = 该条目目前不接受评分：评分在评审阶段进行，修订仅适用于处于修订轮次的条目（周期当前处于“{ $state }”状态）
error-reviews-deadline-passed = 本轮截止日期已过；秘书处可为您提供个人延期
error-reviews-not-a-reviewer = 此人不是该条目的评审员
error-reviews-reopen-closed = 只有尚未结束的轮次中的评分才能重新开放
error-reviews-reopen-not-submitted = 该评审员尚未提交本轮评分：没有可重新开放的内容

## 评分指南与条目讨论。

error-guidance-forbidden = 评分指南仅供本周期专家和秘书处查阅
error-guidance-frozen = 周期当前处于“{ $state }”状态：其评分指南保持评审时的原样
# $level: 1 to 5; $label: the scale's word for it (Very good); $problem: what is wrong with the text
error-guidance-level = 等级 { $level }（{ $label }）：{ $problem }
error-guidance-level-twice = 等级 { $level }（{ $label }）出现了两次
error-discussion-closed = 仅当条目处于修订轮次或等待裁定时，讨论才开放

## 自由文本：消息中的称谓及其长度限制。

# 以下两条消息的主语。
error-text-action = 行动
error-text-answer = 答复
error-text-comment = 评论
error-text-guidance = 评分指南
error-text-label = 说明
error-text-message = 留言
error-text-question = 问题
error-text-rationale = 裁定理由
error-text-reason = 理由
error-text-statement = 评语
error-text-control = { $what }不得包含控制字符
error-text-length = { $what }须为 { $min } 至 { $max } 个字符（当前为 { $count } 个）

# 单行文本（名称），以下三条消息的主语。
error-text-city-name = 城市名称
error-text-cycle-name = 周期名称
error-text-institution = 机构
error-text-institution-name = 机构名称
error-text-name = 姓名
error-line-empty = { $what }不得为空
error-line-too-long = { $what }最多 { $max } 个字符
error-line-control = { $what }必须为单行文本，且不得包含控制字符

## 人员：角色、电子邮件地址、账户。

error-role-unknown = `{ $value }` 不是角色；请使用 secretariat、expert 或 city
error-email-too-long = 电子邮件地址最多 254 个字符
error-email-invalid = `{ $value }` 不是有效的电子邮件地址（{ $reason }）
error-email-no-dot = `{ $value }` 不是有效的电子邮件地址（其域名中没有点）
error-city-user-needs-city = 城市用户需要 city_id：即其负责协调的城市
error-city-only-city-users =
    只有城市用户与城市绑定；{ $role ->
        [secretariat] 秘书处用户
       *[other] 专家用户
    }不设 city_id

## 城市：国家、区域、语言、机构。$value：所输入的值。

error-country-code = `{ $value }` 不是 ISO 3166-1 alpha-2 国家代码（如 CN、BR、DE）
error-country-code-or-name = `{ $value }` 既不是 ISO 3166-1 alpha-2 代码（如 KR、MA），也不是联合国书写的国家名称
error-region-unknown = `{ $value }` 不是教科文组织的区域；请使用以下之一：{ $regions }
error-language-code = `{ $value }` 不是 ISO 639-1 语言代码（如 en、fr、zh）
error-languages-empty = 至少需要一种语言
error-language-twice = 语言 `{ $code }` 被列入两次
error-institution-twice = { $name } 被列入两次
error-institutions-too-many = 机构最多 { $max } 个，而不是 { $count } 个

## 评审周期：状态、状态转换、截止日期、设置。

# 消息中对周期状态的称谓（“周期当前处于“{ $state }”状态”）。
error-cycle-state-draft = 草稿
error-cycle-state-collecting = 收集报告
error-cycle-state-reviewing = 评审
error-cycle-state-reconciling = 协调
error-cycle-state-published = 已发布
error-cycle-state-archived = 已归档

error-transition-already = 周期已处于“{ $state }”状态
error-transition-only-next = 处于“{ $from }”状态的周期只能转入“{ $next }”状态，不能转入“{ $to }”状态
error-transition-final = 处于“{ $state }”状态的周期不能再更改
error-transition-no-city = 该周期没有参与城市
error-transition-no-measurement = 没有任何专家评审指标被分配给专家组
error-transition-no-report = 尚无城市提交报告
error-transition-no-assignment = 进入评审需要已确认的专家分配；请先运行并确认分配
error-transition-reports-unassigned = { $count } 份已提交的报告未被已确认的分配覆盖；请重新运行并确认分配
error-transition-bundles-unfilled = { $count } 个任务包的专家人数少于规定人数：请在分配页面手动补足，或说明理由后接受其人数不足（如最终评分少于两个，其条目将转交裁定）
error-transition-ratings-missing = { $count } 个条目仍缺少第一轮评分，且评审截止日期尚未过
error-transition-consensus-missing = { $count } 个条目尚无共识分数
error-transition-feedback-missing = { $count } 个条目尚无给城市的评语

error-deadline-review-order = 评审截止日期必须晚于报告提交截止日期
error-deadline-reconciliation-order = 协调截止日期必须晚于评审截止日期
error-deadline-gone =
    { $kind ->
        [submission] 报告提交截止日期
        [review] 评审截止日期
       *[other] 协调截止日期
    }已不再适用：周期当前处于“{ $state }”状态，已过该阶段
error-deadline-past = 新的截止日期不能早于现在；请选择较晚的时间
error-settings-frozen = 每个任务包的专家人数、规则和最短理由长度只能在确认分配之前更改；它们决定了分配和已作出的评分
error-cities-frozen = 城市只能在周期处于草稿或收集报告状态时加入或退出；周期当前处于“{ $state }”状态
error-extension-no-round = 个人延期适用于正在进行的评分轮次（评审或协调阶段）；周期当前处于“{ $state }”状态
error-extension-no-deadline =
    { $kind ->
        [review] 评审轮次
       *[other] 协调轮次
    }没有截止日期：无人需要延期
error-extension-too-early = 延期须在本轮截止日期（{ $deadline }）之后结束，且须为将来的时间
error-panel-size-range = 每个任务包的专家人数须为 2 至 7 名，而不是 { $value }
error-max-spread-range = 视为一致的最大分差须为 0 至 4，而不是 { $value }
error-revision-rounds-range = 修订轮次为 0 至 3 轮，而不是 { $value }
error-min-justification-range = 最短理由长度为 0 至 2000 个字符，而不是 { $value }

## 专家资料。

error-expertise-unknown = `{ $code }` 不是框架中的重点领域（如 3.1 或 2.4）
error-expertise-twice = `{ $code }` 被列入两次
error-capacity-range = 承担能力须为 0 至 { $max } 个任务包，而不是 { $value }

## 秘书处对所报数据的核查。

error-figure-question = 请向城市说明需要核查的内容：{ $problem }
error-figure-decision = `{ $value }` 不是决定：请使用 verified 或 query
error-figure-cycle-archived = 周期已归档
error-figure-not-submitted = 数据在报告提交后方可核查
error-figure-no-question = 秘书处对该数据没有未决问题

## 专家组的指标。$code：指标代码（3.1.1.a）；$edition：框架版本名称。

error-panel-measurement-unknown = { $code } 不是 { $edition } 中的指标
error-panel-measurement-statistic = { $code } 是统计指标，而不是专家评审指标
error-panel-measurement-taken = { $code } 已属于专家组 { $panel }
error-panel-measurement-twice = { $code } 被列入两次

## 评分及其理由。$count：理由的字符数。

error-rating-submitted-final = 您本轮的评分已提交且为最终评分：您已看到其他评分，因此再作更改将不再独立。如评分有误，请联系秘书处重新开放
error-justification-control = 理由不得包含控制字符
error-justification-too-short = 理由至少须有 { $min } 个字符（当前为 { $count } 个）：请说明报告中支持该分数的内容
error-justification-too-long = 理由最多 { $max } 个字符（当前为 { $count } 个）

error-score-range = 分数须为 1（差）至 5（优秀）的整数，而不是 { $value }

## 报告：叙述与统计数据。$code：指标代码；$value：所输入的值。

error-value-percentage = 百分比须在 0 至 100 之间，而不是 { $value }
error-value-rating = 5 分制评分须在 1 至 5 之间，而不是 { $value }
error-value-negative = 该数据不可能为负数（所填为 { $value }）
error-value-total = 总计 { $total }% 不在其各分项之间（{ $low }% 至 { $high }%）
error-report-language = `{ $value }` 不是该城市的语言之一（{ $languages }）
error-report-measurement-unknown = { $code } 不是框架中的指标
error-report-narrative-for-statistic = { $code } 是统计指标：请在统计数据中填报
error-report-not-reviewed = { $code } 不在本周期评审范围内
error-report-statistic-for-narrative = { $code } 是专家评审指标：请为其撰写叙述
error-narrative-control = 叙述不得包含控制字符
error-narrative-too-long = 叙述最多 { $max } 个字符
error-narrative-self-score = 城市自评须为 1（差）至 5（优秀），而不是 { $value }
error-narrative-too-many-links = 证据链接最多 { $max } 个
error-narrative-link = `{ $value }` 不是网址（http 或 https）
error-statistic-year = { $year } 不是合理的参考年份
error-statistic-not-available-values = 标记为“无数据”的数据项不应有数值
error-statistic-not-available-reason = 请用 3 至 500 个字符说明无数据的原因
error-statistic-provider = 数据提供方，1 至 200 个字符
error-statistic-source-missing = { $code } 可来自官方数据或调查：请说明是哪一种（official 或 survey）
error-statistic-source-official = { $code } 依据官方数据填报，而非调查
error-statistic-source-survey = { $code } 依据调查填报，而非官方数据
error-statistic-breakdown = { $code } 按 { $breakdowns } 分列；`{ $name }` 不在其中
error-statistic-not-a-number = 数值必须是数字

error-continuity-unknown = “{ $value }”不是连续性设置；请使用 off、prefer 或 avoid
error-weight-range = 权重应为 0 到 { $max } 的整数，而不是 { $value }
error-region-twice = { $region } 重复出现
error-native-not-read = { $code } 不在该专家所读语言之列
