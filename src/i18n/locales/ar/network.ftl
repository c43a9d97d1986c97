## عرض الأمانة للشبكة بأكملها، دون ذكر أسماء.

network-page-title = الشبكة
network-heading = الشبكة
network-lead = وضع كل دورة، وكيفية توزّع درجات التوافق المنشورة على المدن. وتُحصى المدن هنا فقط، ولا تُرتَّب ولا تُذكر أسماؤها أبدًا.
network-cities-per-state = المدن حسب الحالة
network-table-scroll = جدول (يمكن تمريره أفقيًا على الشاشات الضيقة)
network-col-cycle = الدورة
network-col-state = الحالة
network-col-cities = المدن
network-col-draft = تقارير في مرحلة المسودة
network-col-submitted = مقدَّمة
network-col-returned = مُعادة
network-published-scores = الدرجات المنشورة على مستوى المدن
network-none-published = لم تُنشر أي دورة بعد.
network-cycle = الدورة
network-show = عرض
network-distribution-hint = عدد المدن الحاصلة على كل درجة توافق، لكل مقياس، في الدورة { $cycle }.
network-distribution-title = المدن حسب درجة التوافق (من 1 ضعيف إلى 5 ممتاز)

network-over-time = الشبكة عبر الزمن
network-over-time-empty = بعد نشر دورتين، يبيّن هذا القسم كيف تغيّرت درجات المدن من دورة إلى الدورة التالية.
network-over-time-hint = لجميع مدن كل دورة منشورة، من الأقدم إلى الأحدث: متوسط درجة التوافق لكل مجال تركيز، ثم توزّع الدرجات لكل مقياس. أعداد فقط: لا تُذكر أي مدينة باسمها.
network-over-time-table = درجات المدن عبر الزمن
network-over-time-caption = لكل مقياس ودورة: الدرجة الوسيطة، وعدد المدن، وعدد المدن الحاصلة على كل درجة من 1 إلى 5
network-col-measurement = المقياس
network-median = الوسيط
network-cities =
    { $count ->
        [zero] { $count } مدينة
        [one] مدينة واحدة
        [two] مدينتان
        [few] { $count } مدن
        [many] { $count } مدينةً
       *[other] { $count } مدينة
    }
