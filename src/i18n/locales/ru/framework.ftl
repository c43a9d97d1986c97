## Документ рамочной основы: слова вокруг собственного текста рамочной основы (он берётся из её данных).

framework-lead =
    { $areas ->
        [one] { $areas } раздел
        [few] { $areas } раздела
        [many] { $areas } разделов
       *[other] { $areas } раздела
    }, { $focus_areas ->
        [one] { $focus_areas } направление
        [few] { $focus_areas } направления
        [many] { $focus_areas } направлений
       *[other] { $focus_areas } направления
    }, { $features ->
        [one] { $features } ключевая характеристика
        [few] { $features } ключевые характеристики
        [many] { $features } ключевых характеристик
       *[other] { $features } ключевой характеристики
    } и { $measurements ->
        [one] { $measurements } возможный показатель
        [few] { $measurements } возможных показателя
        [many] { $measurements } возможных показателей
       *[other] { $measurements } возможного показателя
    }. { $expert ->
        [one] { $expert } из них оценивается
        [few] { $expert } из них оцениваются
        [many] { $expert } из них оцениваются
       *[other] { $expert } из них оцениваются
    } экспертами; остальные — статистические данные, которые представляет город ({ $official } — официальные данные, { $survey } — результаты опросов, { $either } — любой из этих источников).
framework-objective = Цель рамочной основы — не проводить различий между городами: прогресс каждого города рассматривается в контексте его собственной истории и сравнивается только с его собственными предыдущими оценками.
framework-scale = Шкала оценок
framework-contents = Содержание
framework-unit = Единица измерения
framework-reported-by = В разбивке по
framework-rated-by-experts = Оценивается группой независимых экспертов по приведённой ниже шкале.
