## من يحق له القيام بماذا، وضوابط التطبيق نفسه.

error-secretariat-only = لا يحق القيام بهذا الإجراء إلا للأمانة
error-actions-own-city-only = لا يكتب خطة عمل المدينة إلا مستخدموها
# $code: a measurement's code
error-actions-no-score = ليست للمقياس { $code } درجة منشورة في هذه الدورة
error-cities-register-forbidden = لا يتيح لكم دوركم الاطلاع على سجل المدن
error-cities-institutions-forbidden = يسجّل مؤسساتِ المدينة مستخدموها والأمانة
error-experts-profiles-forbidden = ملفات الخبراء مقصورة على الأمانة والخبراء
error-experts-conflict-reason = يُرجى ذكر السبب في حدود 1 إلى 1000 حرف
# $value: what was typed
error-experts-city-unknown = لا توجد في الشبكة مدينة باسم «{ $value }»؛ يُرجى ترك الخانة فارغة إن لم تكن مدينتكم عضوًا في الشبكة
# $name: a city's name; IE is an example of a country code
error-experts-city-ambiguous = توجد أكثر من مدينة باسم «{ $name }»: يُرجى إضافة رمز بلدها، كما في «{ $name }, IE»
error-profile-forbidden = الملف التعريفي للمدينة مقصور على مستخدميها والأمانة

## تعيين الخبراء. $expert و$user: رقم الشخص؛ $state: حالة الدورة (error-cycle-state-…).

error-assignment-not-collecting = يجري تعيين الخبراء أثناء جمع التقارير؛ والدورة في حالة «{ $state }»
error-assignment-no-proposal = لا يوجد مقترح لتأكيده؛ يُرجى تشغيل التعيين أولًا
error-assignment-expert-twice = ورد اسم خبير مرتين
# $count: the experts given
error-assignment-panel-size = حجم الفريق: الحد الأقصى لعدد الخبراء في الحزمة { $max }، والعدد المحدد { $count }
# $panel: a panel's name
error-assignment-not-member = الفريق: المستخدم { $user } ليس عضوًا في الفريق { $panel }
error-assignment-no-profile = الملف: ليس للخبير { $expert } ملف بعد
# $city: a city's name; $conflict: one of error-conflict-…
error-assignment-conflict = تضارب المصالح: لا يجوز للخبير { $expert } تقييم { $city } ({ $conflict })
# $language: a language code (fr)
error-assignment-language = اللغة: لا يقرأ الخبير { $expert } لغة التقرير ({ $language })
# $count: the expert's capacity
error-assignment-capacity = القدرة الاستيعابية: يتولى الخبير { $expert } بالفعل عدد الحزم الذي يمثل قدرته الاستيعابية ({ $count })
error-assignment-frozen = لم يعد من الممكن تغيير التعيين: فالدورة في حالة «{ $state }»
error-assignment-none = لا يوجد تعيين نافذ
error-assignment-no-bundle = ليست للخبير { $expert } أي حزمة في هذه الدورة
error-conflict-home-city = مدينته
error-conflict-same-country = البلد نفسه
error-conflict-same-institution = المؤسسة نفسها
error-conflict-declared = تضارب مصالح مُعلَن

## التوفيق: جولات المراجعة، والتحكيم، والملاحظات، وإحصاءات الاتفاق.

error-consensus-close-not-reconciling = تُغلق جولات المراجعة أثناء مرحلة التوفيق؛ والدورة في حالة «{ $state }»
# $item: an item's id number
error-consensus-item-unknown = البند { $item } ليس من بنود هذه الدورة قيد التقييم
error-consensus-chairs-only = لا يتولى التوفيق إلا رؤساء الأفرقة والأمانة
error-consensus-chair-only = لا يحق القيام بهذا الإجراء إلا لرئيس الفريق والأمانة
error-consensus-own-item = لقد قيّمتم هذا البند: لذا تتولى الأمانة التحكيم فيه، حتى لا يبتّ أحد في درجته بنفسه
error-consensus-set-aside = مستبعَد
error-consensus-not-in-moderation = لا يخضع للتحكيم إلا البند الذي يظل الخلاف قائمًا بشأنه بعد آخر جولة مراجعة
error-consensus-feedback-closed = تُحرَّر الملاحظات أثناء مرحلة التقييم أو التوفيق؛ والدورة في حالة «{ $state }»
error-consensus-agreement-forbidden = إحصاءات الاتفاق مقصورة على رؤساء الأفرقة والأمانة
error-consensus-agreement-too-early = يطّلع رئيس الفريق على إحصاءات الاتفاق الخاصة بأفرقته ابتداءً من مرحلة التوفيق؛ والدورة في حالة «{ $state }»

