## 条形图和小型趋势图。

charts-this-cycle = 本周期
charts-trend-point = { $label }：
