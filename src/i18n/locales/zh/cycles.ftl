## Review cycles: the secretariat's list and cycle page, the confirmation steps of its actions,
## and the messages of the report editor's forms.

cycles-title = 评审周期
cycles-none = 尚无评审周期。
cycles-table-scroll = 表格（在窄屏上可横向滚动）
cycles-list-separator = {"、"}
cycles-clause-separator = {"；"}
cycles-progress-of = { $done }/{ $total }

## The list of cycles and the form of a new one.

cycles-col-cycle = 周期
cycles-col-state = 状态
cycles-col-reports-submitted = 已提交报告
cycles-submission-deadline = 报告提交截止日期
cycles-review-deadline = 评审截止日期
cycles-reconciliation-deadline = 协调截止日期
cycles-new = 开启新周期
cycles-name = 名称
cycles-participating-cities = 参与城市
cycles-register-cities-first = 请先登记城市。
cycles-panel-size-new = 每个城市和专家组的专家人数
cycles-panel-size-new-hint = （2 至 7 人；留空则为 3 人）
cycles-edition = 框架版本
cycles-edition-default = （默认）
cycles-deadlines = 截止日期
cycles-deadlines-hint = （{ $zone } 时区的日期和时间；选填）
cycles-open-as-draft = 开启周期（草稿状态）

## The cycle page.

cycles-framework = 框架
cycles-experts-per-bundle = 每个任务包的专家人数
cycles-reports-submitted-progress = 已提交报告：
cycles-out-of-review = 未纳入评审：
cycles-out-of-review-cities = { $cities }。评审开始时，这些城市的报告尚未提交（或已被退回）：不参与本周期的评审，其草稿数据也不会出现在城市概况中。
cycles-short-bundles = 有 { $count } 个任务包的专家人数少于规定人数。请在分配页面补足，或在人数不足的情况下开始评审：
cycles-start-short = 在任务包人数不足的情况下开始评审
cycles-short-why = 原因
cycles-short-why-hint = （至少 10 个字符；记入审计日志）
cycles-move-to = 转入：{ $state }
cycles-close-rounds-text = 立即关闭所有进行中的修订轮次，视同截止日期已到：未重新提交的评审员保留其先前的分数。
cycles-close-rounds = 立即关闭修订轮次
cycles-link-assignment = 专家分配
cycles-link-guidance = 评分指南
cycles-link-reconciliation = 协调
cycles-link-agreement = 评分一致性
cycles-link-ratings-csv = 全部评分（CSV，含评审员姓名）
cycles-ratings = 评分
cycles-ratings-submitted-progress = 已提交评分：
cycles-by-panel = 按专家组
cycles-by-city = 按城市
cycles-behind = 尚有评分未提交的专家
cycles-behind-expert = { $name }：{ $count }
cycles-remind-now = 立即通过电子邮件提醒
cycles-extensions = 本轮个人延期
cycles-extensions-none = 无。
cycles-extension-until = { $name }：延至 { $until }
cycles-extension-withdraw = 撤销
cycles-extension-expert = 专家
cycles-extension-until-label = 评分期限延至
cycles-extension-give = 给予延期
cycles-change = 修改周期
cycles-deadlines-in = 截止日期（{ $zone } 时区）
cycles-zone = 以上字段的时区
cycles-panel-size-hint = （2 至 7 人）
cycles-min-justification = 提交评分时理由的最短长度
cycles-min-justification-hint = （字符数）
cycles-max-spread = 评分之间的分差不超过此值即视为一致
cycles-revision-rounds = 裁定前的修订轮数
cycles-conflict-same-country = 专家不评审本国城市
cycles-save = 保存修改

## The cycle page: its cities and their reports, its panels.

