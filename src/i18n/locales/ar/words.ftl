## أسماء المجال: الأدوار والحالات والسلّم.

role-secretariat = الأمانة
role-expert = خبير
role-city = منسّق المدينة

cycle-state-draft = مسودة
cycle-state-collecting = جمع التقارير
cycle-state-reviewing = قيد التقييم
cycle-state-reconciling = التوفيق
cycle-state-published = منشورة
cycle-state-archived = مؤرشفة

deadline-submission = التقديم
deadline-review = التقييم
deadline-reconciliation = التوفيق

report-state-draft = مسودة
report-state-submitted = مقدَّم
report-state-returned = أُعيد للتصحيح

queue-status-open = تقديرات ناقصة
queue-status-agreed = متفق عليه
queue-status-disagreement = خلاف
queue-status-moderation = بانتظار التحكيم
queue-status-moderated = تم التحكيم

method-agreed = بالاتفاق
method-agreed-after-revision = بالاتفاق بعد المراجعة
method-moderated = بالتحكيم

source-official = بيانات رسمية
source-survey = نتائج استقصاء
source-official-or-survey = بيانات رسمية أو استقصاء
source-expert-review = تقييم الخبراء

check-status-unchecked = لم يُتحقق منه بعد
check-status-verified = تحققت منه الأمانة
check-status-queried = استفسرت عنه الأمانة
check-status-answered = تمت الإجابة، ويلزم التحقق منه مجددًا
check-status-changed = تغيّر منذ التحقق منه

score-5 = ممتاز
score-4 = جيد جدًا
score-3 = جيد
score-2 = مقبول
score-1 = ضعيف

reviewer-letter = المقيّم { $letter }

author-you = أنتم
author-a-reviewer = أحد المقيّمين
author-chair = رئيس الفريق
author-secretariat = الأمانة

continuity-off = لا يؤخذون في الاعتبار
continuity-prefer = مفضَّلون، لإمكانية المقارنة
continuity-avoid = يُتجنَّبون، من أجل نظرة جديدة
region-africa = أفريقيا
region-arab-states = الدول العربية
region-asia-pacific = آسيا والمحيط الهادئ
region-europe-north-america = أوروبا وأمريكا الشمالية
region-latin-america-caribbean = أمريكا اللاتينية والبحر الكاريبي
