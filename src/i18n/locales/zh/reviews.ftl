## 专家页面：评审任务、某批条目的评审页面及评分表、条目讨论、以往评审，以及周期的评分指南。

reviews-home-title = 您的评审
reviews-home-empty = 您目前没有需要完成的评审。您参与的周期开始评审后，您负责的城市和专家组将连同截止日期显示在此处。
reviews-table-scroll = 表格（在窄屏上可横向滚动）
reviews-col-city = 城市
reviews-col-panel = 专家组
reviews-col-cycle = 周期
reviews-col-round = 轮次
reviews-col-submitted = 已提交
reviews-col-deadline = 截止日期
reviews-col-measurement = 指标
reviews-col-your-rating = 您的评分
reviews-col-consensus = 共识
reviews-progress = { $rated }/{ $total }
reviews-round-first = 首轮评分
reviews-round-revision = 修订（第 { $round } 轮）

reviews-chaired-heading = 您担任组长的专家组
reviews-chaired-count = { $status }：
reviews-chaired-to-moderate =
    { $count ->
       *[other] { $count } 个条目待您裁定
    }
reviews-chaired-write = 撰写评语（待撰写 { $count } 条）
reviews-chaired-all-written = 每个已确定的条目均已有评语。
reviews-chaired-all-items = 专家组的全部条目
reviews-link-history = 您以往的评审
reviews-link-profile = 您的个人资料
reviews-link-framework = 框架

reviews-discussion-heading = 讨论
reviews-discussion-intro = 仅在该条目的评审员与专家组组长之间进行，以角色而非姓名显示。城市无法看到。
reviews-discussion-empty = 尚无评论。
reviews-comment-round = 第 { $round } 轮
reviews-comment-label = 您的评论
reviews-comment-add = 添加评论
reviews-comment-added = 您的评论已添加。
reviews-comment-not-added = 评论未添加：{ $message }

reviews-bundle-heading = { $city }：{ $panel }
reviews-deadline = 截止日期：
reviews-instructions-after-deadline = 。请根据城市报告对每项指标评分，分数从 5（{ $excellent }）到 1（{ $poor }），并附上至少 { $min } 个字符的理由方可提交（草稿可以更短）。您提交自己的评分后，即可看到其他评审员的评分。
reviews-guidance-link = 本周期每项指标各分数的含义
reviews-drafts-kept = 草稿会在您输入时自动保存（保存在此浏览器中；选择分数后也会保存到服务器）；离开含有未保存文本的页面前，系统会提醒您。
reviews-rating-closed = 本轮评分已关闭。
reviews-city-report = 城市报告
reviews-no-narrative = 无叙述。
reviews-last-cycle = { $cycle } 周期：{ $score } { $label }
reviews-last-statement = 专家组评语：
reviews-last-action-plan = 城市行动计划：
reviews-last-action-plan-none = 未提供
reviews-self-rating = 城市自评：{ $score } { $label }
reviews-your-rating = 您的评分
reviews-your-rating-revision = — 修订，第 { $round } 轮
reviews-you-are = （您是{ $label }）
reviews-previous-rating = 您第 { $round } 轮的评分：{ $score } { $label }
reviews-previous-hint = 表单以该评分为起点：您可以保留或修改分数，并说明本轮的理由。
reviews-saved-version = 当前已保存的版本（已在别处更改）：{ $score } { $label }
reviews-saved-version-hint = 下方表单保留了您输入的内容：提交即可替换已保存的版本，您也可以复制所需内容。
reviews-guidance-summary = 该指标各分数的含义
reviews-item-submitted = 已提交。截止日期前您仍可修改。
reviews-item-closed = 该条目目前不接受评分：它已有定论，或正在等待其他评审员修订。
reviews-score = 分数
reviews-justification = 理由
reviews-justification-hint = （至少 { $min } 个字符）
reviews-confidence = 把握程度
reviews-confidence-hint = （选填）
reviews-confidence-low = 低
reviews-confidence-medium = 中
reviews-confidence-high = 高
reviews-save-draft = 保存草稿
reviews-submit = 提交
reviews-others-heading = 其他评审员
reviews-other-rating = { $reviewer }：{ $score } { $label }
reviews-not-revised-yet = { $reviewer }（第 { $round } 轮，尚未修订）

reviews-rating-submitted = 您的评分已提交。
reviews-draft-saved = 草稿已保存。
reviews-choose-score = 请选择分数。
reviews-choose-score-field = 请选择分数
reviews-rate-forbidden = 只有该条目的评审员才能评分。
reviews-not-saved = 未保存：{ $message }

reviews-js-restored = 已恢复此浏览器中未保存的草稿。
reviews-js-kept = 已保留在此浏览器中；选择分数后即可保存草稿。
reviews-js-saving = 正在保存…
reviews-js-not-saved-status = 未保存（{ $status }）：请重新加载页面；您的文本已保留在此浏览器中。
reviews-js-offline = 未保存（无网络连接）；已保留在此浏览器中。

reviews-history-title = 您以往的评审
reviews-history-intro = 您在已发布周期中评审的每个条目的最后一次评分，以及专家组达成的共识。只有您能看到此页面。
reviews-history-empty = 暂无内容：周期发布后，您的评审将显示在此处。
reviews-history-justification = 您的理由
reviews-history-mine = { $score } { $label }（第 { $round } 轮）
reviews-history-forbidden = 此页面仅列出专家本人以往的评审。

reviews-guidance-page-title = 评分指南 — { $cycle }
reviews-guidance-heading = 评分指南
reviews-guidance-intro = 本周期每项指标各分数的含义。秘书处未撰写说明之处，适用本服务的默认文本（标记为“默认”）。
reviews-guidance-edit-hint = 填写某一等级的文本即可替换本周期的默认文本；清空字段即可恢复默认文本。评审员会在评分表单旁看到该文本。
reviews-guidance-default = （默认）
reviews-guidance-save = 保存 { $code } 的评分指南
reviews-guidance-saved = { $code } 的评分指南已保存。
