## Review cycles: the secretariat's list and cycle page, the confirmation steps of its actions,
## and the messages of the report editor's forms.

cycles-title = Циклы оценки
cycles-none = Циклов пока нет.
cycles-table-scroll = Таблица (на узком экране прокручивается по горизонтали)
cycles-list-separator = {", "}
cycles-clause-separator = {"; "}
cycles-progress-of = { $done } из { $total }

## The list of cycles and the form of a new one.

cycles-col-cycle = Цикл
cycles-col-state = Статус
cycles-col-reports-submitted = Представлено отчётов
cycles-submission-deadline = Срок представления отчётов
cycles-review-deadline = Срок оценки
cycles-reconciliation-deadline = Срок согласования
cycles-new = Открыть новый цикл
cycles-name = Название
cycles-participating-cities = Города-участники
cycles-register-cities-first = Сначала зарегистрируйте города.
cycles-panel-size-new = Число экспертов на город и группу
cycles-panel-size-new-hint = (от 2 до 7; если не указано — 3)
cycles-edition = Редакция рамочной основы
cycles-edition-default = (по умолчанию)
cycles-deadlines = Сроки
cycles-deadlines-hint = (дата и время по часовому поясу { $zone }; необязательно)
cycles-open-as-draft = Открыть цикл (в виде черновика)

## The cycle page.

cycles-framework = Рамочная основа
cycles-experts-per-bundle = Число экспертов на пакет
cycles-reports-submitted-progress = Представлено отчётов:
cycles-out-of-review = Исключены из оценки:
cycles-out-of-review-cities = { $cities }. Их отчёт не был представлен к началу оценки (или был возвращён): он не участвует в оценке этого цикла, а значения показателей из его черновика никогда не попадают в профиль города.
cycles-short-bundles =
    { $count ->
        [one] В { $count } пакете меньше экспертов, чем предусмотрено размером группы. Восполните недостающие места на странице распределения или начните оценку с неполным составом:
        [few] В { $count } пакетах меньше экспертов, чем предусмотрено размером группы. Восполните недостающие места на странице распределения или начните оценку с неполным составом:
        [many] В { $count } пакетах меньше экспертов, чем предусмотрено размером группы. Восполните недостающие места на странице распределения или начните оценку с неполным составом:
       *[other] В { $count } пакетах меньше экспертов, чем предусмотрено размером группы. Восполните недостающие места на странице распределения или начните оценку с неполным составом:
    }
cycles-start-short = Начать оценку с неполными пакетами
cycles-short-why = Причина
cycles-short-why-hint = (не менее 10 символов; сохраняется в журнале аудита)
cycles-move-to = Перевести в статус: { $state }
cycles-close-rounds-text = Закрыть сейчас все открытые туры пересмотра, как по истечении их срока: эксперты, не представившие новую оценку, сохраняют прежний балл.
cycles-close-rounds = Закрыть туры пересмотра сейчас
cycles-link-assignment = Распределение экспертов
cycles-link-guidance = Руководство по выставлению баллов
cycles-link-reconciliation = Согласование
cycles-link-agreement = Согласованность оценок
cycles-link-ratings-csv = Все оценки (CSV, с именами экспертов)
cycles-ratings = Оценки
cycles-ratings-submitted-progress = Представлено оценок:
cycles-by-panel = По группам
cycles-by-city = По городам
cycles-behind = Эксперты, представившие ещё не все оценки
cycles-behind-expert = { $name }: { $count }
cycles-remind-now = Напомнить им сейчас по электронной почте
cycles-extensions = Индивидуальные продления сроков текущего тура
cycles-extensions-none = Нет.
cycles-extension-until = { $name }: до { $until }
cycles-extension-withdraw = Отменить
cycles-extension-expert = Эксперт
cycles-extension-until-label = Может выставлять оценки до
cycles-extension-give = Предоставить продление
cycles-change = Изменить цикл
cycles-deadlines-in = Сроки (часовой пояс { $zone })
cycles-zone = Часовой пояс этих полей
cycles-panel-size-hint = (от 2 до 7)
cycles-min-justification = Минимальная длина обоснования представляемой оценки
cycles-min-justification-hint = (в символах)
cycles-max-spread = Оценки считаются согласованными, если их разброс не превышает
cycles-revision-rounds = Число туров пересмотра до арбитража
cycles-conflict-same-country = Эксперты не оценивают города своей страны
cycles-save = Сохранить изменения