## دورات التقييم. $state: حالة الدورة (error-cycle-state-…).

error-cycles-secretariat-only = لا يدير دورات التقييم إلا الأمانة
# $value: the edition asked for; $editions: the editions' names
error-cycles-edition-unknown = لا توجد طبعة من الإطار باسم «{ $value }»؛ والطبعات المتاحة هي: { $editions }
error-cycles-short-bundles-reason = يُرجى ذكر سبب السماح بانتقال الحزم غير المكتملة إلى التقييم (10 أحرف على الأقل)
error-cycles-city-twice = وردت مدينة مرتين
# $id, $city: a city's id number
error-cycles-city-unknown = لا توجد مدينة تحمل الرقم { $id }
error-cycles-edition-frozen = تُختار طبعة الإطار ما دامت الدورة مسودة؛ والدورة في حالة «{ $state }»، وتتبع تقاريرها الطبعة المعتمدة لها
error-cycles-city-submitted = قدّمت المدينة { $city } تقريرها: يُرجى إعادته إليها أولًا، أو إبقاء المدينة في الدورة
error-cycles-remind-closed = تُرسل التذكيرات ما دامت التقديرات مطلوبة (أثناء التقييم أو التوفيق)؛ والدورة في حالة «{ $state }»

## الحسابات، ورموز الوصول إلى واجهة برمجة التطبيقات، والتفضيلات. $value: القيمة المُدخلة.

error-users-own-tokens-only = لا يُصدر كل شخص إلا رموز الوصول الخاصة به
error-users-token-label = تسمية لا يتجاوز طولها 100 حرف
error-users-token-lifetime = تتراوح مدة صلاحية رمز الوصول بين 1 و365 يومًا
error-users-token-reason = يُرجى ذكر سبب إصداركم رمز وصول لشخص آخر (10 أحرف على الأقل): فهذا الإجراء يُسجَّل في سجل التدقيق
error-users-token-disabled = هذا الحساب معطَّل: يُرجى تفعيله قبل إصدار رمز وصول
error-users-disable-self = لا يمكنكم تعطيل حسابكم.
error-users-language = «{ $value }» ليست من لغات الخدمة؛ يُرجى استخدام ar أو zh أو en أو fr أو ru أو es
error-users-time-zone = «{ $value }» ليست منطقة زمنية؛ يُرجى استخدام اسم من أسماء IANA مثل Europe/Paris
error-users-mail-digest = «{ $value }» ليس خيارًا متاحًا: يُرجى استخدام immediate (رسالة لكل حدث) أو daily (ملخص واحد في اليوم)

## تقارير المدن والتحقق من أرقامها. $state: حالة الدورة.

error-reports-own-city-only = لا يكتب تقرير المدينة إلا مستخدموها
error-reports-not-collecting = لا يمكن تغيير التقارير إلا أثناء جمعها؛ والدورة في حالة «{ $state }»
error-reports-locked = قُدِّم التقرير وأُقفل؛ ويمكن للأمانة إعادته للتصحيح
# $codes: measurements' codes (3.1.1.a, 3.1.2.a)
error-reports-narratives-missing = ينقص النص الوصفي للمقاييس التالية: { $codes }
error-reports-language-missing = يُرجى ذكر اللغة التي كُتب بها التقرير
error-reports-already-submitted = قُدِّم التقرير بالفعل
error-reports-return-message = يُرجى ذكر ما يجب على المدينة تصحيحه (من 1 إلى 5000 حرف)
error-reports-return-not-submitted = لا يمكن إعادة إلا تقرير مقدَّم
# $code: a statistic's code
error-reports-no-figure = لا يتضمن التقرير أي رقم للمقياس { $code }

