## Experts' profiles and conflicts of interest, the secretariat's list of experts, the panel page.

experts-profile-title = 专家资料
experts-profile-heading = { $name } 的资料
experts-profile-intro = 用于分配报告：您的语言、专业领域、可承担的任务包数量以及您的来源地（您绝不会评审自己所在的城市；除非本周期允许，也不会评审本国城市）。
experts-country = 国家
experts-country-hint = （ISO 3166-1 二字母代码，如 BR）
experts-home-city = 所在城市
experts-home-city-hint = （如属于本网络）
experts-home-city-named-hint = （如属于本网络；若有两个城市同名，请加上国家代码，如：Cork, IE）
experts-institution = 机构
experts-languages-read = 您能阅读的语言
experts-languages-hint = （ISO 639-1 代码，以逗号分隔，如 en, pt）
experts-expertise-legend = 专业领域
experts-capacity = 承担能力
experts-capacity-hint = （每个周期的任务包数）
experts-save-profile = 保存资料
experts-conflicts-heading = 利益冲突
experts-conflicts-none = 未申报。
experts-city = 城市
experts-conflict-city-hint = （城市名称；若有两个城市同名，请加上国家代码）
experts-why = 原因
experts-declare = 申报利益冲突

experts-home-city-choose = 所在城市：请从列表中选择
experts-capacity-whole = 承担能力：须为整数
# $field: one of the experts-field-… words
experts-profile-refused = { $field }：{ $message }
experts-field-country = 国家
experts-field-institution = 机构
experts-field-languages = 语言
experts-field-expertise = 专业领域
experts-field-capacity = 承担能力
experts-choose-city = 请选择一个城市
experts-profile-saved = 资料已保存。
experts-conflict-recorded = 利益冲突已记录。
experts-conflict-recorded-removed = 利益冲突已记录。该专家已从进行中的周期内该城市的 { $count } 个任务包中撤出；其对该城市的评分予以排除。
experts-page-for-experts = 此页面仅供专家使用。

## The list of experts

experts-list-title = 专家
experts-table-scroll = 表格（在窄屏上可横向滚动）
experts-col-name = 姓名
experts-col-email = 电子邮件
experts-col-languages = 语言
experts-col-expertise = 专业领域
experts-no-profile = 尚无资料

## A panel

experts-panel-crumb = 专家组
experts-panels-fixed = 评审开始后，专家组即不可更改。
experts-members = 成员
experts-chair = 专家组组长
experts-chair-hint = （由一名成员担任；负责撰写评语）
experts-measurements = 指标（专家评审）
experts-save-panel = 保存专家组
experts-panel-saved = 专家组已保存。

experts-native-languages = 母语
experts-native-languages-hint = （须为上述语言之一，如 pt）
experts-regions-legend = 熟悉的地区
experts-field-regions = 地区
experts-field-native-languages = 母语
