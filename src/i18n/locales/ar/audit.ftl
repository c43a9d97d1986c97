## The audit log (secretariat).

audit-title = سجل التدقيق
audit-intro = من فعل ماذا، وبأي عنصر، ومتى. لا يمكن تعديل القيود أو حذفها، بل تُضاف فقط.
audit-filter-object-type = نوع العنصر
audit-filter-object-id = معرِّف العنصر
audit-filter-action = الإجراء
audit-filter-actor = المنفِّذ (معرِّف المستخدم)
audit-filter = تصفية
audit-table-scroll = جدول (يمكن تمريره أفقيًا على الشاشات الضيقة)
audit-col-when = التوقيت (UTC)
audit-col-actor = المنفِّذ
audit-col-action = الإجراء
audit-col-object = العنصر
audit-col-before = قبل
audit-col-after = بعد
audit-user-named = { $name } (المستخدم { $id })
audit-user = المستخدم { $id }
audit-command-line = سطر الأوامر
audit-token-issued-by = باستخدام رمز وصول أصدره { $person }
audit-show = عرض
audit-pages = الصفحات
audit-newer = → الأحدث
audit-older = الأقدم ←
