## وثيقة الإطار: الكلمات المحيطة بنص الإطار نفسه (المستمد من بياناته).

framework-lead =
    يضم الإطار { $areas ->
        [zero] { $areas } مجال
        [one] مجالًا واحدًا
        [two] مجالين
        [few] { $areas } مجالات
        [many] { $areas } مجالًا
       *[other] { $areas } مجال
    }، و{ $focus_areas ->
        [zero] { $focus_areas } مجال تركيز
        [one] مجالَ تركيز واحدًا
        [two] مجالَي تركيز
        [few] { $focus_areas } مجالات تركيز
        [many] { $focus_areas } مجالًا للتركيز
       *[other] { $focus_areas } مجال تركيز
    }، و{ $features ->
        [zero] { $features } سمة رئيسية
        [one] سمةً رئيسية واحدة
        [two] سمتين رئيسيتين
        [few] { $features } سمات رئيسية
        [many] { $features } سمةً رئيسية
       *[other] { $features } سمة رئيسية
    }، و{ $measurements ->
        [zero] { $measurements } مقياس ممكن
        [one] مقياسًا واحدًا ممكنًا
        [two] مقياسين ممكنين
        [few] { $measurements } مقاييس ممكنة
        [many] { $measurements } مقياسًا ممكنًا
       *[other] { $measurements } مقياس ممكن
    }. يُحكَم على { $expert } منها من خلال تقييم الخبراء؛ أما البقية فهي إحصاءات تبلغ عنها المدينة ({ $official } بيانات رسمية، و{ $survey } نتائج استقصاءات، و{ $either } أيٌّ منهما).
framework-objective = لا يهدف الإطار إلى التمييز بين المدن: إذ يُنظر إلى تقدّم كل مدينة في سياق تاريخها الخاص، ولا يُقارَن إلا بتقييماتها السابقة.
framework-scale = سُلَّم التقدير
framework-contents = المحتويات
framework-unit = الوحدة
framework-reported-by = مصنَّفة حسب
framework-rated-by-experts = يُقدِّر درجتَه فريقٌ من الخبراء المستقلين وفق السُّلَّم الوارد أدناه.