## The cycle page: its cities and their reports, its panels.

cycles-cities = Города и их отчёты
cycles-col-city = Город
cycles-col-report = Отчёт
cycles-filter-any = любой
cycles-order = Порядок
cycles-order-name = по названию
cycles-order-state = по статусу отчёта
cycles-order-submitted = сначала представленные последними
cycles-filter-show = Показать
cycles-cities-shown = Показано городов: { $shown } из { $total }.
cycles-col-select = Выбор
cycles-select-city = Выбрать город { $city }
cycles-col-submitted = Представлен
cycles-col-figures = Значения показателей
cycles-col-action-plan = План действий
cycles-col-actions = Действия
cycles-figures-to-check = на проверку: { $count }
cycles-figures-queried = с вопросами: { $count }
cycles-figures-verified = проверено: { $count }
cycles-answered = ответов: { $answered } из { $total }
cycles-return-message = Вернуть на доработку с сообщением:
cycles-return = Вернуть
cycles-bulk = Действие с выбранными городами
cycles-bulk-remind = Напомнить о представлении отчёта (тем, кто его ещё не представил)
cycles-bulk-return = Вернуть их представленные отчёты на доработку
cycles-bulk-message = Сообщение
cycles-bulk-message-hint = (при возврате: что нужно исправить)
cycles-bulk-continue = Продолжить
cycles-panels = Группы экспертов
cycles-col-panel = Группа
cycles-col-measurements = Показатели
cycles-col-members = Число членов

## What moving a cycle on will do (the confirmation step), and what it did.

cycles-confirm-collecting-told = Города-участники (всего: { $count }) получат по электронной почте уведомление о том, что цикл открыт для представления отчётов.
cycles-confirm-collecting-write = После этого города смогут подготовить и представить свои отчёты.
cycles-confirm-reviewing-out = Отчёты, не представленные к этому моменту ({ $missing } из { $total }), исключаются из оценки.
cycles-confirm-reviewing-locked = Представленные отчёты блокируются; назначенные эксперты приступают к оценке.
cycles-confirm-reconciling-rule = Оценки первого тура обрабатываются по правилу: по согласованным позициям устанавливается консенсусный балл.
cycles-confirm-reconciling-revision = Несогласованные позиции направляются на тур пересмотра, а их эксперты получают уведомление по электронной почте.
cycles-confirm-reconciling-closed = Эксперты больше не смогут представлять оценки первого тура.
cycles-confirm-published-profiles = Каждый консенсусный балл и каждое заключение публикуются в профиле соответствующего города.
cycles-confirm-published-told = Пользователи городов-участников (всего городов: { $count }) получат уведомление по электронной почте.
cycles-confirm-published-final = Оценки, консенсусные баллы и заключения больше нельзя будет изменить.
cycles-confirm-archived = Цикл становится доступным только для чтения; опубликованные результаты остаются в профилях.
cycles-move-confirm-title = Перевести цикл «{ $cycle }» в статус: { $state }
cycles-move-confirm-button = Да, перевести в статус: { $state }
cycles-moved = Новый статус цикла: { $state }.
cycles-cannot-move = Цикл не может перейти к следующему этапу: { $reason }.
cycles-cannot-move-invalid = Цикл не может перейти к следующему этапу: { $reason }
cycles-unknown-state = неизвестный статус

## Creating and changing a cycle: what the forms refuse, and what was done.

cycles-deadline-unreadable = { $field }: «{ $raw }» не является датой и временем (2026-12-31T17:00)
cycles-date-unreadable = «{ $raw }» не является датой и временем (2026-12-31T17:00)
cycles-field-submission-deadline = срок представления отчётов
cycles-field-review-deadline = срок оценки
cycles-field-reconciliation-deadline = срок согласования
cycles-panel-size-invalid = число экспертов на пакет: целое число от 2 до 7
cycles-whole-number = целое число
cycles-opened = Цикл «{ $cycle }» открыт в виде черновика.
cycles-changed = Цикл изменён; заинтересованные лица уведомлены.
cycles-not-changed = Изменения не внесены: { $reason }
cycles-choose-expert = выберите эксперта
cycles-say-until-when = укажите, до какого срока
cycles-extension-given = Продление предоставлено; эксперт уведомлён.
cycles-no-extension = Продление не предоставлено: { $reason }
cycles-extension-withdrawn = Продление отменено; эксперт уведомлён.

