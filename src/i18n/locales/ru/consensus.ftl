## Согласование оценок: перечень позиций, позиция (оценки всех туров, арбитраж, заключение)
## и сводка согласованности.

consensus-queue-title = Согласование оценок
consensus-filter-status = Статус
consensus-filter-panel = Группа
consensus-filter-city = Город
consensus-filter-measurement = Показатель
consensus-filter-sort = Сортировка
consensus-filter-any = все
consensus-sort-city = по городу
consensus-sort-measurement = по показателю
consensus-sort-spread = по разбросу, начиная с наибольшего
consensus-filter-show = Показать
consensus-items-shown =
    { $count ->
        [one] Показана { $count } позиция.
        [few] Показаны { $count } позиции.
        [many] Показано { $count } позиций.
       *[other] Показано { $count } позиции.
    }
consensus-table-scroll = Таблица (на узком экране прокручивается по горизонтали)
consensus-col-select = Выбор
consensus-col-city = Город
consensus-col-panel = Группа
consensus-col-measurement = Показатель
consensus-col-scores = Баллы
consensus-col-median = Медиана
consensus-col-spread = Разброс
consensus-col-status = Статус
consensus-col-consensus = Консенсус
consensus-col-statement = Заключение
consensus-select-item = Выбрать: { $city }, { $measurement }
consensus-status-open = не хватает оценок
consensus-status-agreed = согласовано
consensus-status-disagreement = расхождение
consensus-status-moderation = арбитраж
consensus-status-moderated = арбитраж завершён
consensus-own-item-short = вы её оцениваете: арбитраж проводит Секретариат
consensus-statement-written = составлено
consensus-statement-missing = отсутствует
consensus-close-rounds-hint = Позиции, находящиеся в туре пересмотра, можно отметить выше и закрыть их тур сейчас, как по истечении срока.
consensus-close-rounds = Закрыть тур пересмотра для отмеченных позиций

consensus-score-method = { $score } ({ $method })
consensus-item-title = { $city }: { $measurement } { $name }
consensus-item-nav = Позиции группы
consensus-item-previous = ← Предыдущая позиция
consensus-item-next = Следующая позиция →
consensus-item-position = Позиция { $position } из { $total } в группе
consensus-fact-status = Статус
consensus-fact-median = Текущая медиана
consensus-fact-consensus = Консенсус
consensus-fact-rationale = Обоснование решения
consensus-narrative = Отчёт города по этому показателю
consensus-no-narrative = Описание отсутствует.
consensus-ratings-heading = Оценки всех туров
consensus-col-reviewer = Эксперт
consensus-col-round = Тур
consensus-col-score = Балл
consensus-col-justification = Обоснование
consensus-set-aside = (не учитывается: конфликт интересов)
consensus-own-item = Вы оцениваете эту позицию: её оценки станут вам видны, как только вы представите свою оценку за тур, а консенсусный балл в случае арбитража устанавливаете не вы, а Секретариат.
consensus-reopen-heading = Повторно открыть представленную оценку
consensus-reopen-intro = Представленная оценка является окончательной для своего тура. Чтобы эксперт мог исправить ошибку, откройте её повторно: она снова станет черновиком, а эксперту будет сообщена причина.
consensus-reopen-reviewer = Эксперт
consensus-reopen-reason = Причина
consensus-reopen-reason-hint = (направляется эксперту; не менее 10 символов)
consensus-reopen-button = Открыть оценку повторно
consensus-moderation-heading = Арбитраж
consensus-moderation-intro = Оценки по-прежнему расходятся после последнего тура пересмотра: установите консенсусный балл и приведите обоснование решения.
consensus-moderation-score = Балл
consensus-moderation-rationale = Обоснование решения
consensus-moderation-button = Установить консенсусный балл
consensus-statement-heading = Заключение для города
consensus-statement-label = Заключение
consensus-statement-hint = (город знакомится с ним вместе с полученным баллом)
consensus-statement-save = Сохранить заключение
consensus-statement-save-next = Сохранить и перейти к следующей позиции без заключения

consensus-forbidden-queue = Эта страница предназначена для председателей групп и Секретариата.
consensus-forbidden-item-page = Эта страница предназначена для председателя группы и Секретариата.
consensus-forbidden-change = Это действие доступно только председателю группы и Секретариату.
consensus-choose-score = Выберите балл.
consensus-choose-reviewer = выберите эксперта
consensus-set = Консенсусный балл установлен.
consensus-statement-saved = Заключение сохранено.
consensus-statement-saved-last = Заключение сохранено. У всех последующих позиций группы заключение уже есть.
consensus-reopened = Оценка снова открыта; эксперту сообщена причина.

consensus-agreement-title = Согласованность
consensus-agreement-heading = Согласованность оценок экспертов
consensus-alpha-first = Альфа Криппендорфа (порядковая), первый тур
consensus-alpha-final = Альфа Криппендорфа (порядковая), итоговая
consensus-exact-agreement = Точное совпадение, первый тур
consensus-adjacent-agreement = Совпадение с точностью до одного балла
consensus-not-available = н/д
consensus-alpha-per-panel = Альфа по группам (итоговые оценки)
consensus-alpha-chart-title = Согласованность по группам
consensus-alpha-chart-description = Альфа Криппендорфа (порядковая) для итоговых оценок: от 0 (случайное совпадение) до 1 (полная согласованность)
consensus-distribution-heading = Распределение баллов по показателям (первый тур)
consensus-distribution-caption = Баллы первого тура по показателям (от 1 «{ $poor }» до 5 «{ $excellent }»)
consensus-deviation-heading = Отклонение каждого эксперта от консенсуса
consensus-deviation-intro = Только для Секретариата. Положительное значение: эксперт мягче консенсуса; отрицательное: строже.
consensus-col-expert = Эксперт
consensus-col-mean-deviation = Среднее отклонение
consensus-col-mean-absolute-deviation = Среднее абсолютное отклонение
consensus-col-items = Позиции