cycles-cities = 城市及其报告
cycles-col-city = 城市
cycles-col-report = 报告
cycles-filter-any = 全部
cycles-order = 排序
cycles-order-name = 按名称
cycles-order-state = 按报告状态
cycles-order-submitted = 最近提交的在前
cycles-filter-show = 显示
cycles-cities-shown = 显示 { $shown } 个城市，共 { $total } 个。
cycles-col-select = 选择
cycles-select-city = 选择 { $city }
cycles-col-submitted = 提交日期
cycles-col-figures = 数据
cycles-col-action-plan = 行动计划
cycles-col-actions = 操作
cycles-figures-to-check = 待核查 { $count } 项
cycles-figures-queried = 已提出疑问 { $count } 项
cycles-figures-verified = 已核实 { $count } 项
cycles-answered = 已答复 { $answered }/{ $total }
cycles-return-message = 退回修改，并附留言：
cycles-return = 退回
cycles-bulk = 对所选城市
cycles-bulk-remind = 提醒其提交报告（仅限尚未提交者）
cycles-bulk-return = 将其已提交的报告退回修改
cycles-bulk-message = 留言
cycles-bulk-message-hint = （退回时：需要修改的内容）
cycles-bulk-continue = 继续
cycles-panels = 专家组
cycles-col-panel = 专家组
cycles-col-measurements = 指标
cycles-col-members = 成员

## What moving a cycle on will do (the confirmation step), and what it did.

cycles-confirm-collecting-told = 将通过电子邮件通知 { $count } 个参与城市：本周期已开放，可提交报告。
cycles-confirm-collecting-write = 随后各城市即可撰写并提交报告。
cycles-confirm-reviewing-out = 此时尚未提交的报告（共 { $total } 份，未提交 { $missing } 份）将不纳入评审。
cycles-confirm-reviewing-locked = 已提交的报告将被锁定；已分配的专家开始评分。
cycles-confirm-reconciling-rule = 第一轮评分按规则处理：评分一致的条目形成共识。
cycles-confirm-reconciling-revision = 评分不一致的条目进入修订轮次，并通过电子邮件通知其评审员。
cycles-confirm-reconciling-closed = 专家不能再提交第一轮评分。
cycles-confirm-published-profiles = 每项共识分数和反馈评语都将发布到相应城市的概况页面。
cycles-confirm-published-told = 将通过电子邮件通知 { $count } 个城市的用户。
cycles-confirm-published-final = 评分、共识和评语将不能再修改。
cycles-confirm-archived = 该周期变为只读；已发布的结果保留在各城市概况中。
cycles-move-confirm-title = 将“{ $cycle }”转入：{ $state }
cycles-move-confirm-button = 是，转入：{ $state }
cycles-moved = 周期现为：{ $state }。
cycles-cannot-move = 周期无法进入下一阶段：{ $reason }。
cycles-cannot-move-invalid = 周期无法进入下一阶段：{ $reason }
cycles-unknown-state = 未知状态

## Creating and changing a cycle: what the forms refuse, and what was done.

cycles-deadline-unreadable = { $field }：`{ $raw }` 不是有效的日期和时间（2026-12-31T17:00）
cycles-date-unreadable = `{ $raw }` 不是有效的日期和时间（2026-12-31T17:00）
cycles-field-submission-deadline = 报告提交截止日期
cycles-field-review-deadline = 评审截止日期
cycles-field-reconciliation-deadline = 协调截止日期
cycles-panel-size-invalid = 每个任务包的专家人数：须为 2 至 7 的整数
cycles-whole-number = 须为整数
cycles-opened = 周期“{ $cycle }”已以草稿状态开启。
cycles-changed = 周期已修改；已通知相关人员。
cycles-not-changed = 未修改：{ $reason }
cycles-choose-expert = 请选择一位专家
cycles-say-until-when = 请注明延至何时
cycles-extension-given = 已给予延期；已通知该专家。
cycles-no-extension = 未给予延期：{ $reason }
cycles-extension-withdrawn = 已撤销延期；已通知该专家。

## Closing revision rounds early (reconciliation).

