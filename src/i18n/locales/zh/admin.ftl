## The secretariat's pages: users, cities and their institutions, the outbox, the e-mail templates.

admin-table-scroll = 表格（在窄屏上可横向滚动）
admin-go-to-form = 前往表单
admin-back = 返回
admin-save = 保存
admin-optional = （选填）

admin-name = 姓名
admin-email = 电子邮件
admin-role = 角色
admin-city = 城市
admin-status = 状态
admin-country = 国家
admin-region = 地区
admin-languages = 语言
admin-institutions = 机构

## Users

admin-users-title = 用户
# $error: why the invitation was refused
admin-users-not-sent = 邀请未发送：{ $error }
admin-users-count = 共 { $count } 个账户
admin-user-disabled = 已停用
admin-user-active = 已启用
admin-user-enable = 启用
admin-user-disable = 停用
admin-invite-heading = 邀请用户
admin-invite-hint = 受邀者使用其所在机构的账户登录；该账户经验证的电子邮件地址必须与此处填写的地址一致。
admin-city-hint = （仅限城市协调员）
admin-invite-button = 发送邀请
admin-invite-choose-city = 请从列表中选择一个城市
admin-user-invited = 已邀请 { $name }；一封电子邮件将告知其登录方式。
admin-user-disabled-done = { $name } 的账户已停用；其所有会话均已结束。
admin-user-enabled-done = { $name } 的账户已重新启用。

## Cities

admin-cities-title = 城市
admin-cities-not-registered = 城市未登记：{ $error }
admin-cities-count = 共 { $count } 个城市，按名称排序
admin-institutions-view = 查看或修改
admin-register-heading = 登记城市
admin-country-hint = （ISO 3166-1 二字母代码，如 CN）
admin-report-languages = 报告语言
admin-report-languages-hint = （ISO 639-1 代码，以逗号分隔，如 en, fr）
admin-register-button = 登记
# $field: one of the admin-city-field-… words
admin-cities-refused = { $field }：{ $message }
admin-city-field-name = 名称
admin-city-field-country = 国家
admin-city-field-region = 地区
admin-city-field-languages = 语言
admin-city-field-institutions = 机构
admin-city-registered = 已登记 { $name }。

## A city's institutions

admin-institutions-title = { $city } 的机构
admin-institutions-intro = 市政府以及报告中提及的合作机构。在其中任一机构工作的专家不评审该城市：这是分配时遵循的利益冲突规则之一，分配完成后依然适用。
admin-institutions-hint = （每行一个）
admin-institutions-saved = { $city } 的机构已保存。

## The outbox

admin-outbox-title = 发件箱
admin-outbox-intro = 本服务发送的每一封电子邮件：发给谁、何时发送、哪些发送失败。所有尝试均失败的邮件可以重新发送。
admin-outbox-templates-link = 查看每封邮件在收件人眼中的样子
# What follows the link: the sentence's full stop.
admin-outbox-templates-after = 。
# $status: one of the admin-outbox-status-… words
admin-outbox-count-of = { $status }：{ $count }
admin-outbox-status-pending = 待发送
admin-outbox-status-sending = 发送中
admin-outbox-status-sent = 已发送
admin-outbox-status-failed = 发送失败
admin-outbox-status-held = 已暂缓
admin-outbox-status-digested = 已并入摘要
admin-outbox-all = 全部
admin-outbox-filter = 筛选
admin-outbox-none = 没有邮件。
admin-outbox-count = 共 { $count } 封邮件，最新的在前
admin-outbox-queued = 加入队列时间（UTC）
admin-outbox-to = 收件人
admin-outbox-subject = 主题
admin-outbox-kind = 类型
admin-outbox-sent = 发送时间（UTC）
admin-outbox-attempts = （已尝试 { $count } 次）
admin-outbox-why = 原因
admin-outbox-send-again = 重新发送
admin-outbox-queued-again = 发给 { $to } 的邮件已重新加入发送队列。
admin-outbox-not-sent-again = 未能重新发送：{ $reason }

## The e-mail templates

admin-templates-title = 电子邮件模板
admin-templates-intro = 本服务发送的每一封邮件，按收件人看到的样子呈现（示例数据；日期采用收件人所在时区，并附 UTC 时间）。
admin-templates-subject = 主题（示例）
admin-templates-all = ← 全部模板
admin-template-to = 收件人：{ $to }
admin-template-kind = 类型
admin-template-plain = 纯文本
admin-template-html = HTML 版本
