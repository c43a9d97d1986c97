## The language switcher and /settings.

settings-language-saved = 您的语言设置已保存：页面和电子邮件将使用该语言。
settings-saved = 您的设置已保存。

settings-title = 我的设置
settings-language = 语言
settings-language-browser = 浏览器的语言
# Each language in itself, and its name in the reader's language in brackets (none for the reader's own).
settings-language-ar = العربية（阿拉伯文）
settings-language-zh = 中文
settings-language-en = English（英文）
settings-language-fr = Français（法文）
settings-language-ru = Русский（俄文）
settings-language-es = Español（西班牙文）
settings-time-zone = 时区
settings-time-zone-hint = （截止日期按此时区显示，并附 UTC 时间）
settings-digest-legend = 提醒和分配变更的电子邮件通知
settings-digest-immediate = 每个事件发送一封邮件
settings-digest-daily = 每天发送一封摘要
settings-save = 保存

## API tokens

settings-tokens-title = 我的 API 令牌
settings-tokens-intro = 令牌可让脚本以您的身份使用 JSON API（Authorization: Bearer …）。每个令牌都有有效期；不再使用的令牌请予以撤销。
settings-tokens-new-secret = 您的新令牌。请立即复制：它只显示这一次。
settings-tokens-none = 没有有效的令牌。
settings-table-scroll = 表格（在窄屏上可横向滚动）
settings-tokens-label = 说明
settings-tokens-created = 创建时间
settings-tokens-last-used = 上次使用
settings-tokens-expires = 到期时间
settings-tokens-revoke = 撤销
settings-tokens-new-heading = 新建令牌
settings-tokens-what-for = 用途
settings-tokens-days = 有效天数
settings-tokens-days-hint = （1 至 365）
settings-tokens-create = 创建令牌
settings-tokens-days-invalid = 天数：须为 1 至 365 之间的整数。
settings-token-revoked = 令牌已撤销。