cycles-close-confirm-title = 关闭“{ $cycle }”的修订轮次
cycles-close-confirm-selected = 所选 { $count } 个条目的修订轮次立即关闭，视同截止日期已到。
cycles-close-confirm-all = 本周期所有进行中的修订轮次立即关闭，视同截止日期已到。
cycles-close-confirm-previous = 未重新提交的评审员保留其先前的分数；规则再次适用，评分仍不一致的条目转交裁定。
cycles-close-confirm-button = 是，立即关闭
cycles-items-settled = { $count } 个条目已有定论。

## Reminders to experts.

cycles-remind-confirm = 将立即通过电子邮件提醒 { $count } 位尚有评分未提交的专家：
cycles-remind-confirm-expert = { $name }：待提交 { $count } 项
cycles-remind-confirm-title = 提醒“{ $cycle }”的专家
cycles-remind-confirm-button = 是，发送提醒
cycles-reminders-queued = 已将 { $count } 条提醒加入发送队列。
cycles-remind-not-in-review = 只有在周期处于评审阶段时才会发送提醒。

## Actions on the selected cities of a cycle.

cycles-bulk-select-first = 请先至少选择一个城市。
cycles-bulk-remind-title = 提醒所选城市
cycles-bulk-remind-confirm = 以下城市的用户如尚未提交报告，将收到提交报告的提醒：
cycles-bulk-return-title = 退回所选报告
cycles-bulk-return-confirm = 以下城市已提交的报告将退回修改，并附上您的留言“{ $message }”：
cycles-bulk-choose-action = 请选择对所选城市执行的操作
cycles-bulk-confirm-button = 是，对 { $count } 个城市执行
cycles-bulk-nobody-to-remind = 所选城市均无待提交的报告。
cycles-bulk-reminded = 已提醒：{ $cities }。
cycles-bulk-returned = 已退回：{ $cities }。
cycles-bulk-not-returned = 未退回：{ $cities }。
cycles-bulk-refused-city = { $city }（{ $reason }）
cycles-report-returned = 报告已连同您的留言退回该城市。

## The report editor's forms: saving, submitting, checking and answering about figures.

cycles-only-city-writes = 只有该城市自己的用户才能撰写其报告。
cycles-only-city-answers = 只有该城市自己的用户才能回答有关其数据的问题。
cycles-draft-saved-except = 草稿已保存，但下方标出的 { $count } 项除外。
cycles-draft-saved-except-not-submitted = 草稿已保存，但下方标出的 { $count } 项除外；报告未提交。
cycles-draft-saved = 草稿已保存。
cycles-report-submitted = 您的报告已提交，谢谢。
cycles-draft-saved-not-submitted = 草稿已保存，但未提交：{ $reason }。
cycles-figure-verified = 数据 { $code } 已标记为已核实。
cycles-figure-queried = 您关于数据 { $code } 的问题已发送给该城市。
cycles-answer-sent = 您关于数据 { $code } 的回答已发送给秘书处。
cycles-year-not-a-number = 年份 `{ $year }` 不是数字
cycles-value-not-a-number = { $breakdown }：`{ $value }` 不是数字
cycles-not-a-source = `{ $source }` 不是有效来源
cycles-own-rating-not-a-score = 城市自评 `{ $rating }` 不是有效分数

cycles-affinity-legend = 分配考虑的因素
cycles-affinity-hint = 每项权重为 0 到 10。专家与某城市专家组的匹配度是以下各项的加权平均：专家组重点领域在其专长中所占比例；熟悉该城市所在地区；以母语阅读报告语言；以及（除非关闭连续性）是否在该城市上一周期中评审过该城市。
cycles-weight-expertise = 在专家组重点领域的专长
cycles-weight-region = 熟悉该城市所在地区
cycles-weight-native-language = 以母语阅读报告语言
cycles-weight-continuity = 与上一周期的连续性
cycles-continuity = 该城市上一周期的评审专家
cycles-affinity-summary = 专长 { $expertise }，地区 { $region }，母语 { $native }；上一周期评审专家：{ $continuity }
