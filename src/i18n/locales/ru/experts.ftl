## Experts' profiles and conflicts of interest, the secretariat's list of experts, the panel page.

experts-profile-title = Профиль эксперта
experts-profile-heading = Профиль: { $name }
experts-profile-intro = Используется при распределении отчётов: языки, на которых вы читаете, области компетенции, число пакетов, которое вы можете взять, а также ваши страна и родной город (вы никогда не оцениваете свой город и — если цикл этого не допускает — свою страну).
experts-country = Страна
experts-country-hint = (ISO 3166-1 alpha-2, например BR)
experts-home-city = Родной город
experts-home-city-hint = (если он входит в сеть)
experts-home-city-named-hint = (если он входит в сеть; добавьте код страны, если два города носят одно название: Cork, IE)
experts-institution = Учреждение
experts-languages-read = Языки, на которых вы читаете
experts-languages-hint = (ISO 639-1, через запятую, например en, pt)
experts-expertise-legend = Области компетенции
experts-capacity = Нагрузка
experts-capacity-hint = (пакетов за цикл)
experts-save-profile = Сохранить профиль
experts-conflicts-heading = Конфликты интересов
experts-conflicts-none = Не заявлено.
experts-city = Город
experts-conflict-city-hint = (его название; добавьте код страны, если два города носят одно название)
experts-why = Причина
experts-declare = Заявить о конфликте интересов

experts-home-city-choose = родной город: выберите его из списка
experts-capacity-whole = нагрузка: целое число
# $field: one of the experts-field-… words
experts-profile-refused = { $field }: { $message }
experts-field-country = страна
experts-field-institution = учреждение
experts-field-languages = языки
experts-field-expertise = области компетенции
experts-field-capacity = нагрузка
experts-choose-city = выберите город
experts-profile-saved = Профиль сохранён.
experts-conflict-recorded = Конфликт интересов зарегистрирован.
experts-conflict-recorded-removed = { $count ->
    [one] Конфликт интересов зарегистрирован. Эксперт исключён из { $count } пакета этого города в текущем цикле; его оценки по этому городу не учитываются.
    [few] Конфликт интересов зарегистрирован. Эксперт исключён из { $count } пакетов этого города в текущем цикле; его оценки по этому городу не учитываются.
    [many] Конфликт интересов зарегистрирован. Эксперт исключён из { $count } пакетов этого города в текущем цикле; его оценки по этому городу не учитываются.
   *[other] Конфликт интересов зарегистрирован. Эксперт исключён из { $count } пакета этого города в текущем цикле; его оценки по этому городу не учитываются.
}
experts-page-for-experts = Эта страница предназначена для экспертов.

## The list of experts

experts-list-title = Эксперты
experts-table-scroll = Таблица (на узком экране прокручивается по горизонтали)
experts-col-name = Имя
experts-col-email = Электронная почта
experts-col-languages = Языки
experts-col-expertise = Компетенция
experts-no-profile = профиль ещё не заполнен

## A panel

experts-panel-crumb = Группа
experts-panels-fixed = Состав групп нельзя изменить после начала оценки.
experts-members = Члены группы
experts-chair = Председатель группы
experts-chair-hint = (член группы; составляет заключения)
experts-measurements = Показатели (экспертная оценка)
experts-save-panel = Сохранить группу
experts-panel-saved = Группа сохранена.

experts-native-languages = Родные языки
experts-native-languages-hint = (из указанных выше, например pt)
experts-regions-legend = Хорошо знакомые регионы
experts-field-regions = регионы
experts-field-native-languages = родные языки
