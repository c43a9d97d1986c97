nav-home = 首页
nav-cycles = 评审周期
nav-network = 网络
nav-users = 用户
nav-experts = 专家
nav-cities = 城市
nav-outbox = 发件箱
nav-audit = 审计日志
nav-framework = 框架
nav-history = 我以往的评审
nav-profile = 我的资料

layout-skip = 跳至内容
layout-main-nav = 主导航
layout-languages = 语言
layout-settings = 我的设置
layout-sign-out = 退出登录
layout-sign-in = 登录
layout-footer = lcreview 依据联合国教科文组织全球学习型城市网络的《学习型城市的主要特征》，组织专家评审学习型城市的报告。每个城市只与其自身以往的周期比较，从不排名。

confirm-warning = 请确认。此操作无法撤销。
confirm-cancel = 取消
