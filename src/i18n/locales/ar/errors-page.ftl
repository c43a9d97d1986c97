## Error pages: the title (the status), the message, the way back. The JSON API's errors stay English.

errors-page-back = العودة إلى صفحتكم الرئيسية

errors-page-title-400 = طلب غير صالح
errors-page-title-401 = يلزم تسجيل الدخول
errors-page-title-403 = الوصول غير مسموح
errors-page-title-404 = غير موجود
errors-page-title-409 = تعارض
errors-page-title-413 = حجم المحتوى كبير جدًا
errors-page-title-415 = نوع المحتوى غير مدعوم
errors-page-title-422 = بيانات غير صالحة
errors-page-title-429 = عدد كبير جدًا من الطلبات
errors-page-title-500 = خطأ داخلي في الخادم
errors-page-title-503 = الخدمة غير متاحة
errors-page-title-other = خطأ

# $field: one of the errors-page-field-… words; $message: what is wrong with it
errors-page-invalid = { $field }: { $message }
# $limit: a number of bytes
errors-page-too-large = يتجاوز حجم محتوى الطلب { $limit } بايت
errors-page-not-json = يجب أن يكون محتوى الطلب بصيغة JSON (Content-Type: application/json)
errors-page-too-many = عدد كبير جدًا من الطلبات من عنوانكم؛ يُرجى المحاولة مرة أخرى بعد { $seconds } ث
errors-page-unavailable = يتعذّر الوصول إلى قاعدة البيانات حاليًا؛ يُرجى المحاولة مرة أخرى بعد قليل
errors-page-internal = حدث خطأ من جانبنا، وقد سُجِّل

# $what: a thing the service looked for, in English (for a thing without its own message below)
errors-page-not-found = لم يُعثر على: { $what }
errors-page-not-found-cycle = لم يُعثر على الدورة
errors-page-not-found-user = لم يُعثر على المستخدم
errors-page-not-found-city = لم يُعثر على المدينة
errors-page-not-found-bundle = لم يُعثر على الحزمة
errors-page-not-found-page = لم يُعثر على الصفحة
errors-page-not-found-item = لم يُعثر على البند
errors-page-not-found-framework-edition = لم يُعثر على طبعة الإطار
errors-page-not-found-expert = لم يُعثر على الخبير
errors-page-not-found-report = لم يُعثر على التقرير
errors-page-not-found-statistic = لم يُعثر على الإحصاء
errors-page-not-found-panel = لم يُعثر على الفريق
errors-page-not-found-message = لم يُعثر على الرسالة
errors-page-not-found-measurement = لم يُعثر على المقياس
errors-page-not-found-extension = لم يُعثر على التمديد
errors-page-not-found-token = لم يُعثر على رمز الوصول
errors-page-not-found-template = لم يُعثر على النموذج
errors-page-not-found-sign-in-provider = لم يُعثر على مقدّم خدمة تسجيل الدخول
errors-page-not-found-route = لم يُعثر على العنوان
errors-page-not-found-rating = لم يُعثر على التقدير
errors-page-not-found-profile = لم يُعثر على الملف
errors-page-not-found-object = لم يُعثر على العنصر
errors-page-not-found-language = لم يُعثر على اللغة

## A form's or the API's field, as a person calls it, at the start of a refusal ("The city: …").

errors-page-field-submission-deadline = الموعد النهائي لتقديم التقارير
errors-page-field-review-deadline = الموعد النهائي للتقييم
errors-page-field-reconciliation-deadline = الموعد النهائي للتوفيق
errors-page-field-city = المدينة
errors-page-field-person = الشخص
errors-page-field-panel-size = حجم الفريق
errors-page-field-min-justification = الحد الأدنى لطول المسوّغ
errors-page-field-max-spread = أكبر فارق يُعدّ اتفاقًا
errors-page-field-revision-rounds = عدد جولات المراجعة
errors-page-field-email = عنوان البريد الإلكتروني
errors-page-field-name = الاسم
errors-page-field-role = الدور
errors-page-field-country = البلد
errors-page-field-languages = اللغات
errors-page-field-score = الدرجة
errors-page-field-justification = المسوّغ
errors-page-field-confidence = مستوى الثقة
errors-page-field-statement = الملاحظات
errors-page-field-rationale = التعليل
errors-page-field-reason = السبب
errors-page-field-comment = التعليق
errors-page-field-guidance = إرشادات التقدير
errors-page-field-members = الأعضاء
errors-page-field-chair = رئيس الفريق
errors-page-field-measurements = المقاييس
errors-page-field-date = التاريخ
errors-page-field-profile = الملف
errors-page-field-to = المرسل إليه
errors-page-field-message = الرسالة
errors-page-field-label = التسمية
errors-page-field-institution = المؤسسة
errors-page-field-institutions = المؤسسات
errors-page-field-expertise = مجالات الخبرة
errors-page-field-capacity = القدرة الاستيعابية
errors-page-field-region = المنطقة
errors-page-field-experts = الخبراء
errors-page-field-expires-in-days = مدة الصلاحية بالأيام
errors-page-field-answer = الإجابة
errors-page-field-question = السؤال
errors-page-field-status = الحالة
errors-page-field-limit = الحد الأقصى
errors-page-field-before = قبل
# A refusal about no field in particular
errors-page-field-this = هذا
