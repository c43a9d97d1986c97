nav-home = الرئيسية
nav-cycles = الدورات
nav-network = الشبكة
nav-users = المستخدمون
nav-experts = الخبراء
nav-cities = المدن
nav-outbox = البريد الصادر
nav-audit = سجل التدقيق
nav-framework = الإطار
nav-history = تقييماتي السابقة
nav-profile = ملفي

layout-skip = الانتقال إلى المحتوى
layout-main-nav = القائمة الرئيسية
layout-languages = اللغات
layout-settings = إعداداتي
layout-sign-out = تسجيل الخروج
layout-sign-in = تسجيل الدخول
layout-footer = يتولى lcreview تقييم الخبراء لتقارير مدن التعلم وفقًا للسمات الرئيسية لمدن التعلم التي وضعتها شبكة اليونسكو العالمية لمدن التعلم. ولا تُقارَن أي مدينة إلا بدوراتها السابقة، ولا تُرتَّب المدن أبدًا.

confirm-warning = يُرجى التأكيد. لا يمكن التراجع عن هذا الإجراء.
confirm-cancel = إلغاء
