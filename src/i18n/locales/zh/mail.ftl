## E-mail: every message lcreview sends, in its recipient's language.

mail-greeting = 尊敬的 { $name }：
mail-footer = lcreview：学习型城市报告专家评审
mail-link-line = { $label }：{ $url }

mail-link-sign-in = 登录
mail-link-your-report = 您的报告
mail-link-your-reviews = 您的评审任务
mail-link-your-review = 您的评审
mail-link-the-item = 该条目
mail-link-the-report = 该报告
mail-link-city-profile = 贵市概况

mail-thanks = 谢谢。

mail-bundle = { $city }（{ $panel } 专家组）

## An invitation to a new account.

mail-invitation-subject = 诚邀您加入 lcreview
mail-invitation-by-secretariat = lcreview 秘书处
mail-invitation-intro = { $inviter } 邀请您以{ $role ->
        [secretariat] 秘书处成员
        [expert] 独立专家
       *[other] 贵市协调员
    }身份加入 lcreview。联合国教科文组织全球学习型城市网络在该平台上评审学习型城市的报告。
mail-invitation-sign-in = 请使用本电子邮件地址（{ $email }）在 { $url } 登录。我们不会通过电子邮件发送密码。
mail-invitation-expert = 首先，请完善您的个人资料：您能阅读的语言、专业领域、所在国家和机构，以及您在一个周期内能够评审的任务包数量。
mail-invitation-city = 贵市报告的评审周期开启时，我们将通知您。

## To a city's users.

mail-cycle-opened-subject = { $city }：评审周期“{ $cycle }”已开启，请提交报告
mail-cycle-opened-intro = 评审周期“{ $cycle }”已经开启，{ $city } 为参与城市之一。
mail-cycle-opened-due = 请于 { $deadline } 之前撰写并提交贵市的报告。

mail-receipt-subject = { $city }：贵市的“{ $cycle }”报告已收到
mail-receipt-intro = 我们已于 { $date } 收到 { $city } 在评审周期“{ $cycle }”中提交的报告。
mail-receipt-locked = 报告现已锁定。如秘书处发现需要修改之处，将把报告退回给您并附上留言。

mail-report-reminder-subject = { $city }：贵市的“{ $cycle }”报告尚未提交
mail-report-reminder-intro = 秘书处提醒您：{ $city } 在评审周期“{ $cycle }”中的报告尚未提交。
mail-report-reminder-due = 报告提交截止日期为 { $deadline }。
mail-report-reminder-draft = 系统会在您撰写时保存草稿；报告完成后请提交。

mail-returned-subject = { $city }：贵市的“{ $cycle }”报告已退回修改
mail-returned-intro = 秘书处退回了 { $city } 在评审周期“{ $cycle }”中的报告。秘书处的留言如下：
mail-returned-due = 请修改报告，并于 { $deadline } 之前重新提交。在此之前，该报告不在评审范围内。

## To an expert.

mail-assignment-subject = 您的评审任务：{ $cycle }
mail-assignment-intro = 在评审周期“{ $cycle }”中，您负责评审：
mail-assignment-deadline = 评审截止日期为 { $deadline }。评审开始后，您的评审任务将列在您的主页上。
mail-assignment-thanks = 感谢您的工作。

mail-unassigned-subject = 您的评审任务有变：{ $cycle }
mail-unassigned-intro = 在评审周期“{ $cycle }”中，您不再评审：
mail-unassigned-nothing-to-do = 您无需再为这些任务包做任何工作。您已提交的评分将保留在评审记录中。

mail-reminder-subject = 提醒：您有 { $count } 项评分待提交
mail-reminder-subject-by = 提醒：您有 { $count } 项评分须于 { $deadline } 之前提交
mail-reminder-intro = 在评审周期“{ $cycle }”的{ $phase ->
        [reconciliation] 修订轮次
       *[other] 评审
    }中，您仍有 { $count } 项评分待提交。
