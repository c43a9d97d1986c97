## محرر التقرير: تكتب المدينة تقريرها، وتتحقق الأمانة من أرقامه، وتجيب المدينة.

reports-page-title = { $city } — التقرير
reports-heading = تقرير { $city }
reports-state = الحالة:
reports-returned = أعادته الأمانة للتصحيح:
reports-submitted-locked = قُدِّم هذا التقرير وأصبح مقفلًا. ويمكن للأمانة أن تعيده للتصحيح.
reports-questions-open =
    تطرح الأمانة أسئلة بشأن { $count ->
        [zero] { $count } رقم
        [one] رقم واحد
        [two] رقمين
        [few] { $count } أرقام
        [many] { $count } رقمًا
       *[other] { $count } رقم
    } من أرقام هذا التقرير:
reports-list-separator = {"، "}
reports-sentence-end = {"."}
reports-language = لغة التقرير
reports-narratives = النصوص الوصفية، لتقييم الخبراء
reports-narratives-hint = يُرجى وصف ما تقوم به المدينة، مع تقديم الأدلة. ويقرأ كلَّ نص فريقٌ من الخبراء المستقلين ويمنحه درجة على سُلَّم من 1 إلى 5.
reports-narrative = النص الوصفي
reports-links = روابط الأدلة
reports-links-hint = (عنوان ويب واحد في كل سطر)
reports-self-rating = التقدير الذاتي للمدينة
reports-self-rating-hint = (اختياري؛ لا يراه المقيّمون إلا بعد تقديم تقديراتهم، ويُعرض في الملف التعريفي إلى جانب درجة التوافق)
reports-statistics = الإحصاءات
reports-statistics-hint = يُرجى ترك الحقول التي لا تبلغ عنها المدينة فارغة.
reports-year = السنة
reports-source = المصدر
reports-figure-source-official = بيانات رسمية
reports-figure-source-survey = استقصاء
reports-provided-by = الجهة المقدِّمة
reports-not-available = غير متاح
reports-why-not-available = سبب عدم الإتاحة
reports-save-draft = حفظ المسودة
reports-submit = تقديم التقرير
reports-question = السؤال:
reports-answer = الإجابة:
reports-not-available-reason = غير متاح: { $reason }

reports-checking = التحقق من الأرقام
reports-checking-hint =
    { $count ->
        [zero] { $count } رقم
        [one] رقم واحد
        [two] رقمان
        [few] { $count } أرقام
        [many] { $count } رقمًا
       *[other] { $count } رقم
    }؛ { $waiting } منها بانتظار التحقق. ويسري التحقق على الرقم بصيغته الحالية: فإذا غيّرته المدينة، وجب التحقق منه مجددًا.
reports-col-measurement = المقياس
reports-col-figure = الرقم
reports-col-stands = الوضع الحالي
reports-col-decision = قراركم
reports-verified = تم التحقق
reports-question-label = سؤال إلى المدينة بشأن { $code }
reports-send-question = إرسال السؤال

reports-questions = أسئلة الأمانة بشأن أرقامكم
reports-questions-hint = يُرجى الإجابة كتابةً، وتصحيح الرقم أيضًا إن كان خاطئًا. ويقبل التقرير المقفل الرقمَ المصحَّح مع ذلك.
reports-answer-label = إجابتكم بشأن { $code }
reports-corrected = الرقم المصحَّح
reports-corrected-hint = (يُرجى تركه كما هو إن كان صحيحًا)
reports-send-answer = إرسال الإجابة
