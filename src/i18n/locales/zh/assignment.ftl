## The assignment of experts (secretariat): the proposal or the assignment in force, each expert's
## load, withdrawing an expert, changing one bundle.

assignment-title = 专家分配 — { $cycle }
assignment-breadcrumb-cycles = 评审周期
assignment-breadcrumb = 专家分配
assignment-heading = 专家分配
assignment-intro = 每个专家组为每份已提交的报告分配 { $count } 名专家：从无利益冲突、能阅读报告语言且仍有余力的专家组成员中选出；在使契合度（在专家组重点领域的专长）最大化的同时均衡工作量。
assignment-run = 运行分配
assignment-confirm = 确认此方案
assignment-proposal-empty = 此方案未分配任何专家，因此无需确认：请添加专家组成员或等待报告提交，然后重新运行。
assignment-not-collecting = 分配在收集报告期间运行和确认；本周期目前处于“{ $state }”状态。
assignment-none = 尚无分配。请在报告提交后运行分配。
assignment-proposal = 方案（尚未生效）
assignment-in-force = 现行分配
assignment-objective = 目标值：{ $objective }（契合度减去工作量均衡惩罚；越高越好）。
assignment-table-scroll = 表格（在窄屏上可横向滚动）
assignment-col-city = 城市
assignment-missing = 缺 { $count } 人
assignment-change = 修改
assignment-change-which = { $city }（{ $panel } 专家组）的专家
assignment-unfilled = 专家人数不足的任务包
assignment-load = 每位专家的工作量
assignment-chart-title = 每位专家的任务包
assignment-chart-description = 条形表示专家承担的任务包数量，细线表示其承担能力
assignment-chart-capacity = 承担能力（细线）
assignment-load-of = { $load }/{ $capacity }
assignment-user-id = 用户 { $id }
assignment-confirm-adds = 确认后，该方案将并入现行分配。
assignment-withdraw-heading = 撤出专家
assignment-withdraw-text = 该专家将退出本周期的所有任务包及其专家组。在收集或评审报告期间，仅按相同规则重新填补其空缺；在协调阶段，无人替代，其最后提交的分数保持有效。该专家将收到电子邮件通知。
assignment-withdraw-expert = 专家
assignment-withdraw = 撤出
assignment-choose-expert = 请选择一位专家

## Changing one bundle.

assignment-bundle-title = 修改任务包
assignment-bundle-heading = { $panel } 专家组 — { $city }
assignment-bundle-choose = 从专家组中最多选择 { $count } 名专家
assignment-bundle-rules = 适用与自动分配相同的规则：无利益冲突、能阅读报告语言、不超出承担能力。
assignment-bundle-save = 保存

## After an action.

assignment-done-run = 新方案已就绪：请检查，必要时修改任务包，然后确认。
assignment-done-confirm = 分配已生效；评审条目已创建。
assignment-done-withdraw = 该专家已撤出；在周期允许的情况下将重新填补其空缺，并已通知该专家。
assignment-done-bundle = 任务包已修改。

assignment-why = （{ $parts }）
assignment-why-separator = ；
assignment-why-expertise = 专长：{ $codes }，覆盖 { $areas } 个重点领域中的 { $shared } 个
assignment-why-no-expertise = 专长不涉及该专家组的任何重点领域
assignment-why-region = 熟悉该地区（{ $region }）
assignment-why-native = 母语为{ $language }
assignment-why-reviewed = 上一周期曾评审该城市
assignment-why-new = 此前未评审过该城市
assignment-why-affinity = 匹配度 { $affinity }/{ $max }
