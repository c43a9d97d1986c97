## Error pages: the title (the status), the message, the way back. The JSON API's errors stay English.

errors-page-back = 返回您的首页

errors-page-title-400 = 请求有误
errors-page-title-401 = 需要登录
errors-page-title-403 = 无权访问
errors-page-title-404 = 未找到
errors-page-title-409 = 冲突
errors-page-title-413 = 内容过大
errors-page-title-415 = 不支持的内容类型
errors-page-title-422 = 输入无效
errors-page-title-429 = 请求过多
errors-page-title-500 = 服务器内部错误
errors-page-title-503 = 服务暂不可用
errors-page-title-other = 错误

# $field: one of the errors-page-field-… words; $message: what is wrong with it
errors-page-invalid = { $field }：{ $message }
# $limit: a number of bytes
errors-page-too-large = 请求内容超过 { $limit } 字节
errors-page-not-json = 请求内容必须为 JSON 格式（Content-Type: application/json）
errors-page-too-many = 来自您地址的请求过多；请在 { $seconds } 秒后重试
errors-page-unavailable = 目前无法连接数据库；请稍后重试
errors-page-internal = 我们这边出现了问题；已记录在案

# $what: a thing the service looked for, in English (for a thing without its own message below)
errors-page-not-found = 未找到：{ $what }
errors-page-not-found-cycle = 未找到该周期
errors-page-not-found-user = 未找到该用户
errors-page-not-found-city = 未找到该城市
errors-page-not-found-bundle = 未找到该任务包
errors-page-not-found-page = 未找到该页面
errors-page-not-found-item = 未找到该条目
errors-page-not-found-framework-edition = 未找到该框架版本
errors-page-not-found-expert = 未找到该专家
errors-page-not-found-report = 未找到该报告
errors-page-not-found-statistic = 未找到该统计数据
errors-page-not-found-panel = 未找到该专家组
errors-page-not-found-message = 未找到该邮件
errors-page-not-found-measurement = 未找到该指标
errors-page-not-found-extension = 未找到该延期
errors-page-not-found-token = 未找到该令牌
errors-page-not-found-template = 未找到该模板
errors-page-not-found-sign-in-provider = 未找到该登录服务提供方
errors-page-not-found-route = 未找到该地址
errors-page-not-found-rating = 未找到该评分
errors-page-not-found-profile = 未找到该资料
errors-page-not-found-object = 未找到该对象
errors-page-not-found-language = 未找到该语言

## A form's or the API's field, as a person calls it, at the start of a refusal ("The city: …").

errors-page-field-submission-deadline = 报告提交截止日期
errors-page-field-review-deadline = 评审截止日期
errors-page-field-reconciliation-deadline = 协调截止日期
errors-page-field-city = 城市
errors-page-field-person = 人员
errors-page-field-panel-size = 每个任务包的专家人数
errors-page-field-min-justification = 理由的最短长度
errors-page-field-max-spread = 视为一致的最大分差
errors-page-field-revision-rounds = 修订轮数
errors-page-field-email = 电子邮件地址
errors-page-field-name = 姓名
errors-page-field-role = 角色
errors-page-field-country = 国家
errors-page-field-languages = 语言
errors-page-field-score = 分数
errors-page-field-justification = 理由
errors-page-field-confidence = 把握程度
errors-page-field-statement = 评语
errors-page-field-rationale = 裁定理由
errors-page-field-reason = 原因
errors-page-field-comment = 评论
errors-page-field-guidance = 评分指南
errors-page-field-members = 成员
errors-page-field-chair = 专家组组长
errors-page-field-measurements = 指标
errors-page-field-date = 日期
errors-page-field-profile = 资料
errors-page-field-to = 收件人
errors-page-field-message = 留言
errors-page-field-label = 说明
errors-page-field-institution = 机构
errors-page-field-institutions = 机构
errors-page-field-expertise = 专业领域
errors-page-field-capacity = 承担能力
errors-page-field-region = 地区
errors-page-field-experts = 专家
errors-page-field-expires-in-days = 有效天数
errors-page-field-answer = 答复
errors-page-field-question = 问题
errors-page-field-status = 状态
errors-page-field-limit = 上限
errors-page-field-before = 之前
# A refusal about no field in particular
errors-page-field-this = 此项
