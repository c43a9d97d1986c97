## The audit log (secretariat).

audit-title = 审计日志
audit-intro = 记录何人于何时对何对象执行了何种操作。日志只能追加，不能修改。
audit-filter-object-type = 对象类型
audit-filter-object-id = 对象 ID
audit-filter-action = 操作
audit-filter-actor = 执行者（用户 ID）
audit-filter = 筛选
audit-table-scroll = 表格（在窄屏上可横向滚动）
audit-col-when = 时间（UTC）
audit-col-actor = 执行者
audit-col-action = 操作
audit-col-object = 对象
audit-col-before = 变更前
audit-col-after = 变更后
audit-user-named = { $name }（用户 { $id }）
audit-user = 用户 { $id }
audit-command-line = 命令行
audit-token-issued-by = 使用由 { $person } 签发的令牌
audit-show = 显示
audit-pages = 分页
audit-newer = ← 较新
audit-older = 较旧 →