## تقديرات الخبراء. $state: حالة الدورة.

error-reviews-reviewers-only = لا يقدّر البندَ إلا مقيّموه
error-reviews-confidence = «{ $value }» ليس مستوى ثقة؛ يُرجى استخدام low أو medium أو high
error-reviews-no-round = لا يقبل هذا البند أي تقدير حاليًا: فالتقديرات تُقدَّم أثناء التقييم، والتعديلات لا تُقدَّم إلا للبنود الخاضعة لجولة مراجعة (والدورة في حالة «{ $state }»)
error-reviews-deadline-passed = انقضى الموعد النهائي لهذه الجولة؛ ويمكن للأمانة أن تمنحكم تمديدًا شخصيًا
error-reviews-not-a-reviewer = هذا الشخص ليس من مقيّمي هذا البند
error-reviews-reopen-closed = لا يمكن إعادة فتح إلا تقدير في جولة ما زالت مفتوحة
error-reviews-reopen-not-submitted = لم يقدّم هذا المقيّم تقديرًا لهذه الجولة: فلا شيء يُعاد فتحه

## إرشادات التقدير ومناقشة البند.

error-guidance-forbidden = إرشادات التقدير مقصورة على خبراء الدورة والأمانة
error-guidance-frozen = الدورة في حالة «{ $state }»: وتبقى إرشاداتها على النحو الذي استُخدمت به في التقييم
# $level: 1 to 5; $label: the scale's word for it (Very good); $problem: what is wrong with the text
error-guidance-level = المستوى { $level } ({ $label }): { $problem }
error-guidance-level-twice = ورد المستوى { $level } ({ $label }) مرتين
error-discussion-closed = تكون المناقشة مفتوحة ما دام البند في جولة مراجعة أو بانتظار التحكيم

## النصوص الحرة: اسمها في الرسالة، وحدودها.

# المضاف إليه في الرسالتين التاليتين («نص السبب»).
error-text-action = الإجراء
error-text-answer = الإجابة
error-text-comment = التعليق
error-text-guidance = الإرشادات
error-text-label = التسمية
error-text-message = الرسالة
error-text-question = السؤال
error-text-rationale = التعليل
error-text-reason = السبب
error-text-statement = الملاحظات
error-text-control = يجب ألا يحتوي نص { $what } على محارف تحكم
error-text-length = يجب أن يتراوح عدد أحرف نص { $what } بين { $min } و{ $max } (العدد الحالي: { $count })

# النصوص ذات السطر الواحد (الأسماء)، وهي المضاف إليه في الرسائل الثلاث التالية.
error-text-city-name = اسم المدينة
error-text-cycle-name = اسم الدورة
error-text-institution = المؤسسة
error-text-institution-name = اسم المؤسسة
error-text-name = الاسم
error-line-empty = لا يجوز ترك خانة { $what } فارغة
error-line-too-long = يجب ألا يتجاوز عدد أحرف { $what } { $max }
error-line-control = يجب كتابة { $what } في سطر واحد دون محارف تحكم

## الأشخاص: الأدوار، وعناوين البريد الإلكتروني، والحسابات.

error-role-unknown = «{ $value }» ليس دورًا؛ يُرجى استخدام secretariat أو expert أو city
error-email-too-long = لا يتجاوز طول عنوان البريد الإلكتروني 254 حرفًا
error-email-invalid = «{ $value }» ليس عنوان بريد إلكتروني صالحًا ({ $reason })
error-email-no-dot = «{ $value }» ليس عنوان بريد إلكتروني صالحًا (لا يحتوي نطاقه على نقطة)
error-city-user-needs-city = يحتاج مستخدم المدينة إلى city_id: أي المدينة التي ينسّق أعمالها
error-city-only-city-users =
    لا يرتبط بمدينة إلا مستخدمو المدن؛ ولا يُحدَّد city_id لمستخدم { $role ->
        [secretariat] من الأمانة
       *[other] بصفة خبير
    }

## المدن: البلدان، والمناطق، واللغات، والمؤسسات. $value: القيمة المُدخلة.

