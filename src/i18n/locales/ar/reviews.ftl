## صفحات الخبير: تقييماته، وصفحة تقييم الحزمة مع استمارات التقدير، ومناقشة البند،
## وتقييماته السابقة، وإرشادات التقدير في الدورة.

reviews-home-title = تقييماتكم
reviews-home-empty = ليس لديكم أي تقييم لإجرائه حاليًا. عندما تبدأ مرحلة التقييم في دورة كُلِّفتم بها، ستظهر هنا المدن والأفرقة المسندة إليكم مع موعدها النهائي.
reviews-table-scroll = جدول (يمكن تمريره أفقيًا على الشاشات الضيقة)
reviews-col-city = المدينة
reviews-col-panel = الفريق
reviews-col-cycle = الدورة
reviews-col-round = الجولة
reviews-col-submitted = التقديرات المقدَّمة
reviews-col-deadline = الموعد النهائي
reviews-col-measurement = المقياس
reviews-col-your-rating = تقديركم
reviews-col-consensus = التوافق
reviews-progress = { $rated } من { $total }
reviews-round-first = التقديرات الأولى
reviews-round-revision = المراجعة (الجولة { $round })

reviews-chaired-heading = الأفرقة التي ترأسونها
reviews-chaired-count = { $status }:
reviews-chaired-to-moderate =
    { $count ->
        [zero] لا توجد بنود بانتظار تحكيمكم
        [one] بند واحد بانتظار تحكيمكم
        [two] بندان بانتظار تحكيمكم
        [few] { $count } بنود بانتظار تحكيمكم
        [many] { $count } بندًا بانتظار تحكيمكم
       *[other] { $count } بند بانتظار تحكيمكم
    }
reviews-chaired-write = تحرير الملاحظات (المتبقي: { $count })
reviews-chaired-all-written = حُرِّرت الملاحظات لكل بند بُتَّ فيه.
reviews-chaired-all-items = جميع بنود الفريق
reviews-link-history = تقييماتكم السابقة
reviews-link-profile = ملفكم الشخصي
reviews-link-framework = الإطار

reviews-discussion-heading = المناقشة
reviews-discussion-intro = تجري بين مقيّمي البند ورئيس الفريق، ويُشار إلى كل منهم بصفته لا باسمه. ولا تطّلع عليها المدينة أبدًا.
reviews-discussion-empty = لا توجد تعليقات بعد.
reviews-comment-round = الجولة { $round }
reviews-comment-label = تعليقكم
reviews-comment-add = إضافة التعليق
reviews-comment-added = أُضيف تعليقكم.
reviews-comment-not-added = لم يُضَف التعليق: { $message }

reviews-bundle-heading = { $city }: { $panel }
reviews-deadline = الموعد النهائي:
reviews-instructions-after-deadline = . يُرجى منح كل مقياس درجةً استنادًا إلى تقرير المدينة، من 5 { $excellent } إلى 1 { $poor }، مع مسوّغ لا يقل طوله عن { $min ->
        [zero] { $min } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } لكي تتمكنوا من تقديم التقدير (يجوز أن تكون المسودة أقصر). وستطّلعون على تقديرات المقيّمين الآخرين بعد تقديم تقديركم.
