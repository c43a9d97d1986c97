## 领域名称：角色、状态、评分等级。

role-secretariat = 秘书处
role-expert = 专家
role-city = 城市协调员

cycle-state-draft = 草稿
cycle-state-collecting = 收集报告
cycle-state-reviewing = 评审中
cycle-state-reconciling = 协调中
cycle-state-published = 已发布
cycle-state-archived = 已归档

deadline-submission = 提交
deadline-review = 评审
deadline-reconciliation = 协调

report-state-draft = 草稿
report-state-submitted = 已提交
report-state-returned = 已退回修改

queue-status-open = 评分未齐
queue-status-agreed = 一致
queue-status-disagreement = 存在分歧
queue-status-moderation = 等待裁定
queue-status-moderated = 已裁定

method-agreed = 一致同意
method-agreed-after-revision = 修订后一致
method-moderated = 经裁定

source-official = 官方数据
source-survey = 调查结果
source-official-or-survey = 官方数据或调查结果
source-expert-review = 专家评审

check-status-unchecked = 尚未核查
check-status-verified = 秘书处已核实
check-status-queried = 秘书处已提出疑问
check-status-answered = 已答复，待再次核查
check-status-changed = 核实后已更改

score-5 = 优秀
score-4 = 很好
score-3 = 良好
score-2 = 一般
score-1 = 差

reviewer-letter = 评审员 { $letter }

author-you = 您
author-a-reviewer = 一位评审员
author-chair = 专家组组长
author-secretariat = 秘书处

continuity-off = 不考虑
continuity-prefer = 优先选择，以便前后可比
continuity-avoid = 尽量避免，以求新视角
region-africa = 非洲
region-arab-states = 阿拉伯国家
region-asia-pacific = 亚洲及太平洋
region-europe-north-america = 欧洲和北美
region-latin-america-caribbean = 拉丁美洲和加勒比
