## 城市概况：按周期列出的已发布结果、历年变化以及结果函。

profile-chart-value-previous = { $value }（上一周期 { $previous }，{ $change }）
profile-chart-title = 各重点领域的共识分数
profile-chart-description = 该领域各指标的平均分，分数范围为 1（差）至 5（优秀）
profile-chart-previous-legend = 上一周期（细线标记）

profile-over-time = 历年变化
profile-each-focus-area = 各重点领域（按周期）
profile-each-focus-area-hint = 各已发布周期中该领域各指标的平均共识分数，分数范围为 1（差）至 5（优秀）。
profile-each-measurement = 各指标
profile-each-measurement-hint = 各已发布周期中由专家评审的每项指标，按时间先后排列；分数范围为 1（差）至 5（优秀）。
profile-scores-over-time = 历年分数
profile-statistics = 统计数据
profile-statistics-hint = 该市在各已发布周期中报告的各项统计数据（合计值或单一数值）。
profile-statistics-over-time = 历年统计数据

profile-page-title = { $city } — 城市概况
profile-lead = { $city } 作为学习型城市所提交报告的专家评审结果。每个城市仅与其自身以往周期相比较。
profile-download-csv = 下载 CSV 格式
profile-download-json = JSON 格式
profile-none-published = 尚未发布任何结果。
profile-published-cycles = 已发布的周期
profile-history = 历史记录：
profile-published = 发布于 { $date }
profile-letter-link = { $cycle } 结果函（供打印）
profile-key-feature = 主要特征 { $code }：{ $title }
profile-own-rating = 该市自评：{ $score } { $label }
profile-action-plan = 该市行动计划：
profile-action-plan-summary = 贵市针对 { $cycle } 的行动计划：贵市将针对每条评语采取哪些行动
profile-save-action-plan = 保存行动计划
profile-saved = 您的行动计划已保存。
profile-not-saved = 未保存：{ $message }

profile-statistics-reported = 该市报告的统计数据
profile-table-scroll = 表格（在窄屏上可横向滚动）
profile-col-measurement = 指标
profile-col-year = 年份
profile-col-values = 数值
profile-col-source = 来源
profile-col-checked = 核查情况
profile-not-available = 无数据：

## 结果函。

profile-letter-title = { $city } — { $cycle } 结果
profile-letter-back = 返回城市概况
profile-letter-print = 请通过浏览器打印本页，或将其保存为 PDF 文件。
profile-letter-network = 联合国教科文组织全球学习型城市网络 · 专家评审
profile-letter-heading = { $city }：{ $cycle } 结果
profile-letter-intro = 专家组已完成对 { $city } 报告的评审。对于由专家评判的每项指标，本函列出各专家组的共识分数（5 为优秀、4 为很好、3 为良好、2 为一般、1 为差）及其评语。每个城市仅与其自身以往周期相比较，从不进行排名。
