## رفض طبقة التخزين (ما تجده عملية الكتابة في قاعدة البيانات) ورفض مرشّحات البريد الصادر.
## $id: رقم شخص أو مدينة.

refusals-city-twice = وردت مدينة مرتين
refusals-no-city = لا توجد مدينة تحمل الرقم { $id }
refusals-member-twice = ورد عضو مرتين
refusals-no-user = لا يوجد مستخدم يحمل الرقم { $id }
refusals-not-an-expert = المستخدم { $id } ليس خبيرًا
refusals-user-disabled = المستخدم { $id } معطَّل
refusals-chair-not-member = يجب أن يكون الرئيس (المستخدم { $id }) عضوًا في الفريق
# يُكتب "chair": null كما هو (حقل في JSON الخاص بواجهة البرمجة).
refusals-chair-no-longer-member = لم يعد رئيس الفريق (المستخدم { $id }) عضوًا فيه: يُرجى تعيين عضو آخر رئيسًا للفريق، أو إرسال "chair": null لترك الفريق بلا رئيس
# $state: حالة الدورة (error-cycle-state-…)
refusals-panels-frozen = لا يمكن تغيير الأفرقة إلا قبل بدء التقييم؛ والدورة في حالة «{ $state }»
refusals-cycle-stale = تغيّرت الدورة في هذه الأثناء؛ يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى
refusals-rating-stale = تغيّر تقديركم في هذه الأثناء (في نافذة أخرى؟)؛ يُرجى إعادة تحميله والمحاولة مرة أخرى
refusals-report-stale = تغيّر التقرير في هذه الأثناء (في نافذة أخرى أو على يد زميل)؛ يُرجى إعادة تحميله والمحاولة مرة أخرى
refusals-no-open-question = ليس لدى الأمانة سؤال مفتوح بشأن هذا الرقم
refusals-conflict-declared = سبق الإعلان عن حالة تضارب المصالح هذه
# $name: اسم المدينة؛ $country: رمز بلدها (IE)
refusals-city-registered = { $name } ({ $country }) مسجَّلة بالفعل
# $email: عنوان بريد إلكتروني
refusals-email-taken = يوجد بالفعل مستخدم بعنوان البريد الإلكتروني { $email }
refusals-identity-taken = هذا الحساب مرتبط بالفعل، أو لدى المستخدم بالفعل حساب لدى مقدّم الخدمة هذا

## مرشّحات البريد الصادر. $value: ما أُدخل؛ $choices: الرموز الواجب استخدامها، كما هي.

refusals-outbox-status = «{ $value }» ليست حالة؛ يُرجى استخدام إحدى الحالات التالية: { $choices }
refusals-outbox-kind = «{ $value }» ليس نوعًا من أنواع الرسائل؛ يُرجى استخدام أحد الأنواع التالية: { $choices }
refusals-outbox-before = رقم رسالة (1 أو أكثر)
refusals-outbox-limit = من 1 إلى 500 رسالة في المرة الواحدة
# $status: pending أو sending أو sent أو held أو digested
refusals-outbox-not-failed = لا يُعاد إرسال إلا الرسالة التي تعذّر إرسالها؛ وهذه الرسالة في حالة «{ $status ->
        [pending] في الانتظار
        [sending] قيد الإرسال
        [sent] أُرسلت
        [held] محتجزة
        [digested] أُدرجت في ملخص
       *[other] { $status }
    }» (تُرسَل الرسالة المنتظرة من تلقاء نفسها)

## إرشادات التقدير الافتراضية: معنى كل مستوى من مستويات السلّم حين لا تكتب الأمانة شيئًا
## لمقياس ما (5 ممتاز … 1 ضعيف).

refusals-guidance-default-5 = مطبَّق بالكامل ومستدام على نطاق المدينة كلها، مع أدلة واضحة على النتائج.
refusals-guidance-default-4 = مطبَّق وفعّال، مع أدلة تثبت ذلك؛ وثمة ثغرات طفيفة في نطاق التغطية أو في المتابعة.
refusals-guidance-default-3 = مطبَّق جزئيًا أو بدأ تطبيقه مؤخرًا، مع أدلة على تحقيق بعض النتائج.
refusals-guidance-default-2 = مخطَّط له، أو بدأ تطبيقه على نطاق محدود؛ والأدلة على النتائج قليلة.
refusals-guidance-default-1 = غير مطبَّق، أو لا يقدّم التقرير أي دليل عليه.
