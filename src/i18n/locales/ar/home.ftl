## The start page: the welcome for visitors, the secretariat's and the city coordinator's home pages.

home-welcome-title = مرحبًا بكم
home-welcome-heading = تقييم الخبراء لمدن التعلم
home-welcome-lead = يتولى lcreview تقييم الأقران لتقارير مدن التعلم: تفتح الأمانة دورات التقييم، وتقدّم المدن تقاريرها، ويُقدِّر خبراء مستقلون المقاييس النوعية على سُلَّم من خمس درجات، ويوفّقون بين تقديراتهم المتباينة، وتطّلع كل مدينة على درجات التوافق الخاصة بها والملاحظات الموجَّهة إليها في ملفها التعريفي.
home-sign-in = تسجيل الدخول
home-framework = الإطار
home-framework-before-link = تسترشد التقييمات بوثيقة
home-framework-after-link = : عدد المقاييس { $measurements }، يُقدَّر { $expert_review } منها عن طريق تقييم الخبراء.
home-api = للبرامج النصية
home-api-before-link = يرد وصف واجهة برمجة التطبيقات (JSON API) في
home-api-link = وثيقة OpenAPI الخاصة بها
home-api-after-link = . وتجري مصادقة الاستدعاءات باستخدام رمز وصول شخصي:
home-api-end = {"."}

## The secretariat's home page.

home-secretariat-title = الأمانة
home-secretariat-lead = إدارة التقييم: الدورات، والأشخاص، والمدن، والنشر.
home-secretariat-cycles = دورات التقييم
home-secretariat-cycles-text = : فتح دورة، ومتابعة التقارير والتعيين والتقديرات والتوفيق، والنشر.
home-secretariat-network = الشبكة
home-secretariat-network-text = : المدن حسب الحالة، وكيفية توزُّع الدرجات المنشورة، دون ترتيب.
home-secretariat-users = المستخدمون
home-secretariat-users-text = {" "}— عدد الحسابات: { $count }؛ دعوة الخبراء ومنسقي المدن والزملاء.
home-secretariat-cities = المدن
home-secretariat-cities-text = {" "}— عدد المدن المسجلة: { $count }.
home-secretariat-framework = الإطار
home-secretariat-framework-text = {" "}الذي يسترشد به التقييم.

## The city coordinator's home page.

home-city-title = مدينتكم
home-city-lead = صفحة منسق المدينة
home-city-country = البلد
home-city-region = المنطقة
home-city-languages = لغات التقارير
home-city-institutions = المؤسسات
home-city-institutions-none = لم تُسجَّل أي مؤسسة
home-institutions-separator = {"؛ "}
home-city-institutions-change = تعديل
home-city-next = الخطوات التالية
home-city-cycle-name = { $cycle }:
home-city-open-report = فتح التقرير
home-city-letter = خطاب النتائج
home-city-profile = الملف التعريفي لمدينتكم: النتائج المنشورة
home-city-reports = تقاريركم
home-city-no-reports = عند فتح دورة تقييم، يظهر تقرير مدينتكم هنا لإعداده وتقديمه؛ وتظهر الدرجات والملاحظات المنشورة في الملف التعريفي لمدينتكم.
home-table-scroll = جدول (يمكن تمريره أفقيًا على الشاشات الضيقة)
home-col-review-cycle = دورة التقييم
home-col-cycle = الدورة
home-col-your-report = تقريركم
home-city-unbound = حسابكم غير مرتبط بأي مدينة. يُرجى الاتصال بالأمانة.

## What the city has to do next in a cycle.

home-next-wait = يجري إعداد الدورة: لا يلزم أي إجراء في الوقت الحالي.
home-next-write = يُرجى إعداد تقريركم وتقديمه في موعد أقصاه { $deadline }.
home-next-resubmit = أعادت الأمانة تقريركم: يُرجى الاطلاع على رسالتها، وتعديل التقرير، ثم تقديمه من جديد.
home-next-submitted = قُدِّم تقريركم: لا يلزم أي إجراء حتى نشر النتائج.
home-next-in-review = يقيّم الخبراء تقريركم؛ وستظهر النتائج في الملف التعريفي لمدينتكم.
home-next-out-of-review = لم يكن تقريركم قد قُدِّم عند بدء التقييم: فهو لا يدخل في هذا التقييم.
home-next-read-results = نُشرت النتائج: يُرجى الاطلاع عليها في الملف التعريفي لمدينتكم.
