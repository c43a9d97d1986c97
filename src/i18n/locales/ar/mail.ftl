## E-mail: every message lcreview sends, in its recipient's language.

mail-greeting = السيد/السيدة { $name }،
mail-footer = lcreview: تقييم الخبراء لتقارير مدن التعلم
mail-link-line = { $label }: { $url }

mail-link-sign-in = تسجيل الدخول
mail-link-your-report = تقريركم
mail-link-your-reviews = تقييماتكم
mail-link-your-review = تقييمكم
mail-link-the-item = البند
mail-link-the-report = التقرير
mail-link-city-profile = الملف التعريفي لمدينتكم

mail-thanks = مع الشكر.

mail-bundle = { $city } (فريق «{ $panel }»)

## An invitation to a new account.

mail-invitation-subject = دعوة للانضمام إلى lcreview
mail-invitation-by-secretariat = أمانة lcreview
mail-invitation-intro = تلقّيتم دعوة من { $inviter } للانضمام إلى lcreview، المنصة التي تُقيِّم فيها شبكة اليونسكو العالمية لمدن التعلم تقارير مدن التعلم، بصفتكم { $role ->
        [secretariat] عضوًا في الأمانة
        [expert] خبيرًا مستقلًا
       *[other] منسقًا لمدينتكم
    }.
mail-invitation-sign-in = يُرجى تسجيل الدخول على العنوان { $url } باستخدام عنوان البريد الإلكتروني هذا ({ $email }). ولا تُرسَل أي كلمة مرور بالبريد الإلكتروني.
mail-invitation-expert = يُرجى أولًا استكمال ملفكم الشخصي: اللغات التي تقرؤونها، ومجالات خبرتكم، وبلدكم ومؤسستكم، وعدد الحزم التي يمكنكم تقييمها في الدورة الواحدة.
mail-invitation-city = سنوافيكم بإشعار عند فتح دورة تقييم لتقرير مدينتكم.

## To a city's users.

mail-cycle-opened-subject = { $city }: دورة التقييم «{ $cycle }» مفتوحة لتقديم تقريركم
mail-cycle-opened-intro = فُتحت دورة التقييم «{ $cycle }»، وتشارك فيها مدينة { $city }.
mail-cycle-opened-due = يُرجى إعداد تقرير مدينتكم وتقديمه في موعد أقصاه { $deadline }.

mail-receipt-subject = { $city }: استُلم تقريركم الخاص بدورة «{ $cycle }»
mail-receipt-intro = تسلّمنا في { $date } تقرير مدينة { $city } الخاص بدورة التقييم «{ $cycle }».
mail-receipt-locked = التقرير مقفل الآن. وإذا وجدت الأمانة ما يستدعي التصحيح، فستعيده إليكم مشفوعًا برسالة.

mail-report-reminder-subject = { $city }: لم يُقدَّم بعدُ تقريركم الخاص بدورة «{ $cycle }»
mail-report-reminder-intro = تذكّركم الأمانة بأن تقرير مدينة { $city } الخاص بدورة «{ $cycle }» لم يُقدَّم بعد.
mail-report-reminder-due = يجب تقديم التقارير في موعد أقصاه { $deadline }.
mail-report-reminder-draft = تُحفظ مسودة التقرير أثناء الكتابة؛ يُرجى تقديم التقرير عند اكتماله.

mail-returned-subject = { $city }: أُعيد إليكم تقريركم الخاص بدورة «{ $cycle }» للتصحيح
mail-returned-intro = أعادت الأمانة تقرير مدينة { $city } الخاص بدورة التقييم «{ $cycle }». وفيما يلي رسالتها:
mail-returned-due = يُرجى تصحيح التقرير وتقديمه مجددًا في موعد أقصاه { $deadline }. وحتى ذلك الحين، يظل التقرير خارج التقييم.

## To an expert.

