## الملف التعريفي للمدينة: نتائجها المنشورة دورةً بدورة، وتطوّرها عبر الزمن، وخطاب النتائج.

profile-chart-value-previous = { $value } (الدورة السابقة: { $previous }، { $change })
profile-chart-title = درجة التوافق حسب مجال التركيز
profile-chart-description = متوسط مقاييس مجال التركيز، على سُلَّم من 1 ضعيف إلى 5 ممتاز
profile-chart-previous-legend = الدورة السابقة (العلامة الرفيعة)

profile-over-time = التطور عبر الزمن
profile-each-focus-area = كل مجال تركيز، دورةً بدورة
profile-each-focus-area-hint = متوسط درجة التوافق لمقاييس مجال التركيز في كل دورة منشورة، على سُلَّم من 1 ضعيف إلى 5 ممتاز.
profile-each-measurement = كل مقياس
profile-each-measurement-hint = كل مقياس يخضع لتقييم الخبراء في كل دورة منشورة، من الأقدم إلى الأحدث (من 1 ضعيف إلى 5 ممتاز).
profile-scores-over-time = الدرجات عبر الزمن
profile-statistics = الإحصاءات
profile-statistics-hint = كل إحصاء أبلغت عنه المدينة في كل دورة منشورة (المجموع أو القيمة الوحيدة).
profile-statistics-over-time = الإحصاءات عبر الزمن

profile-page-title = { $city } — الملف التعريفي
profile-lead = نتائج تقييم الخبراء لتقارير { $city } بوصفها مدينةً من مدن التعلم. ولا تُقارَن المدينة إلا بدوراتها السابقة.
profile-download-csv = تنزيل بصيغة CSV
profile-download-json = بصيغة JSON
profile-none-published = لم تُنشر أي نتائج بعد.
profile-published-cycles = الدورات المنشورة
profile-history = السجل:
profile-published = نُشرت في { $date }
profile-letter-link = خطاب نتائج الدورة { $cycle } (للطباعة)
profile-key-feature = السمة الرئيسية { $code }: { $title }
profile-own-rating = التقدير الذاتي للمدينة: { $score } { $label }
profile-action-plan = خطة عمل المدينة:
profile-action-plan-summary = خطة عملكم للدورة { $cycle }: ما ستقوم به المدينة استجابةً لكل ملاحظة
profile-save-action-plan = حفظ خطة العمل
profile-saved = حُفظت خطة عملكم.
profile-not-saved = لم يُحفظ: { $message }

profile-statistics-reported = الإحصاءات التي أبلغت عنها المدينة
profile-table-scroll = جدول (يمكن تمريره أفقيًا على الشاشات الضيقة)
profile-col-measurement = المقياس
profile-col-year = السنة
profile-col-values = القيم
profile-col-source = المصدر
profile-col-checked = التحقق
profile-not-available = غير متاح:

## خطاب النتائج.

profile-letter-title = { $city } — نتائج الدورة { $cycle }
profile-letter-back = العودة إلى الملف التعريفي
profile-letter-print = يمكنكم طباعة هذه الصفحة، أو حفظها بصيغة PDF، من متصفحكم.
profile-letter-network = شبكة اليونسكو العالمية لمدن التعلم · تقييم الخبراء
profile-letter-heading = { $city }: نتائج الدورة { $cycle }
profile-letter-intro = أنجزت أفرقة الخبراء تقييم تقرير { $city }. ويعرض هذا الخطاب، لكل مقياس يحكم عليه الخبراء، درجة التوافق التي توصلت إليها الأفرقة (5 ممتاز، 4 جيد جدًا، 3 جيد، 2 مقبول، 1 ضعيف) والملاحظات التي أبدتها بشأنه. ولا تُقارَن المدينة إلا بدوراتها السابقة، ولا تُصنَّف في أي ترتيب.
