## The secretariat's pages: users, cities and their institutions, the outbox, the e-mail templates.

admin-table-scroll = جدول (يمكن تمريره أفقيًا على الشاشات الضيقة)
admin-go-to-form = الانتقال إلى الاستمارة
admin-back = رجوع
admin-save = حفظ
admin-optional = (اختياري)

admin-name = الاسم
admin-email = البريد الإلكتروني
admin-role = الدور
admin-city = المدينة
admin-status = الحالة
admin-country = البلد
admin-region = المنطقة
admin-languages = اللغات
admin-institutions = المؤسسات

## Users

admin-users-title = المستخدمون
# $error: why the invitation was refused
admin-users-not-sent = لم تُرسَل الدعوة: { $error }
admin-users-count = { $count ->
    [zero] لا توجد حسابات
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
admin-user-disabled = معطَّل
admin-user-active = نشط
admin-user-enable = تفعيل
admin-user-disable = تعطيل
admin-invite-heading = دعوة شخص
admin-invite-hint = يسجّل المدعوّ الدخول بحساب مؤسسته، ويجب أن يكون عنوان البريد الإلكتروني المُتحقَّق منه في هذا الحساب هو العنوان المذكور هنا.
admin-city-hint = (لمنسقي المدن فقط)
admin-invite-button = دعوة
admin-invite-choose-city = يُرجى اختيار مدينة من القائمة
admin-user-invited = وُجِّهت الدعوة إلى { $name }، وستُبلغه رسالة بالبريد الإلكتروني بمكان تسجيل الدخول.
admin-user-disabled-done = عُطِّل حساب { $name }، وأُنهيت جميع جلساته.
admin-user-enabled-done = أُعيد تفعيل حساب { $name }.

## Cities

admin-cities-title = المدن
admin-cities-not-registered = لم تُسجَّل المدينة: { $error }
admin-cities-count = { $count ->
    [zero] لا توجد مدن
    [one] مدينة واحدة، حسب الترتيب الأبجدي
    [two] مدينتان، حسب الترتيب الأبجدي
    [few] { $count } مدن، حسب الترتيب الأبجدي
    [many] { $count } مدينةً، حسب الترتيب الأبجدي
   *[other] { $count } مدينة، حسب الترتيب الأبجدي
}
admin-institutions-view = عرض أو تعديل
admin-register-heading = تسجيل مدينة
admin-country-hint = (رمز ISO 3166-1 المكوَّن من حرفين، مثل CN)
admin-report-languages = لغات التقارير
admin-report-languages-hint = (رموز ISO 639-1 مفصولة بفواصل، مثل en, fr)
admin-register-button = تسجيل
# $field: one of the admin-city-field-… words
admin-cities-refused = { $field }: { $message }
admin-city-field-name = الاسم
admin-city-field-country = البلد
admin-city-field-region = المنطقة
admin-city-field-languages = اللغات
admin-city-field-institutions = المؤسسات
admin-city-registered = سُجِّلت مدينة { $name }.

## A city's institutions

admin-institutions-title = مؤسسات { $city }
admin-institutions-intro = الإدارة البلدية والمؤسسات الشريكة التي يذكرها تقريركم. ولا يقيّم هذه المدينةَ أيُّ خبير يعمل لدى إحداها: فهذه إحدى حالات تضارب المصالح التي يراعيها تعيين الخبراء، حتى بعد إجرائه.
admin-institutions-hint = (مؤسسة واحدة في كل سطر)
admin-institutions-saved = حُفظت مؤسسات { $city }.

## The outbox

admin-outbox-title = البريد الصادر
admin-outbox-intro = كل رسالة بريد إلكتروني ترسلها الخدمة: إلى من، ومتى، وما الذي أخفق. ويمكن إعادة إرسال الرسالة التي أخفقت جميع محاولات إرسالها.
admin-outbox-templates-link = عرض كل رسالة كما يقرؤها متلقّيها
# What follows the link: the sentence's full stop.
admin-outbox-templates-after = .
# $status: one of the admin-outbox-status-… words
admin-outbox-count-of = { $status }: { $count }
admin-outbox-status-pending = في الانتظار
admin-outbox-status-sending = قيد الإرسال
admin-outbox-status-sent = أُرسلت
admin-outbox-status-failed = تعذّر إرسالها
admin-outbox-status-held = محتجزة
admin-outbox-status-digested = أُدرجت في ملخص
admin-outbox-all = الكل
admin-outbox-filter = تصفية
admin-outbox-none = لا توجد رسائل.
admin-outbox-count = { $count ->
    [zero] لا توجد رسائل
    [one] رسالة واحدة، الأحدث أولًا
    [two] رسالتان، الأحدث أولًا
    [few] { $count } رسائل، الأحدث أولًا
    [many] { $count } رسالةً، الأحدث أولًا
   *[other] { $count } رسالة، الأحدث أولًا
}
admin-outbox-queued = وقت الإدراج في قائمة الانتظار (UTC)
admin-outbox-to = إلى
admin-outbox-subject = الموضوع
admin-outbox-kind = النوع
admin-outbox-sent = وقت الإرسال (UTC)
admin-outbox-attempts = { $count ->
    [zero] (لا محاولات)
    [one] (محاولة واحدة)
    [two] (محاولتان)
    [few] ({ $count } محاولات)
    [many] ({ $count } محاولةً)
   *[other] ({ $count } محاولة)
}
admin-outbox-why = السبب
admin-outbox-send-again = إعادة الإرسال
admin-outbox-queued-again = أُعيدت الرسالة الموجهة إلى { $to } إلى قائمة انتظار الإرسال.
admin-outbox-not-sent-again = لم يُعَد الإرسال: { $reason }

## The e-mail templates

admin-templates-title = نماذج رسائل البريد الإلكتروني
admin-templates-intro = كل رسالة ترسلها الخدمة، كما يقرؤها متلقّيها (بيانات نموذجية؛ التواريخ بحسب المنطقة الزمنية للمتلقّي، وبجانبها التوقيت العالمي المنسق UTC).
admin-templates-subject = الموضوع (مثال)
admin-templates-all = → جميع النماذج
admin-template-to = إلى: { $to }
admin-template-kind = النوع
admin-template-plain = نص عادي
admin-template-html = نسخة HTML