mail-assignment-subject = مهمة التقييم المسندة إليكم: { $cycle }
mail-assignment-intro = أُسند إليكم في دورة «{ $cycle }» تقييم ما يلي:
mail-assignment-deadline = الموعد النهائي للتقييم هو { $deadline }. وستُدرج التقييمات المطلوبة منكم في صفحتكم الرئيسية فور بدء التقييم.
mail-assignment-thanks = نشكركم على عملكم.

mail-unassigned-subject = تغيّرت مهمة التقييم المسندة إليكم: { $cycle }
mail-unassigned-intro = لم يعد مطلوبًا منكم في دورة «{ $cycle }» تقييم ما يلي:
mail-unassigned-nothing-to-do = لا يلزمكم اتخاذ أي إجراء آخر بشأن هذه الحزم. وتبقى التقديرات التي قدمتموها محفوظة في سجل التقييم.

mail-reminder-subject = تذكير: { $count ->
        [zero] { $count } تقدير
        [one] تقدير واحد
        [two] تقديران
        [few] { $count } تقديرات
        [many] { $count } تقديرًا
       *[other] { $count } تقدير
    } بانتظار التقديم
mail-reminder-subject-by = تذكير: { $count ->
        [zero] { $count } تقدير
        [one] تقدير واحد
        [two] تقديران
        [few] { $count } تقديرات
        [many] { $count } تقديرًا
       *[other] { $count } تقدير
    } بانتظار التقديم في موعد أقصاه { $deadline }
mail-reminder-intro = في { $phase ->
        [reconciliation] جولة المراجعة
       *[other] مرحلة التقييم
    } من دورة «{ $cycle }»، لا يزال عليكم تقديم { $count ->
        [zero] { $count } تقدير
        [one] تقدير واحد
        [two] تقديرين
        [few] { $count } تقديرات
        [many] { $count } تقديرًا
       *[other] { $count } تقدير
    }.
mail-reminder-intro-by = في { $phase ->
        [reconciliation] جولة المراجعة
       *[other] مرحلة التقييم
    } من دورة «{ $cycle }»، لا يزال عليكم تقديم { $count ->
        [zero] { $count } تقدير
        [one] تقدير واحد
        [two] تقديرين
        [few] { $count } تقديرات
        [many] { $count } تقديرًا
       *[other] { $count } تقدير
    } في موعد أقصاه { $deadline }.

mail-revision-subject = جولة المراجعة { $round }: { $count ->
        [zero] { $count } بند
        [one] بند واحد
        [two] بندان
        [few] { $count } بنود
        [many] { $count } بندًا
       *[other] { $count } بند
    } لإعادة النظر
mail-revision-intro = في دورة «{ $cycle }»، تتباين التقديرات بشأن { $count ->
        [zero] { $count } بند
        [one] بند واحد
        [two] بندين
        [few] { $count } بنود
        [many] { $count } بندًا
       *[other] { $count } بند
    } من البنود التي قيّمتموها. يُرجى الاطلاع على تقديرات المقيّمين الآخرين ومسوّغاتهم (دون ذكر هوياتهم)، ثم الإبقاء على درجتكم أو تعديلها، مع تقديم مسوّغ لهذه الجولة. وتعرض صفحة تقييماتكم جميع بنود الجولة، بما فيها أي بنود تُضاف إليها لاحقًا.
mail-revision-closes = تُختتم الجولة في { $deadline }.

mail-deadline-changed-subject = { $cycle }: أصبح الموعد النهائي { $which ->
        [submission] لتقديم التقارير
        [reconciliation] للتوفيق
       *[other] للتقييم
    } { $after }
mail-deadline-changed-intro = عدّلت الأمانة الموعد النهائي { $which ->
        [submission] لتقديم التقارير
        [reconciliation] للتوفيق
       *[other] للتقييم
    } في دورة «{ $cycle }»: كان { $before }، وأصبح الآن { $after }.