reviews-guidance-link = معنى كل درجة لكل مقياس من مقاييس الدورة
reviews-drafts-kept = تُحفظ المسودات أثناء الكتابة (في هذا المتصفح، وعلى الخادم بمجرد اختيار درجة)؛ وستُنبَّهون قبل مغادرة صفحة تحتوي على نص غير محفوظ.
reviews-rating-closed = باب التقدير مغلق في هذه الجولة.
reviews-city-report = تقرير المدينة
reviews-no-narrative = لا يوجد نص وصفي.
reviews-last-cycle = في دورة { $cycle }: { $score } { $label }
reviews-last-statement = ملاحظات الفريق:
reviews-last-action-plan = خطة عمل المدينة:
reviews-last-action-plan-none = لم تُقدَّم
reviews-self-rating = التقدير الذاتي للمدينة: { $score } { $label }
reviews-your-rating = تقديركم
reviews-your-rating-revision = — مراجعة، الجولة { $round }
reviews-you-are = (صفتكم: { $label })
reviews-previous-rating = تقديركم في الجولة { $round }: { $score } { $label }
reviews-previous-hint = تنطلق الاستمارة من هذا التقدير: يُرجى الإبقاء على درجتكم أو تعديلها، مع بيان المسوّغ في هذه الجولة.
reviews-saved-version = النسخة المحفوظة حاليًا (عُدِّلت في مكان آخر): { $score } { $label }
reviews-saved-version-hint = تحتفظ الاستمارة أدناه بما كتبتموه: يُرجى تقديمها لتحل محل النسخة المحفوظة، أو نسخ ما تحتاجون إليه.
reviews-guidance-summary = معنى كل درجة لهذا المقياس
reviews-item-submitted = قُدِّم التقدير. ويمكنكم تعديله حتى الموعد النهائي.
reviews-item-closed = لا يقبل هذا البند أي تقدير حاليًا: فإما أنه حُسم، وإما أنه بانتظار مراجعات المقيّمين الآخرين.
reviews-score = الدرجة
reviews-justification = المسوّغ
reviews-justification-hint =
    ({ $min ->
        [zero] { $min } حرف على الأقل
        [one] حرف واحد على الأقل
        [two] حرفان على الأقل
        [few] { $min } أحرف على الأقل
        [many] { $min } حرفًا على الأقل
       *[other] { $min } حرف على الأقل
    })
reviews-confidence = مستوى الثقة
reviews-confidence-hint = (اختياري)
reviews-confidence-low = منخفض
reviews-confidence-medium = متوسط
reviews-confidence-high = مرتفع
reviews-save-draft = حفظ المسودة
reviews-submit = تقديم
reviews-others-heading = المقيّمون الآخرون
reviews-other-rating = { $reviewer }: { $score } { $label }
reviews-not-revised-yet = { $reviewer } (الجولة { $round }، لم يُراجَع التقدير بعد)

reviews-rating-submitted = قُدِّم تقديركم.
reviews-draft-saved = حُفظت المسودة.
reviews-choose-score = يُرجى اختيار درجة.
reviews-choose-score-field = يُرجى اختيار درجة
reviews-rate-forbidden = لا يقدّر البندَ إلا مقيّموه.
reviews-not-saved = لم يُحفظ: { $message }

reviews-js-restored = استُعيدت مسودتكم غير المحفوظة من هذا المتصفح.
reviews-js-kept = محفوظة في هذا المتصفح؛ يُرجى اختيار درجة لحفظ المسودة.
reviews-js-saving = جارٍ الحفظ…
reviews-js-not-saved-status = لم يُحفظ ({ $status }): يُرجى إعادة تحميل الصفحة؛ نصكم محفوظ في هذا المتصفح.
reviews-js-offline = لم يُحفظ (لا يوجد اتصال)؛ النص محفوظ في هذا المتصفح.

reviews-history-title = تقييماتكم السابقة
reviews-history-intro = آخر تقدير قدّمتموه لكل بند قيّمتموه في الدورات المنشورة، إلى جانب درجة التوافق التي توصل إليها الفريق. ولا يطّلع على هذه الصفحة أحد غيركم.
reviews-history-empty = لا شيء بعد: تظهر تقييماتكم هنا بعد نشر دورتها.
reviews-history-justification = مسوّغكم
reviews-history-mine = { $score } { $label } (الجولة { $round })
reviews-history-forbidden = تعرض هذه الصفحة للخبير تقييماته السابقة وحده.

reviews-guidance-page-title = إرشادات التقدير — { $cycle }
reviews-guidance-heading = إرشادات التقدير
reviews-guidance-intro = معنى كل درجة لكل مقياس في هذه الدورة. وحيثما لم تكتب الأمانة شيئًا، يُطبَّق النص الافتراضي للخدمة (المشار إليه بعبارة «افتراضي»).
reviews-guidance-edit-hint = يُرجى كتابة نص أي مستوى ليحل محل النص الافتراضي في هذه الدورة، وإفراغ الحقل لاستعادته. ويرى المقيّمون النص إلى جانب استمارة التقدير.
reviews-guidance-default = (افتراضي)
reviews-guidance-save = حفظ إرشادات { $code }
reviews-guidance-saved = حُفظت إرشادات { $code }.
