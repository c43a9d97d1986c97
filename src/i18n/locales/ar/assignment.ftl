## The assignment of experts (secretariat): the proposal or the assignment in force, each expert's
## load, withdrawing an expert, changing one bundle.

assignment-title = التعيين — { $cycle }
assignment-breadcrumb-cycles = دورات التقييم
assignment-breadcrumb = التعيين
assignment-heading = تعيين الخبراء
assignment-intro = يُعيَّن لكل تقرير مقدَّم من كل فريق عددٌ من الخبراء قدره { $count }، من أعضاء الفريق الذين لا يوجد لديهم تضارب مصالح، ويقرؤون لغة التقرير، ولا تزال لديهم قدرة استيعابية متاحة؛ مع تحقيق أقصى قدر من الملاءمة (الخبرة في مجالات تركيز الفريق) وموازنة عبء العمل.
assignment-run = تشغيل التعيين
assignment-confirm = تأكيد هذا المقترح
assignment-proposal-empty = لا يعيِّن هذا المقترح أحدًا، فلا يوجد ما يُؤكَّد: يُرجى إضافة أعضاء إلى الأفرقة أو انتظار تقديم التقارير، ثم إعادة تشغيل التعيين.
assignment-not-collecting = يُشغَّل التعيين ويُؤكَّد أثناء جمع التقارير؛ وحالة الدورة الآن: { $state }.
assignment-none = لا يوجد تعيين بعد. يُرجى تشغيل التعيين بعد تقديم التقارير.
assignment-proposal = مقترح (لم يدخل حيز النفاذ بعد)
assignment-in-force = التعيين النافذ
assignment-objective = دالة الهدف: { $objective } (الملاءمة مطروحًا منها جزاء عدم توازن عبء العمل؛ وكلما ارتفعت القيمة كان ذلك أفضل).
assignment-table-scroll = جدول (يمكن تمريره أفقيًا على الشاشات الضيقة)
assignment-col-city = المدينة
assignment-missing = النقص: { $count }
assignment-change = تعديل
assignment-change-which = خبراء { $city }، { $panel }
assignment-unfilled = الحزم التي ينقصها خبراء
assignment-load = عبء العمل لكل خبير
assignment-chart-title = عدد الحزم لكل خبير
assignment-chart-description = يمثّل الشريط حزم الخبير، والعلامة الرفيعة قدرته الاستيعابية
assignment-chart-capacity = القدرة الاستيعابية (العلامة الرفيعة)
assignment-load-of = { $load } من { $capacity }
assignment-user-id = المستخدم { $id }
assignment-confirm-adds = يؤدي التأكيد إلى إضافة المقترح إلى التعيين النافذ.
assignment-withdraw-heading = سحب خبير
assignment-withdraw-text = يغادر الخبير جميع حزم هذه الدورة وأفرقتها. وأثناء جمع التقارير أو تقييمها، لا يُعاد إلا شغل أماكنه وفقًا للقواعد نفسها؛ أما في مرحلة التوفيق فلا يحل محله أحد وتبقى آخر درجاته المقدَّمة قائمة. ويُبلَّغ بذلك بالبريد الإلكتروني.
assignment-withdraw-expert = الخبير
assignment-withdraw = سحب
assignment-choose-expert = يُرجى اختيار خبير

## Changing one bundle.

assignment-bundle-title = تعديل حزمة
assignment-bundle-heading = فريق { $panel } — { $city }
assignment-bundle-choose = يُرجى اختيار ما لا يزيد على { $count } من خبراء الفريق
assignment-bundle-rules = تسري القواعد نفسها المطبقة في التعيين التلقائي: انتفاء تضارب المصالح، ولغة التقرير، والقدرة الاستيعابية.
assignment-bundle-save = حفظ

## After an action.

assignment-done-run = أصبح مقترح جديد جاهزًا: يُرجى التحقق منه، وتعديل الحزم عند الحاجة، ثم تأكيده.
assignment-done-confirm = دخل التعيين حيز النفاذ؛ وأُنشئت بنود التقييم.
assignment-done-withdraw = سُحب الخبير؛ ويُعاد شغل أماكنه حيثما تسمح الدورة بذلك، وقد أُبلغ بذلك.
assignment-done-bundle = عُدِّلت الحزمة.

assignment-why = ({ $parts })
assignment-why-separator = {"؛ "}
assignment-why-expertise = مجالات الخبرة: { $codes }، { $shared } من أصل { $areas } من مجالات التركيز
assignment-why-no-expertise = لا يشمل تخصصه أي مجال من مجالات تركيز الفريق
assignment-why-region = يعرف المنطقة ({ $region })
assignment-why-native = لغته الأم { $language }
assignment-why-reviewed = قيّم هذه المدينة في دورتها السابقة
assignment-why-new = لم يقيّم هذه المدينة من قبل
assignment-why-affinity = درجة الملاءمة { $affinity } من { $max }