mail-reminder-intro-by = 在评审周期“{ $cycle }”的{ $phase ->
        [reconciliation] 修订轮次
       *[other] 评审
    }中，您仍有 { $count } 项评分须于 { $deadline } 之前提交。

mail-revision-subject = 第 { $round } 轮修订：{ $count } 个条目需重新考虑
mail-revision-intro = 在评审周期“{ $cycle }”中，您评审的 { $count } 个条目的评分存在分歧。请阅读其他评审员的评分和理由（已匿名），然后保留或修改您的分数，并说明本轮的理由。您的评审页面列出了本轮的所有条目，包括之后加入本轮的条目。
mail-revision-closes = 本轮于 { $deadline } 结束。

mail-deadline-changed-subject = { $cycle }：{ $which ->
        [submission] 报告提交
        [reconciliation] 协调
       *[other] 评审
    }截止日期现为 { $after }
mail-deadline-changed-intro = 秘书处调整了评审周期“{ $cycle }”的{ $which ->
        [submission] 报告提交
        [reconciliation] 协调
       *[other] 评审
    }截止日期：原为 { $before }，现为 { $after }。

mail-extension-subject = { $cycle }：您可以在 { $until } 之前完成评分
mail-extension-intro = 秘书处允许您在 { $until } 之前完成“{ $cycle }”{ $round ->
        [submission] 提交
        [reconciliation] 协调
       *[other] 评审
    }轮次的评分。
mail-extension-withdrawn-subject = { $cycle }：您的延期已撤销
mail-extension-withdrawn-intro = 秘书处撤销了您在“{ $cycle }”{ $round ->
        [submission] 提交
        [reconciliation] 协调
       *[other] 评审
    }轮次的延期：该轮次原定的截止日期重新适用。

mail-reopened-subject = 您对 { $city }（{ $measurement }）的评分已重新开放
mail-reopened-intro = 秘书处重新开放了您在评审周期“{ $cycle }”中对 { $city } 的指标 { $measurement } 已提交的评分，以便您进行更正。原因如下：
mail-reopened-draft = 该评分已恢复为草稿：如有需要请修改，然后提交。

## Discussions and figures.

mail-comment-subject = 关于 { $city }（{ $measurement }）的新评论
mail-comment-intro = { $author }在评审周期“{ $cycle }”中关于 { $city } 的指标 { $measurement } 的讨论中写道：
mail-comment-reply = 请在该条目的页面上回复；讨论仅限该条目的评审员和专家组组长参与。

mail-figure-query-subject = { $city }：关于贵市报告中一项数据的问题（{ $measurement }）
mail-figure-query-intro = 秘书处核查了 { $city } 在评审周期“{ $cycle }”中的报告数据，并就指标 { $measurement } 提出以下问题：
mail-figure-query-answer = 请在报告页面上作答：可以文字说明、提供更正后的数据，或两者兼有。

mail-figure-answered-subject = { $city } 已答复您关于 { $measurement } 的问题
mail-figure-answered-intro = { $city } 在其评审周期“{ $cycle }”的报告中答复了关于指标 { $measurement } 的问题：
mail-figure-answered-check = 请在报告页面上再次核查该数据。

## Results, and the daily digest.

mail-published-subject = { $city }：“{ $cycle }”的结果已发布
mail-published-intro = 专家对 { $city } 在“{ $cycle }”中的共识分数和反馈评语已发布在贵市的概况页面上。
mail-published-thanks = 感谢您提交报告。

mail-digest-subject = lcreview：您的每日摘要（{ $count } 条消息）
mail-digest-intro = 以下是自上次摘要以来您在 lcreview 中的动态（{ $count } 条消息）。

## Sample messages a daily digest gathers, on the secretariat's preview page.

mail-sample-digest-assignment = 您负责评审 { $city }（{ $panel } 专家组）。
mail-sample-digest-reminder = 在评审周期“{ $cycle }”的评审中，您仍有 { $count } 项评分待提交。
