## Review cycles: the secretariat's list and cycle page, the confirmation steps of its actions,
## and the messages of the report editor's forms.

cycles-title = دورات التقييم
cycles-none = لا توجد أي دورة بعد.
cycles-table-scroll = جدول (يمكن تمريره أفقيًا على الشاشات الضيقة)
cycles-list-separator = {"، "}
cycles-clause-separator = {"؛ "}
cycles-progress-of = { $done } من { $total }

## The list of cycles and the form of a new one.

cycles-col-cycle = الدورة
cycles-col-state = الحالة
cycles-col-reports-submitted = التقارير المقدَّمة
cycles-submission-deadline = الموعد النهائي لتقديم التقارير
cycles-review-deadline = الموعد النهائي للتقييم
cycles-reconciliation-deadline = الموعد النهائي للتوفيق
cycles-new = فتح دورة جديدة
cycles-name = الاسم
cycles-participating-cities = المدن المشاركة
cycles-register-cities-first = يُرجى تسجيل المدن أولًا.
cycles-panel-size-new = عدد الخبراء لكل مدينة ولكل فريق
cycles-panel-size-new-hint = (من 2 إلى 7؛ 3 إذا تُرك الحقل فارغًا)
cycles-edition = طبعة الإطار
cycles-edition-default = (الطبعة الافتراضية)
cycles-deadlines = المواعيد النهائية
cycles-deadlines-hint = (اليوم والساعة بتوقيت { $zone }؛ اختياري)
cycles-open-as-draft = فتح الدورة (كمسودة)

## The cycle page.

cycles-framework = الإطار
cycles-experts-per-bundle = عدد الخبراء لكل حزمة
cycles-reports-submitted-progress = التقارير المقدَّمة:
cycles-out-of-review = خارج التقييم:
cycles-out-of-review-cities = { $cities }. لم تكن تقارير هذه المدن قد قُدِّمت عند بدء التقييم (أو أُعيدت إليها): فهي لا تدخل في تقييم هذه الدورة، ولا تصل الأرقام الواردة في مسوداتها أبدًا إلى الملف التعريفي للمدينة.
cycles-short-bundles = عدد الحزم التي يقل عدد خبرائها عن حجم الفريق: { $count }. يمكن استكمالها في صفحة تعيين الخبراء، أو بدء التقييم رغم هذا النقص:
cycles-start-short = بدء التقييم رغم نقص الخبراء في بعض الحزم
cycles-short-why = السبب
cycles-short-why-hint = (10 أحرف على الأقل؛ يُحفظ في سجل التدقيق)
cycles-move-to = الانتقال إلى: { $state }
cycles-close-rounds-text = إغلاق جميع جولات المراجعة المفتوحة الآن، كما لو حلّ موعدها النهائي: يحتفظ من لم يُعِد تقديم تقديره بدرجته السابقة.
cycles-close-rounds = إغلاق جولات المراجعة الآن
cycles-link-assignment = تعيين الخبراء
cycles-link-guidance = إرشادات التقدير
cycles-link-reconciliation = التوفيق
cycles-link-agreement = الاتفاق بين المقيّمين
cycles-link-ratings-csv = جميع التقديرات (CSV، مع أسماء المقيّمين)
cycles-ratings = التقديرات
cycles-ratings-submitted-progress = التقديرات المقدَّمة:
cycles-by-panel = حسب الفريق
cycles-by-city = حسب المدينة
cycles-behind = الخبراء الذين لم يقدّموا جميع تقديراتهم بعد
cycles-behind-expert = { $name }: { $count }
cycles-remind-now = تذكيرهم الآن بالبريد الإلكتروني
cycles-extensions = التمديدات الفردية للجولة الحالية
cycles-extensions-none = لا يوجد.
cycles-extension-until = { $name }: حتى { $until }
cycles-extension-withdraw = سحب
cycles-extension-expert = الخبير
cycles-extension-until-label = يمكنه تقديم تقديراته حتى
cycles-extension-give = منح هذا التمديد
cycles-change = تعديل الدورة
cycles-deadlines-in = المواعيد النهائية، بتوقيت { $zone }
cycles-zone = المنطقة الزمنية لهذه الحقول
cycles-panel-size-hint = (من 2 إلى 7)
cycles-min-justification = الحد الأدنى لطول مسوّغ التقدير المقدَّم
cycles-min-justification-hint = (بعدد الأحرف)
cycles-max-spread = تُعدّ التقديرات متفقة إذا لم يتجاوز الفارق بين درجاتها
cycles-revision-rounds = عدد جولات المراجعة قبل التحكيم
cycles-conflict-same-country = لا يقيّم الخبراء مدن بلدانهم
cycles-save = حفظ التغييرات

