## The language switcher and /settings.

settings-language-saved = حُفظت لغتكم: ستُعرض الصفحات ورسائل البريد الإلكتروني بهذه اللغة.
settings-saved = حُفظت إعداداتكم.

settings-title = إعداداتي
settings-language = اللغة
settings-language-browser = لغة المتصفح
# Each language in itself, and its name in the reader's language in brackets (none for the reader's own).
settings-language-ar = العربية
settings-language-zh = 中文 (الصينية)
settings-language-en = English (الإنكليزية)
settings-language-fr = Français (الفرنسية)
settings-language-ru = Русский (الروسية)
settings-language-es = Español (الإسبانية)
settings-time-zone = المنطقة الزمنية
settings-time-zone-hint = (تُعرض المواعيد النهائية بحسبها، وبجانبها التوقيت العالمي المنسق UTC)
settings-digest-legend = التذكيرات وتغييرات التعيين بالبريد الإلكتروني
settings-digest-immediate = رسالة لكل حدث
settings-digest-daily = ملخص واحد في اليوم
settings-save = حفظ

## API tokens

settings-tokens-title = رموز الوصول الخاصة بي إلى واجهة API
settings-tokens-intro = يتيح رمز الوصول لبرنامج نصي استخدام واجهة JSON API باسمكم (Authorization: Bearer …). ولكل رمز مدة صلاحية؛ ويُرجى إلغاء أي رمز لم تعودوا تستخدمونه.
settings-tokens-new-secret = رمز الوصول الجديد الخاص بكم. يُرجى نسخه الآن، فلن يُعرض إلا مرة واحدة.
settings-tokens-none = لا توجد رموز وصول سارية.
settings-table-scroll = جدول (يمكن تمريره أفقيًا على الشاشات الضيقة)
settings-tokens-label = التسمية
settings-tokens-created = تاريخ الإنشاء
settings-tokens-last-used = آخر استخدام
settings-tokens-expires = تاريخ انتهاء الصلاحية
settings-tokens-revoke = إلغاء
settings-tokens-new-heading = رمز وصول جديد
settings-tokens-what-for = الغرض منه
settings-tokens-days = عدد الأيام حتى انتهاء صلاحيته
settings-tokens-days-hint = (من 1 إلى 365)
settings-tokens-create = إنشاء رمز الوصول
settings-tokens-days-invalid = الأيام: عدد صحيح من 1 إلى 365.
settings-token-revoked = أُلغي رمز الوصول.