## Closing revision rounds early (reconciliation).

cycles-close-confirm-title = Закрытие туров пересмотра цикла «{ $cycle }»
cycles-close-confirm-selected = Туры пересмотра выбранных позиций (всего: { $count }) закрываются сейчас, как по истечении срока.
cycles-close-confirm-all = Все открытые туры пересмотра цикла закрываются сейчас, как по истечении срока.
cycles-close-confirm-previous = Эксперты, не представившие новую оценку, сохраняют прежний балл; правило применяется повторно, а позиции, по которым оценки по-прежнему расходятся, передаются на арбитраж.
cycles-close-confirm-button = Да, закрыть сейчас
cycles-items-settled = Урегулировано позиций: { $count }.

## Reminders to experts.

cycles-remind-confirm = Эксперты, представившие ещё не все оценки (всего: { $count }), сейчас получат напоминание по электронной почте:
cycles-remind-confirm-expert = { $name }: осталось представить { $count }
cycles-remind-confirm-title = Напоминание экспертам цикла «{ $cycle }»
cycles-remind-confirm-button = Да, отправить напоминания
cycles-reminders-queued = Напоминаний поставлено в очередь: { $count }.
cycles-remind-not-in-review = Напоминания отправляются, только пока цикл находится на этапе оценки.

## Actions on the selected cities of a cycle.

cycles-bulk-select-first = Сначала выберите хотя бы один город.
cycles-bulk-remind-title = Напоминание выбранным городам
cycles-bulk-remind-confirm = Пользователи этих городов получат напоминание о необходимости представить отчёт, если он ещё не представлен:
cycles-bulk-return-title = Возврат выбранных отчётов
cycles-bulk-return-confirm = Представленные отчёты этих городов будут возвращены им на доработку с вашим сообщением «{ $message }»:
cycles-bulk-choose-action = выберите действие для выбранных городов
cycles-bulk-confirm-button = Да, для выбранных городов ({ $count })
cycles-bulk-nobody-to-remind = Ни у одного из выбранных городов нет непредставленного отчёта.
cycles-bulk-reminded = Напоминание отправлено: { $cities }.
cycles-bulk-returned = Возвращены: { $cities }.
cycles-bulk-not-returned = Не возвращены: { $cities }.
cycles-bulk-refused-city = { $city } ({ $reason })
cycles-report-returned = Отчёт возвращён городу с вашим сообщением.

## The report editor's forms: saving, submitting, checking and answering about figures.

cycles-only-city-writes = Отчёт города составляют только пользователи этого города.
cycles-only-city-answers = На вопросы о значениях показателей города отвечают только пользователи этого города.
cycles-draft-saved-except = Черновик сохранён, кроме отмеченного ниже (пунктов: { $count }).
cycles-draft-saved-except-not-submitted = Черновик сохранён, кроме отмеченного ниже (пунктов: { $count }); отчёт не представлен.
cycles-draft-saved = Черновик сохранён.
cycles-report-submitted = Ваш отчёт представлен. Благодарим вас.
cycles-draft-saved-not-submitted = Черновик сохранён, но не представлен: { $reason }.
cycles-figure-verified = Значение показателя { $code } отмечено как проверенное.
cycles-figure-queried = Ваш вопрос по значению показателя { $code } направлен городу.
cycles-answer-sent = Ваш ответ по показателю { $code } направлен в Секретариат.
cycles-year-not-a-number = год «{ $year }» не является числом
cycles-value-not-a-number = { $breakdown }: «{ $value }» не является числом
cycles-not-a-source = «{ $source }» не является источником
cycles-own-rating-not-a-score = самооценка города «{ $rating }» не является допустимым баллом

cycles-affinity-legend = Что учитывает распределение
cycles-affinity-hint = Каждый вес — от 0 до 10. Соответствие эксперта группе города — взвешенное среднее: доли направлений группы в его компетенции; знания региона города; чтения языка доклада как родного; и, если преемственность не отключена, того, оценивал ли он город в его предыдущем цикле.
cycles-weight-expertise = Компетенция в направлениях группы
cycles-weight-region = Знает регион города
cycles-weight-native-language = Язык доклада — родной
cycles-weight-continuity = Преемственность с предыдущим циклом
cycles-continuity = Эксперты предыдущего цикла города
cycles-affinity-summary = компетенция { $expertise }, регион { $region }, родной язык { $native }; прежние эксперты: { $continuity }
