## Experts' profiles and conflicts of interest, the secretariat's list of experts, the panel page.

experts-profile-title = ملف الخبير
experts-profile-heading = ملف { $name }
experts-profile-intro = تُستخدم هذه المعلومات في إسناد التقارير: لغاتكم، ومجالات خبرتكم، وعدد الحزم التي يمكنكم تولّيها، والمكان الذي تنتمون إليه (فلا تقيّمون مدينتكم أبدًا، ولا بلدكم ما لم تسمح الدورة بذلك).
experts-country = البلد
experts-country-hint = (رمز ISO 3166-1 المكوَّن من حرفين، مثل BR)
experts-home-city = مدينة الانتماء
experts-home-city-hint = (إن كانت عضوًا في الشبكة)
experts-home-city-named-hint = (إن كانت عضوًا في الشبكة؛ يُرجى إضافة رمز البلد إذا كان لمدينتين الاسم نفسه: Cork, IE)
experts-institution = المؤسسة
experts-languages-read = اللغات التي تقرؤونها
experts-languages-hint = (رموز ISO 639-1 مفصولة بفواصل، مثل en, pt)
experts-expertise-legend = مجالات الخبرة
experts-capacity = القدرة الاستيعابية
experts-capacity-hint = (عدد الحزم في كل دورة)
experts-save-profile = حفظ الملف
experts-conflicts-heading = حالات تضارب المصالح
experts-conflicts-none = لم يُعلَن عن أي حالة.
experts-city = المدينة
experts-conflict-city-hint = (اسمها؛ يُرجى إضافة رمز البلد إذا كان لمدينتين الاسم نفسه)
experts-why = السبب
experts-declare = الإعلان عن حالة تضارب مصالح

experts-home-city-choose = مدينة الانتماء: يُرجى اختيار مدينة من القائمة
experts-capacity-whole = القدرة الاستيعابية: عدد صحيح
# $field: one of the experts-field-… words
experts-profile-refused = { $field }: { $message }
experts-field-country = البلد
experts-field-institution = المؤسسة
experts-field-languages = اللغات
experts-field-expertise = مجالات الخبرة
experts-field-capacity = القدرة الاستيعابية
experts-choose-city = يُرجى اختيار مدينة
experts-profile-saved = حُفظ الملف.
experts-conflict-recorded = سُجِّل تضارب المصالح.
experts-conflict-recorded-removed = { $count ->
    [zero] سُجِّل تضارب المصالح. وأُعفي الخبير من { $count } حزمة لتلك المدينة في دورة جارية، واستُبعدت تقديراته لها.
    [one] سُجِّل تضارب المصالح. وأُعفي الخبير من حزمة واحدة لتلك المدينة في دورة جارية، واستُبعدت تقديراته لها.
    [two] سُجِّل تضارب المصالح. وأُعفي الخبير من حزمتين لتلك المدينة في دورة جارية، واستُبعدت تقديراته لها.
    [few] سُجِّل تضارب المصالح. وأُعفي الخبير من { $count } حزم لتلك المدينة في دورة جارية، واستُبعدت تقديراته لها.
    [many] سُجِّل تضارب المصالح. وأُعفي الخبير من { $count } حزمةً لتلك المدينة في دورة جارية، واستُبعدت تقديراته لها.
   *[other] سُجِّل تضارب المصالح. وأُعفي الخبير من { $count } حزمة لتلك المدينة في دورة جارية، واستُبعدت تقديراته لها.
}
experts-page-for-experts = هذه الصفحة مخصصة للخبراء.

## The list of experts

experts-list-title = الخبراء
experts-table-scroll = جدول (يمكن تمريره أفقيًا على الشاشات الضيقة)
experts-col-name = الاسم
experts-col-email = البريد الإلكتروني
experts-col-languages = اللغات
experts-col-expertise = مجالات الخبرة
experts-no-profile = لا يوجد ملف بعد

## A panel

experts-panel-crumb = الفريق
experts-panels-fixed = لا يمكن تغيير تشكيل الأفرقة بعد بدء التقييم.
experts-members = الأعضاء
experts-chair = رئيس الفريق
experts-chair-hint = (أحد الأعضاء؛ يتولى تحرير الملاحظات)
experts-measurements = المقاييس (تقييم الخبراء)
experts-save-panel = حفظ الفريق
experts-panel-saved = حُفظ الفريق.

experts-native-languages = اللغات الأم
experts-native-languages-hint = (من بين اللغات أعلاه، مثل pt)
experts-regions-legend = المناطق التي يعرفها جيدًا
experts-field-regions = المناطق
experts-field-native-languages = اللغات الأم