error-country-code = «{ $value }» ليس رمز بلد وفق المعيار ISO 3166-1 alpha-2 (مثل CN وBR وDE)
error-country-code-or-name = «{ $value }» ليس رمزًا وفق المعيار ISO 3166-1 alpha-2 (مثل KR وMA)، ولا اسم بلد كما تكتبه الأمم المتحدة
error-region-unknown = «{ $value }» ليست منطقة من مناطق اليونسكو؛ يُرجى استخدام إحدى المناطق التالية: { $regions }
error-language-code = «{ $value }» ليس رمز لغة وفق المعيار ISO 639-1 (مثل en وfr وzh)
error-languages-empty = يلزم ذكر لغة واحدة على الأقل
error-language-twice = وردت اللغة «{ $code }» مرتين
error-institution-twice = ورد { $name } مرتين
error-institutions-too-many = الحد الأقصى للمؤسسات { $max }، والعدد المحدد { $count }

## دورات التقييم: الحالات، والانتقالات، والمواعيد النهائية، والإعدادات.

# حالة الدورة كما تسميها الرسالة («الدورة في حالة «{ $state }»»).
error-cycle-state-draft = مسودة
error-cycle-state-collecting = جمع التقارير
error-cycle-state-reviewing = التقييم
error-cycle-state-reconciling = التوفيق
error-cycle-state-published = منشورة
error-cycle-state-archived = مؤرشفة

error-transition-already = الدورة في حالة «{ $state }» بالفعل
error-transition-only-next = لا يمكن للدورة التي في حالة «{ $from }» أن تنتقل إلا إلى حالة «{ $next }»، لا إلى حالة «{ $to }»
error-transition-final = لم يعد من الممكن تغيير الدورة التي في حالة «{ $state }»
error-transition-no-city = لا توجد مدينة مشاركة في الدورة
error-transition-no-measurement = لم يُسند أي مقياس من مقاييس تقييم الخبراء إلى فريق
error-transition-no-report = لم تقدّم أي مدينة تقريرها بعد
error-transition-no-assignment = يتطلب التقييم تعيينًا مؤكَّدًا للخبراء؛ يُرجى تشغيل التعيين وتأكيده أولًا
error-transition-reports-unassigned =
    { $count ->
        [one] لا يشمل التعيينُ المؤكَّد تقريرًا مقدَّمًا واحدًا
        [two] لا يشمل التعيينُ المؤكَّد تقريرين مقدَّمين
        [few] لا يشمل التعيينُ المؤكَّد { $count } تقارير مقدَّمة
        [many] لا يشمل التعيينُ المؤكَّد { $count } تقريرًا مقدَّمًا
       *[other] لا يشمل التعيينُ المؤكَّد { $count } تقرير مقدَّم
    }؛ يُرجى تشغيل التعيين وتأكيده من جديد
error-transition-bundles-unfilled =
    { $count ->
        [one] تضم حزمة واحدة
        [two] تضم حزمتان
        [few] تضم { $count } حزم
        [many] تضم { $count } حزمة
       *[other] تضم { $count } حزمة
    } عددًا من الخبراء أقل من حجم الفريق: يُرجى استكمالها يدويًا في صفحة التعيين، أو قبولها غير مكتملة مع ذكر السبب (تُحال بنودها إلى التحكيم إذا انتهت بأقل من تقديرين)
error-transition-ratings-missing =
    { $count ->
        [one] ما زال بند واحد ينقصه
        [two] ما زال بندان ينقصهما
        [few] ما زالت { $count } بنود تنقصها
        [many] ما زال { $count } بندًا ينقصها
       *[other] ما زال { $count } بند ينقصها
    } بعض تقديرات الجولة الأولى، ولم ينقضِ الموعد النهائي للتقييم
error-transition-consensus-missing =
    { $count ->
        [one] ليست لبند واحد درجة توافق بعد
        [two] ليست لبندين درجة توافق بعد
        [few] ليست لـ{ $count } بنود درجة توافق بعد
        [many] ليست لـ{ $count } بندًا درجة توافق بعد
       *[other] ليست لـ{ $count } بند درجة توافق بعد
    }
