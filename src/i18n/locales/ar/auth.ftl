## Signing in: the sign-in page, refusals, the CSRF check.

auth-signin-title = تسجيل الدخول
auth-sign-in = تسجيل الدخول
auth-signed-out = لقد سجّلتم الخروج.
auth-signin-intro = تُنشئ الأمانة حسابات lcreview. يُرجى تسجيل الدخول بحساب مؤسستكم.
# Followed by the configuration section's name, [[auth.providers]], then auth-no-provider-after.
auth-no-provider-before = لم يُهيَّأ أي مقدّم لخدمة تسجيل الدخول. ويمكن للمسؤول إضافة مقدّم في القسم
auth-no-provider-after = من ملف التهيئة.
# $provider: the sign-in provider's name
auth-signin-with = تسجيل الدخول عبر { $provider }
auth-dev-heading = تسجيل الدخول لأغراض التطوير
# Followed by the setting's name, auth.dev_login, then auth-dev-after.
auth-dev-before = يعمل هذا الخادم مع تفعيل الخيار
auth-dev-after = — يمكنكم اختيار أي مستخدم لاستكشاف lcreview بصفته. ولا يجوز تفعيل هذا الخيار أبدًا على خادم يمكن للآخرين الوصول إليه.
# Followed by the command, lcreview admin create-user, then auth-dev-no-user-after.
auth-dev-no-user-before = لا يوجد أي مستخدم بعد. يمكنكم إنشاء مستخدم بالأمر
auth-dev-no-user-after = .
auth-dev-user = المستخدم

auth-not-invited-title = لا توجد دعوة
auth-not-invited-heading = لم تُوجَّه إليكم دعوة بعد
auth-not-invited-text = سجّلتم الدخول عبر { $provider }، ولكن لا يوجد حساب في lcreview يطابق عنوان بريدكم الإلكتروني المُتحقَّق منه. تُنشئ الأمانة الحسابات: فيُرجى أن تطلبوا منها دعوتكم على العنوان الذي يستخدمه حساب مؤسستكم، ثم تسجيل الدخول مرة أخرى.
auth-back-to-signin = العودة إلى صفحة تسجيل الدخول

auth-disabled-title = الحساب معطَّل
auth-disabled-heading = حسابكم معطَّل
auth-disabled-text = عطّلت الأمانة حساب lcreview هذا. وإذا كنتم تعتقدون أن ذلك خطأ، فيُرجى أن تطلبوا منها إعادة تفعيله.

auth-linked-title = حساب آخر
auth-linked-heading = حسابكم في lcreview مرتبط بحساب آخر لدى { $provider }
auth-linked-text = حساب lcreview الذي يحمل عنوان بريدكم الإلكتروني مرتبط بالفعل بحساب مختلف لدى { $provider }. يُرجى تسجيل الدخول بذلك الحساب. وإذا فقدتم إمكانية الوصول إليه، فيُرجى الاتصال بالأمانة، إذ يمكنها ربط حسابكم من جديد.

auth-sign-in-expired = انتهت صلاحية عملية تسجيل الدخول هذه أو لم تبدأ من هنا. يُرجى تسجيل الدخول مرة أخرى.
auth-sign-in-cancelled = أُلغيت عملية تسجيل الدخول أو رفضها مقدّم الخدمة.
auth-sign-in-unverified = تعذّر التحقق من عملية تسجيل الدخول هذه. يُرجى تسجيل الدخول مرة أخرى.
auth-csrf-refused = انتهت صلاحية هذه الاستمارة أو لم تصدر عن lcreview. يُرجى الرجوع إلى الصفحة السابقة وإعادة تحميلها ثم المحاولة مرة أخرى.
# $error: the form reader's technical explanation
auth-form-unreadable = تعذّرت قراءة الاستمارة: { $error }
auth-page-for-secretariat = هذه الصفحة مخصصة للأمانة.
