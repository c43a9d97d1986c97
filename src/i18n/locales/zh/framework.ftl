## 框架文件：框架自身文本（来自框架数据）之外的文字。

framework-lead = { $areas } 个领域、{ $focus_areas } 个重点领域、{ $features } 项主要特征和 { $measurements } 项可选指标。其中 { $expert } 项由专家评审评判；其余为城市报告的统计数据（官方数据 { $official } 项，调查结果 { $survey } 项，两者均可 { $either } 项）。
framework-objective = 本框架的目的不是对城市加以区分：每个城市的进展均放在其自身发展历程中看待，并且仅与其自身以往的评审相比较。
framework-scale = 评分等级
framework-contents = 目录
framework-unit = 单位
framework-reported-by = 分列方式
framework-rated-by-experts = 由独立专家组按下列评分等级评分。