## The cycle page: its cities and their reports, its panels.

cycles-cities = المدن وتقاريرها
cycles-col-city = المدينة
cycles-col-report = التقرير
cycles-filter-any = الكل
cycles-order = الترتيب
cycles-order-name = حسب الاسم
cycles-order-state = حسب حالة التقرير
cycles-order-submitted = الأحدث تقديمًا أولًا
cycles-filter-show = عرض
cycles-cities-shown = المدن المعروضة: { $shown } من { $total }.
cycles-col-select = تحديد
cycles-select-city = تحديد { $city }
cycles-col-submitted = تاريخ التقديم
cycles-col-figures = الأرقام
cycles-col-action-plan = خطة العمل
cycles-col-actions = الإجراءات
cycles-figures-to-check = بانتظار التحقق: { $count }
cycles-figures-queried = موضع استفسار: { $count }
cycles-figures-verified = تم التحقق منها: { $count }
cycles-answered = أُجيب عن { $answered } من { $total }
cycles-return-message = إعادة التقرير للتصحيح، مع رسالة:
cycles-return = إعادة
cycles-bulk = للمدن المحددة
cycles-bulk-remind = تذكيرها بتقديم تقاريرها (المدن التي لم تقدّمها بعد)
cycles-bulk-return = إعادة تقاريرها المقدَّمة للتصحيح
cycles-bulk-message = الرسالة
cycles-bulk-message-hint = (في حالة الإعادة: ما يلزم تصحيحه)
cycles-bulk-continue = متابعة
cycles-panels = أفرقة الخبراء
cycles-col-panel = الفريق
cycles-col-measurements = المقاييس
cycles-col-members = الأعضاء

## What moving a cycle on will do (the confirmation step), and what it did.

cycles-confirm-collecting-told = تُبلَّغ المدن المشاركة (وعددها { $count }) بالبريد الإلكتروني بأن الدورة مفتوحة لتلقي تقاريرها.
cycles-confirm-collecting-write = ويمكن للمدن بعد ذلك إعداد تقاريرها وتقديمها.
cycles-confirm-reviewing-out = تُستبعد من التقييم التقاريرُ التي لم تُقدَّم حتى الآن ({ $missing } من { $total }).
cycles-confirm-reviewing-locked = تُقفل التقارير المقدَّمة؛ ويبدأ الخبراء المعيَّنون في تقديم تقديراتهم.
cycles-confirm-reconciling-rule = تُحسم تقديرات الجولة الأولى وفقًا للقاعدة: تحصل البنود التي اتفقت تقديراتها على درجة التوافق.
cycles-confirm-reconciling-revision = تُحال البنود التي تباينت تقديراتها إلى جولة مراجعة، ويُبلَّغ مقيّموها بالبريد الإلكتروني.
cycles-confirm-reconciling-closed = لا يعود بإمكان الخبراء تقديم تقديرات الجولة الأولى.
cycles-confirm-published-profiles = تُنشر كل درجة توافق وكل ملاحظات موجَّهة إلى المدينة في الملف التعريفي للمدينة المعنية.
cycles-confirm-published-told = يُبلَّغ مستخدمو المدن (وعددها { $count }) بالبريد الإلكتروني.
cycles-confirm-published-final = لا يعود بالإمكان تغيير التقديرات ودرجات التوافق والملاحظات.
cycles-confirm-archived = تصبح الدورة للقراءة فقط؛ وتبقى نتائجها المنشورة في الملفات التعريفية.
cycles-move-confirm-title = نقل «{ $cycle }» إلى: { $state }
cycles-move-confirm-button = نعم، الانتقال إلى: { $state }
cycles-moved = أصبحت حالة الدورة: { $state }.
cycles-cannot-move = لا يمكن للدورة الانتقال إلى المرحلة التالية: { $reason }.
cycles-cannot-move-invalid = لا يمكن للدورة الانتقال إلى المرحلة التالية: { $reason }
cycles-unknown-state = حالة غير معروفة

