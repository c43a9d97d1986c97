## 秘书处的网络匿名总览。

network-page-title = 网络
network-heading = 网络总览
network-lead = 各周期的进展情况，以及已发布的共识分数在各城市间的分布。此处只统计城市数量，从不对城市排名，也不列出城市名称。
network-cities-per-state = 按报告状态统计的城市数量
network-table-scroll = 表格（在窄屏上可横向滚动）
network-col-cycle = 周期
network-col-state = 周期状态
network-col-cities = 城市数
network-col-draft = 草稿报告
network-col-submitted = 已提交
network-col-returned = 已退回
network-published-scores = 各城市已发布的分数
network-none-published = 尚未发布任何周期。
network-cycle = 周期
network-show = 显示
network-distribution-hint = { $cycle } 中，各指标获得每一共识分数的城市数量。
network-distribution-title = 各共识分数的城市数量：1（差）至 5（优秀）

network-over-time = 网络的历年变化
network-over-time-empty = 发布两个周期后，此处将显示各城市分数在周期之间的变化。
network-over-time-hint = 各已发布周期中所有城市的情况，按时间先后排列：先列出各重点领域的平均共识分数，再列出各指标的分数分布。仅统计数量，不列出任何城市名称。
network-over-time-table = 各城市分数的历年变化
network-over-time-caption = 按指标和周期列出：分数中位数、城市数量，以及获得 1 至 5 各分数的城市数量
network-col-measurement = 指标
network-median = 中位数
network-cities = { $count } 个城市