mail-extension-subject = { $cycle }: يمكنكم تقديم تقديراتكم حتى { $until }
mail-extension-intro = منحتكم الأمانة مهلة حتى { $until } لإكمال تقديراتكم في جولة { $round ->
        [submission] تقديم التقارير
        [reconciliation] التوفيق
       *[other] التقييم
    } من دورة «{ $cycle }».
mail-extension-withdrawn-subject = { $cycle }: سُحب التمديد الممنوح لكم
mail-extension-withdrawn-intro = سحبت الأمانة التمديد الممنوح لكم في جولة { $round ->
        [submission] تقديم التقارير
        [reconciliation] التوفيق
       *[other] التقييم
    } من دورة «{ $cycle }»: يسري من جديد الموعد النهائي المحدد للجولة.

mail-reopened-subject = أُعيد فتح تقديركم لمدينة { $city } ({ $measurement })
mail-reopened-intro = أعادت الأمانة فتح التقدير الذي قدمتموه للمقياس { $measurement } الخاص بمدينة { $city } في دورة «{ $cycle }»، لكي تتمكنوا من تصحيحه. وفيما يلي السبب الذي أبدته:
mail-reopened-draft = أصبح التقدير مسودة من جديد: يُرجى تعديله عند الاقتضاء ثم تقديمه.

## Discussions and figures.

mail-comment-subject = تعليق جديد بشأن { $city } ({ $measurement })
mail-comment-intro = كتب { $author } في المناقشة الخاصة بالمقياس { $measurement } لمدينة { $city } في دورة «{ $cycle }»:
mail-comment-reply = يُرجى الرد في صفحة البند؛ وتقتصر المناقشة على مقيّمي البند ورئيس الفريق.

mail-figure-query-subject = { $city }: سؤال بشأن رقم وارد في تقريركم ({ $measurement })
mail-figure-query-intro = تحققت الأمانة من أرقام تقرير مدينة { $city } الخاص بدورة «{ $cycle }»، وتطرح سؤالًا بشأن { $measurement }:
mail-figure-query-answer = يُرجى الإجابة في صفحة التقرير: كتابةً، أو بتقديم رقم مصحَّح، أو بكليهما.

mail-figure-answered-subject = أجابت مدينة { $city } عن سؤالكم بشأن { $measurement }
mail-figure-answered-intro = أجابت مدينة { $city } عن السؤال المتعلق بالمقياس { $measurement } في تقريرها الخاص بدورة «{ $cycle }»:
mail-figure-answered-check = يُرجى التحقق من الرقم مجددًا في صفحة التقرير.

## Results, and the daily digest.

mail-published-subject = { $city }: نُشرت نتائج دورة «{ $cycle }»
mail-published-intro = نُشرت في الملف التعريفي لمدينتكم درجاتُ التوافق التي توصّل إليها الخبراء والملاحظات التي أبدوها بشأن مدينة { $city } في دورة «{ $cycle }».
mail-published-thanks = نشكركم على تقريركم.

mail-digest-subject = lcreview: ملخصكم اليومي ({ $count ->
        [zero] { $count } رسالة
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $count } رسائل
        [many] { $count } رسالةً
       *[other] { $count } رسالة
    })
mail-digest-intro = فيما يلي ما استجدّ لكم في lcreview منذ آخر ملخص ({ $count ->
        [zero] { $count } رسالة
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $count } رسائل
        [many] { $count } رسالةً
       *[other] { $count } رسالة
    }).

## Sample messages a daily digest gathers, on the secretariat's preview page.

mail-sample-digest-assignment = أُسند إليكم تقييم { $city } (فريق «{ $panel }»).
mail-sample-digest-reminder = في مرحلة التقييم من دورة «{ $cycle }»، لا يزال عليكم تقديم { $count ->
        [zero] { $count } تقدير
        [one] تقدير واحد
        [two] تقديرين
        [few] { $count } تقديرات
        [many] { $count } تقديرًا
       *[other] { $count } تقدير
    }.
