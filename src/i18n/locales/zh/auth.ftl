## Signing in: the sign-in page, refusals, the CSRF check.

auth-signin-title = 登录
auth-sign-in = 登录
auth-signed-out = 您已退出登录。
auth-signin-intro = lcreview 账户由秘书处创建。请使用您所在机构的账户登录。
# Followed by the configuration section's name, [[auth.providers]], then auth-no-provider-after.
auth-no-provider-before = 尚未配置任何登录服务提供方。管理员可在配置文件的
auth-no-provider-after = 部分添加。
# $provider: the sign-in provider's name
auth-signin-with = 使用 { $provider } 登录
auth-dev-heading = 开发用登录
# Followed by the setting's name, auth.dev_login, then auth-dev-after.
auth-dev-before = 本服务器已开启
auth-dev-after = 选项：可选择任一用户，以其身份浏览 lcreview。切勿在他人可访问的服务器上开启。
# Followed by the command, lcreview admin create-user, then auth-dev-no-user-after.
auth-dev-no-user-before = 目前还没有用户。可运行命令
auth-dev-no-user-after = 创建用户。
auth-dev-user = 用户

auth-not-invited-title = 未受邀请
auth-not-invited-heading = 您尚未受到邀请
auth-not-invited-text = 您已通过 { $provider } 登录，但没有任何 lcreview 账户与您经验证的电子邮件地址相匹配。账户由秘书处创建：请联系秘书处，以您所在机构账户使用的地址邀请您，然后重新登录。
auth-back-to-signin = 返回登录页面

auth-disabled-title = 账户已停用
auth-disabled-heading = 您的账户已停用
auth-disabled-text = 秘书处已停用此 lcreview 账户。如您认为有误，请联系秘书处重新启用。

auth-linked-title = 其他账户
auth-linked-heading = 您的 lcreview 账户关联的是另一个 { $provider } 账户
auth-linked-text = 使用您电子邮件地址的 lcreview 账户已关联到另一个 { $provider } 账户。请使用该账户登录。如您已无法访问该账户，请联系秘书处：秘书处可以重新关联您的账户。

auth-sign-in-expired = 此次登录已过期，或并非从此处发起。请重新登录。
auth-sign-in-cancelled = 登录已被取消，或被登录服务提供方拒绝。
auth-sign-in-unverified = 无法验证此次登录。请重新登录。
auth-csrf-refused = 此表单已过期，或并非来自 lcreview。请返回上一页，刷新页面后重试。
# $error: the form reader's technical explanation
auth-form-unreadable = 无法读取表单：{ $error }
auth-page-for-secretariat = 此页面仅供秘书处使用。
