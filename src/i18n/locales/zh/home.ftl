## The start page: the welcome for visitors, the secretariat's and the city coordinator's home pages.

home-welcome-title = 欢迎
home-welcome-heading = 学习型城市专家评审
home-welcome-lead = lcreview 用于开展学习型城市报告的同行评审：秘书处开启评审周期，各城市提交报告，独立专家按五级评分等级对定性指标评分并协调分歧，每个城市均可在自己的概况页面查看共识分数和反馈评语。
home-sign-in = 登录
home-framework = 框架
home-framework-before-link = 评审依据
home-framework-after-link = ：共 { $measurements } 项指标，其中 { $expert_review } 项通过专家评审评分。
home-api = 供脚本使用
home-api-before-link = JSON API 的说明见其
home-api-link = OpenAPI 文档
home-api-after-link = 。调用时使用个人令牌进行身份验证：
home-api-end = {"。"}

## The secretariat's home page.

home-secretariat-title = 秘书处
home-secretariat-lead = 管理评审：周期、人员、城市和发布。
home-secretariat-cycles = 评审周期
home-secretariat-cycles-text = ：开启周期，跟进报告、分配、评分和协调，并发布结果。
home-secretariat-network = 网络
home-secretariat-network-text = ：按报告状态统计的城市数量以及已发布分数的分布情况，不作排名。
home-secretariat-users = 用户
home-secretariat-users-text = ：共 { $count } 个账户；可邀请专家、城市协调员和同事。
home-secretariat-cities = 城市
home-secretariat-cities-text = ：已登记 { $count } 个。
home-secretariat-framework = 框架
home-secretariat-framework-text = ：评审工作的依据。

## The city coordinator's home page.

home-city-title = 您的城市
home-city-lead = 城市协调员页面
home-city-country = 国家
home-city-region = 地区
home-city-languages = 报告语言
home-city-institutions = 机构
home-city-institutions-none = 未登记
home-institutions-separator = {"；"}
home-city-institutions-change = 修改
home-city-next = 后续步骤
home-city-cycle-name = { $cycle }：
home-city-open-report = 打开报告
home-city-letter = 结果函
home-city-profile = 您所在城市的概况：已发布的结果
home-city-reports = 您的报告
home-city-no-reports = 评审周期开启后，您所在城市的报告将显示在此处，供撰写和提交；已发布的分数和评语将显示在您所在城市的概况页面。
home-table-scroll = 表格（在窄屏上可横向滚动）
home-col-review-cycle = 评审周期
home-col-cycle = 周期
home-col-your-report = 您的报告
home-city-unbound = 您的账户未关联任何城市。请联系秘书处。

## What the city has to do next in a cycle.

home-next-wait = 本周期正在筹备中：目前无需任何操作。
home-next-write = 请撰写报告，并于 { $deadline } 前提交。
home-next-resubmit = 秘书处已退回您的报告：请阅读其留言，修改后重新提交。
home-next-submitted = 您的报告已提交：在结果发布之前无需任何操作。
home-next-in-review = 专家正在评审您的报告；结果将显示在您的概况页面。
home-next-out-of-review = 评审开始时您的报告尚未提交：该报告不参与本次评审。
home-next-read-results = 结果已发布：请在您的概况页面查看。