error-transition-feedback-missing =
    { $count ->
        [one] لم تُحرَّر بعدُ الملاحظات الموجَّهة إلى المدينة لبند واحد
        [two] لم تُحرَّر بعدُ الملاحظات الموجَّهة إلى المدينة لبندين
        [few] لم تُحرَّر بعدُ الملاحظات الموجَّهة إلى المدينة لـ{ $count } بنود
        [many] لم تُحرَّر بعدُ الملاحظات الموجَّهة إلى المدينة لـ{ $count } بندًا
       *[other] لم تُحرَّر بعدُ الملاحظات الموجَّهة إلى المدينة لـ{ $count } بند
    }

error-deadline-review-order = يجب أن يأتي الموعد النهائي للتقييم بعد الموعد النهائي لتقديم التقارير
error-deadline-reconciliation-order = يجب أن يأتي الموعد النهائي للتوفيق بعد الموعد النهائي للتقييم
error-deadline-gone =
    { $kind ->
        [submission] لم يعد الموعد النهائي لتقديم التقارير ساريًا
        [review] لم يعد الموعد النهائي للتقييم ساريًا
       *[other] لم يعد الموعد النهائي للتوفيق ساريًا
    }: فالدورة في حالة «{ $state }»، وقد تجاوزت تلك المرحلة
error-deadline-past = لا يجوز أن يكون الموعد النهائي الجديد في الماضي؛ يُرجى اختيار موعد لاحق
error-settings-frozen = لا يمكن تغيير حجم الفريق والقواعد والحد الأدنى لطول المسوّغ إلا قبل تأكيد التعيين؛ فهي تحدد التعيين والتقديرات التي قُدِّمت بالفعل
error-cities-frozen = لا تنضم المدن إلى الدورة أو تغادرها إلا ما دامت الدورة مسودة أو في مرحلة جمع التقارير؛ والدورة في حالة «{ $state }»
error-extension-no-round = التمديد الشخصي مخصص لجولة تقدير جارية (أثناء التقييم أو التوفيق)؛ والدورة في حالة «{ $state }»
error-extension-no-deadline =
    { $kind ->
        [review] ليس لجولة التقييم
       *[other] ليس لجولة التوفيق
    } موعد نهائي: فلا أحد يحتاج إلى تمديد
error-extension-too-early = ينتهي التمديد بعد الموعد النهائي للجولة ({ $deadline }) وفي تاريخ مقبل
error-panel-size-range = يتراوح حجم الفريق بين 2 و7 خبراء، والقيمة المحددة { $value }
error-max-spread-range = يتراوح أكبر فارق يُعدّ اتفاقًا بين 0 و4، والقيمة المحددة { $value }
error-revision-rounds-range = يتراوح عدد جولات المراجعة بين 0 و3، والقيمة المحددة { $value }
error-min-justification-range = يتراوح الحد الأدنى لطول المسوّغ بين 0 و2000 حرف، والقيمة المحددة { $value }

## ملفات الخبراء.

error-expertise-unknown = «{ $code }» ليس مجالًا من مجالات التركيز في الإطار (مثل 3.1 أو 2.4)
error-expertise-twice = ورد «{ $code }» مرتين
error-capacity-range = تتراوح القدرة الاستيعابية بين 0 و{ $max } حزمة، والقيمة المحددة { $value }

## تحقق الأمانة من الأرقام المبلَّغ عنها.

error-figure-question = السؤال الموجَّه إلى المدينة بشأن ما يجب التحقق منه: { $problem }
error-figure-decision = «{ $value }» ليس قرارًا: يُرجى استخدام verified أو query
error-figure-cycle-archived = الدورة مؤرشفة
error-figure-not-submitted = يُتحقَّق من الأرقام بعد تقديم التقرير
error-figure-no-question = ليس لدى الأمانة سؤال مفتوح بشأن هذا الرقم

## مقاييس الأفرقة. $code: رمز المقياس (3.1.1.a)؛ $edition: اسم طبعة الإطار.

error-panel-measurement-unknown = { $code } ليس مقياسًا من مقاييس { $edition }
error-panel-measurement-statistic = { $code } إحصاء، وليس مقياسًا من مقاييس تقييم الخبراء
error-panel-measurement-taken = { $code } مُسند بالفعل إلى الفريق { $panel }
error-panel-measurement-twice = ورد { $code } مرتين

