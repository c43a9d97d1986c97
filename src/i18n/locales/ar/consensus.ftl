## التوفيق بين التقديرات: قائمة البنود، والبند (تقديرات كل جولة، والتحكيم، والملاحظات)، ولوحة
## مؤشرات الاتفاق.

consensus-queue-title = التوفيق
consensus-filter-status = الحالة
consensus-filter-panel = الفريق
consensus-filter-city = المدينة
consensus-filter-measurement = المقياس
consensus-filter-sort = الترتيب
consensus-filter-any = الكل
consensus-sort-city = حسب المدينة
consensus-sort-measurement = حسب المقياس
consensus-sort-spread = حسب الفارق بين الدرجات، من الأكبر إلى الأصغر
consensus-filter-show = عرض
consensus-items-shown =
    { $count ->
        [zero] لا توجد بنود معروضة.
        [one] يُعرض بند واحد.
        [two] يُعرض بندان.
        [few] تُعرض { $count } بنود.
        [many] يُعرض { $count } بندًا.
       *[other] يُعرض { $count } بند.
    }
consensus-table-scroll = جدول (يمكن تمريره أفقيًا على الشاشات الضيقة)
consensus-col-select = تحديد
consensus-col-city = المدينة
consensus-col-panel = الفريق
consensus-col-measurement = المقياس
consensus-col-scores = الدرجات
consensus-col-median = الوسيط
consensus-col-spread = الفارق
consensus-col-status = الحالة
consensus-col-consensus = التوافق
consensus-col-statement = الملاحظات
consensus-select-item = تحديد { $city } { $measurement }
consensus-status-open = تقديرات ناقصة
consensus-status-agreed = متفق عليه
consensus-status-disagreement = خلاف
consensus-status-moderation = بانتظار التحكيم
consensus-status-moderated = تم التحكيم
consensus-own-item-short = أنتم من مقيّمي هذا البند: تتولى الأمانة التحكيم
consensus-statement-written = محرَّرة
consensus-statement-missing = غير محرَّرة
consensus-close-rounds-hint = يمكن تحديد البنود الموجودة في جولة مراجعة أعلاه وإغلاق جولتها الآن، كما لو حلّ موعدها النهائي.
consensus-close-rounds = إغلاق جولة المراجعة للبنود المحددة

consensus-score-method = { $score } ({ $method })
consensus-item-title = { $city }: { $measurement } { $name }
consensus-item-nav = بنود الفريق
consensus-item-previous = → البند السابق
consensus-item-next = البند التالي ←
consensus-item-position = البند { $position } من { $total } في الفريق
consensus-fact-status = الحالة
consensus-fact-median = الوسيط الحالي
consensus-fact-consensus = التوافق
consensus-fact-rationale = التعليل
consensus-narrative = تقرير المدينة بشأن هذا المقياس
consensus-no-narrative = لا يوجد نص وصفي.
consensus-ratings-heading = التقديرات في جميع الجولات
consensus-col-reviewer = المقيّم
consensus-col-round = الجولة
consensus-col-score = الدرجة
consensus-col-justification = المسوّغ
consensus-set-aside = (مستبعَد: تضارب المصالح)
consensus-own-item = أنتم من مقيّمي هذا البند: ستطّلعون على تقديراته بمجرد تسجيل تقديركم لهذه الجولة، والأمانة، لا أنتم، هي التي تحدد درجة التوافق إذا أُحيل البند إلى التحكيم.
consensus-reopen-heading = إعادة فتح تقدير مقدَّم
consensus-reopen-intro = التقدير المقدَّم نهائي في جولته. ولتمكين المقيّم من تصحيح خطأ، يمكن إعادة فتح التقدير: فيعود مسودةً ويُبلَّغ المقيّم بالسبب.
consensus-reopen-reviewer = المقيّم
consensus-reopen-reason = السبب
consensus-reopen-reason-hint = (يُرسَل إلى المقيّم؛ 10 أحرف على الأقل)
consensus-reopen-button = إعادة فتح التقدير
consensus-moderation-heading = التحكيم
consensus-moderation-intro = لا تزال التقديرات متباينة بعد آخر جولة مراجعة: يُرجى تحديد درجة التوافق، مع بيان التعليل.
consensus-moderation-score = الدرجة
consensus-moderation-rationale = التعليل
consensus-moderation-button = تحديد درجة التوافق
consensus-statement-heading = الملاحظات الموجَّهة إلى المدينة
consensus-statement-label = الملاحظات
consensus-statement-hint = (تطّلع عليها المدينة مع درجتها)
consensus-statement-save = حفظ الملاحظات
consensus-statement-save-next = الحفظ والانتقال إلى البند التالي الذي لم تُحرَّر ملاحظاته

consensus-forbidden-queue = هذه الصفحة مخصصة لرؤساء الأفرقة وللأمانة.
consensus-forbidden-item-page = هذه الصفحة مخصصة لرئيس الفريق وللأمانة.
consensus-forbidden-change = هذا الإجراء مخصص لرئيس الفريق وللأمانة.
consensus-choose-score = يُرجى اختيار درجة.
consensus-choose-reviewer = يُرجى اختيار مقيّم
consensus-set = حُدِّدت درجة التوافق.
consensus-statement-saved = حُفظت الملاحظات.
consensus-statement-saved-last = حُفظت الملاحظات. وقد حُرِّرت ملاحظات جميع البنود اللاحقة في الفريق.
consensus-reopened = أُعيد فتح التقدير، وأُبلغ المقيّم بالسبب.

consensus-agreement-title = الاتفاق بين المقيّمين
consensus-agreement-heading = الاتفاق بين المقيّمين
consensus-alpha-first = معامل ألفا لكريبندورف (ترتيبي)، الجولة الأولى
consensus-alpha-final = معامل ألفا لكريبندورف (ترتيبي)، التقديرات النهائية
consensus-exact-agreement = الاتفاق التام، الجولة الأولى
consensus-adjacent-agreement = الاتفاق المتقارب (بفارق نقطة واحدة على الأكثر)
consensus-not-available = غير متاح
consensus-alpha-per-panel = معامل ألفا لكل فريق (التقديرات النهائية)
consensus-alpha-chart-title = الاتفاق لكل فريق
consensus-alpha-chart-description = معامل ألفا لكريبندورف (ترتيبي) للتقديرات النهائية، من 0 (المصادفة) إلى 1 (اتفاق تام)
consensus-distribution-heading = توزيع الدرجات لكل مقياس (الجولة الأولى)
consensus-distribution-caption = درجات الجولة الأولى لكل مقياس (من 1 { $poor } إلى 5 { $excellent })
consensus-deviation-heading = انحراف كل خبير عن درجة التوافق
consensus-deviation-intro = للأمانة فقط. القيمة الموجبة: أكثر تساهلًا من درجة التوافق؛ والسالبة: أكثر تشددًا.
consensus-col-expert = الخبير
consensus-col-mean-deviation = متوسط الانحراف
consensus-col-mean-absolute-deviation = متوسط الانحراف المطلق
consensus-col-items = البنود