## Creating and changing a cycle: what the forms refuse, and what was done.

cycles-deadline-unreadable = { $field }: «{ $raw }» ليس تاريخًا ووقتًا صالحين (2026-12-31T17:00)
cycles-date-unreadable = «{ $raw }» ليس تاريخًا ووقتًا صالحين (2026-12-31T17:00)
cycles-field-submission-deadline = الموعد النهائي لتقديم التقارير
cycles-field-review-deadline = الموعد النهائي للتقييم
cycles-field-reconciliation-deadline = الموعد النهائي للتوفيق
cycles-panel-size-invalid = حجم الفريق: عدد صحيح من 2 إلى 7
cycles-whole-number = عدد صحيح
cycles-opened = فُتحت الدورة «{ $cycle }» كمسودة.
cycles-changed = عُدِّلت الدورة؛ وأُبلغ الأشخاص المعنيون.
cycles-not-changed = لم يُجرَ أي تعديل: { $reason }
cycles-choose-expert = يُرجى اختيار خبير
cycles-say-until-when = يُرجى تحديد تاريخ انتهاء التمديد
cycles-extension-given = مُنح التمديد؛ وأُبلغ الخبير بذلك.
cycles-no-extension = لم يُمنح التمديد: { $reason }
cycles-extension-withdrawn = سُحب التمديد؛ وأُبلغ الخبير بذلك.

## Closing revision rounds early (reconciliation).

cycles-close-confirm-title = إغلاق جولات المراجعة في «{ $cycle }»
cycles-close-confirm-selected = تُغلق الآن جولات المراجعة للبنود المحددة (وعددها { $count })، كما لو حلّ موعدها النهائي.
cycles-close-confirm-all = تُغلق الآن جميع جولات المراجعة المفتوحة في الدورة، كما لو حلّ موعدها النهائي.
cycles-close-confirm-previous = يحتفظ المقيّمون الذين لم يُعيدوا تقديم تقديراتهم بدرجاتهم السابقة؛ وتُطبَّق القاعدة مجددًا، وتُحال البنود التي لا تزال تقديراتها متباعدة إلى التحكيم.
cycles-close-confirm-button = نعم، إغلاقها الآن
cycles-items-settled = عدد البنود التي حُسمت: { $count }.

## Reminders to experts.

cycles-remind-confirm = سيتلقى الآن الخبراء الذين لم يقدّموا جميع تقديراتهم بعد (وعددهم { $count }) تذكيرًا بالبريد الإلكتروني:
cycles-remind-confirm-expert = { $name }: التقديرات المتبقية { $count }
cycles-remind-confirm-title = تذكير خبراء «{ $cycle }»
cycles-remind-confirm-button = نعم، إرسال التذكيرات
cycles-reminders-queued = عدد التذكيرات المدرجة في قائمة الإرسال: { $count }.
cycles-remind-not-in-review = لا تُرسل التذكيرات إلا أثناء مرحلة التقييم في الدورة.

## Actions on the selected cities of a cycle.