## التقديرات ومسوّغاتها. $count: عدد أحرف المسوّغ.

error-rating-submitted-final = قُدِّم تقديركم لهذه الجولة وأصبح نهائيًا: فقد اطّلعتم على التقديرات الأخرى، ولم يعد أي تغيير فيه مستقلًا. وإذا كان فيه خطأ، فيُرجى أن تطلبوا من الأمانة إعادة فتحه
error-justification-control = يجب ألا يحتوي المسوّغ على محارف تحكم
error-justification-too-short =
    يجب ألا يقل طول المسوّغ عن { $min ->
        [one] حرف واحد
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } (الطول الحالي: { $count }): يُرجى ذكر ما يدعم الدرجة في التقرير
error-justification-too-long = يجب ألا يتجاوز عدد أحرف المسوّغ { $max } (العدد الحالي: { $count })

error-score-range = الدرجة عدد صحيح من 1 (ضعيف) إلى 5 (ممتاز)، والقيمة المحددة { $value }

## التقارير: النصوص الوصفية والإحصاءات. $code: رمز المقياس؛ $value: القيمة المُدخلة.

error-value-percentage = تتراوح النسبة المئوية بين 0 و100، والقيمة المحددة { $value }
error-value-rating = يتراوح التقدير على السُّلَّم الخماسي بين 1 و5، والقيمة المحددة { $value }
error-value-negative = لا يكون هذا الرقم سالبًا أبدًا، والقيمة المحددة { $value }
error-value-total = المجموع { $total } % لا يقع بين قيم أجزائه (من { $low } % إلى { $high } %)
error-report-language = «{ $value }» ليست من لغات المدينة ({ $languages })
error-report-measurement-unknown = { $code } ليس مقياسًا من مقاييس الإطار
error-report-narrative-for-statistic = { $code } إحصاء: يُرجى إدراجه ضمن الإحصاءات
error-report-not-reviewed = لا يخضع { $code } للتقييم في هذه الدورة
error-report-statistic-for-narrative = { $code } مقياس من مقاييس تقييم الخبراء: يُرجى كتابة نص وصفي له
error-narrative-control = يجب ألا يحتوي النص الوصفي على محارف تحكم
error-narrative-too-long = يجب ألا يتجاوز عدد أحرف النص الوصفي { $max }
error-narrative-self-score = يتراوح التقدير الذاتي للمدينة بين 1 (ضعيف) و5 (ممتاز)، والقيمة المحددة { $value }
error-narrative-too-many-links = الحد الأقصى لروابط الأدلة { $max }
error-narrative-link = «{ $value }» ليس عنوانًا على الويب (http أو https)
error-statistic-year = { $year } ليست سنة مرجعية معقولة
error-statistic-not-available-values = لا تكون للرقم الموسوم بأنه غير متاح أي قيم
error-statistic-not-available-reason = يُرجى ذكر سبب عدم توافر الرقم في حدود 3 إلى 500 حرف
error-statistic-provider = الجهة التي قدّمت الرقم، في حدود 1 إلى 200 حرف
error-statistic-source-missing = يمكن أن يستند { $code } إلى بيانات رسمية أو إلى استقصاء: يُرجى تحديد أيهما (official أو survey)
error-statistic-source-official = يُبلَّغ عن { $code } استنادًا إلى بيانات رسمية، لا إلى استقصاء
error-statistic-source-survey = يُبلَّغ عن { $code } استنادًا إلى استقصاء، لا إلى بيانات رسمية
error-statistic-breakdown = يُبلَّغ عن { $code } مصنَّفًا حسب { $breakdowns }؛ و«{ $name }» ليس من بينها
error-statistic-not-a-number = يجب أن تكون القيمة رقمًا

error-continuity-unknown = «{ $value }» ليس إعدادًا للاستمرارية؛ استخدم off أو prefer أو avoid
error-weight-range = الوزن عدد صحيح من 0 إلى { $max }، وليس { $value }
error-region-twice = { $region } مذكورة مرتين
error-native-not-read = { $code } ليست من اللغات التي يقرؤها الخبير