cycles-bulk-select-first = يُرجى تحديد مدينة واحدة على الأقل أولًا.
cycles-bulk-remind-title = تذكير المدن المحددة
cycles-bulk-remind-confirm = سيتلقى مستخدمو هذه المدن تذكيرًا بتقديم تقاريرهم، إن لم تكن قد قُدِّمت بعد:
cycles-bulk-return-title = إعادة التقارير المحددة
cycles-bulk-return-confirm = تُعاد التقارير المقدَّمة من هذه المدن إليها للتصحيح، مع رسالتكم «{ $message }»:
cycles-bulk-choose-action = يُرجى اختيار الإجراء المطلوب للمدن المحددة
cycles-bulk-confirm-button =
    { $count ->
        [zero] نعم، لـ { $count } مدينة
        [one] نعم، لمدينة واحدة
        [two] نعم، لمدينتين
        [few] نعم، لـ { $count } مدن
        [many] نعم، لـ { $count } مدينة
       *[other] نعم، لـ { $count } مدينة
    }
cycles-bulk-nobody-to-remind = لا توجد بين المدن المحددة مدينة لديها تقرير لم يُقدَّم بعد.
cycles-bulk-reminded = أُرسل التذكير إلى: { $cities }.
cycles-bulk-returned = أُعيدت تقارير: { $cities }.
cycles-bulk-not-returned = لم تُعَد تقارير: { $cities }.
cycles-bulk-refused-city = { $city } ({ $reason })
cycles-report-returned = أُعيد التقرير إلى المدينة مع رسالتكم.

## The report editor's forms: saving, submitting, checking and answering about figures.

cycles-only-city-writes = لا يُعِدّ تقرير المدينة إلا مستخدموها.
cycles-only-city-answers = لا يجيب عن الأسئلة المتعلقة بأرقام المدينة إلا مستخدموها.
cycles-draft-saved-except = حُفظت المسودة، باستثناء العناصر المشار إليها أدناه (وعددها { $count }).
cycles-draft-saved-except-not-submitted = حُفظت المسودة، باستثناء العناصر المشار إليها أدناه (وعددها { $count })؛ ولم يُقدَّم التقرير.
cycles-draft-saved = حُفظت المسودة.
cycles-report-submitted = قُدِّم تقريركم. شكرًا لكم.
cycles-draft-saved-not-submitted = حُفظت المسودة، لكن التقرير لم يُقدَّم: { $reason }.
cycles-figure-verified = وُسم الرقم { $code } بأنه تم التحقق منه.
cycles-figure-queried = أُرسل سؤالكم بشأن الرقم { $code } إلى المدينة.
cycles-answer-sent = أُرسلت إجابتكم بشأن الرقم { $code } إلى الأمانة.
cycles-year-not-a-number = السنة «{ $year }» ليست رقمًا
cycles-value-not-a-number = { $breakdown }: «{ $value }» ليس رقمًا
cycles-not-a-source = «{ $source }» ليس مصدرًا صالحًا
cycles-own-rating-not-a-score = التقدير الذاتي للمدينة «{ $rating }» ليس درجة صالحة

cycles-affinity-legend = ما يراعيه التعيين
cycles-affinity-hint = يتراوح كل وزن بين 0 و10. درجة ملاءمة الخبير لفريق مدينة ما هي المتوسط المرجّح لما يلي: نسبة مجالات تركيز الفريق ضمن خبرته؛ ومعرفته بمنطقة المدينة؛ وقراءته لغة التقرير بوصفها لغته الأم؛ وما لم تكن الاستمرارية معطّلة، كونه قيّم المدينة (أو لم يقيّمها) في دورتها السابقة.
cycles-weight-expertise = الخبرة في مجالات تركيز الفريق
cycles-weight-region = يعرف منطقة المدينة
cycles-weight-native-language = يقرأ لغة التقرير بوصفها لغته الأم
cycles-weight-continuity = الاستمرارية مع الدورة السابقة
cycles-continuity = مقيّمو الدورة السابقة للمدينة
cycles-affinity-summary = الخبرة { $expertise }، المنطقة { $region }، اللغة الأم { $native }؛ المقيّمون السابقون: { $continuity }
