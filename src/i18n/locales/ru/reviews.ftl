## Раздел эксперта: задания по оценке, страница оценки с формами, обсуждение позиции, прошлые
## оценки эксперта и руководство по выставлению баллов в цикле.

reviews-home-title = Ваши задания по оценке
reviews-home-empty = Сейчас у вас нет заданий по оценке. Когда в цикле, в котором вы назначены экспертом, начнётся этап оценки, здесь появятся ваши города и группы со сроком выполнения.
reviews-table-scroll = Таблица (на узком экране прокручивается по горизонтали)
reviews-col-city = Город
reviews-col-panel = Группа
reviews-col-cycle = Цикл
reviews-col-round = Тур
reviews-col-submitted = Представлено
reviews-col-deadline = Срок
reviews-col-measurement = Показатель
reviews-col-your-rating = Ваша оценка
reviews-col-consensus = Консенсус
reviews-progress = { $rated } из { $total }
reviews-round-first = Первичные оценки
reviews-round-revision = Пересмотр (тур { $round })

reviews-chaired-heading = Группы, которые вы возглавляете
reviews-chaired-count = { $status }:
reviews-chaired-to-moderate =
    { $count ->
        [one] { $count } позиция ожидает вашего арбитража
        [few] { $count } позиции ожидают вашего арбитража
        [many] { $count } позиций ожидают вашего арбитража
       *[other] { $count } позиции ожидают вашего арбитража
    }
reviews-chaired-write = Составить заключения (осталось: { $count })
reviews-chaired-all-written = У каждой позиции, по которой принято решение, есть заключение.
reviews-chaired-all-items = Все позиции группы
reviews-link-history = Ваши прошлые оценки
reviews-link-profile = Ваш профиль
reviews-link-framework = Рамочная основа

reviews-discussion-heading = Обсуждение
reviews-discussion-intro = Между экспертами, оценивающими позицию, и председателем группы; участники обозначаются по роли, а не по имени. Город его не видит.
reviews-discussion-empty = Комментариев пока нет.
reviews-comment-round = тур { $round }
reviews-comment-label = Ваш комментарий
reviews-comment-add = Добавить комментарий
reviews-comment-added = Ваш комментарий добавлен.
reviews-comment-not-added = Комментарий не добавлен: { $message }

reviews-bundle-heading = { $city }: { $panel }
reviews-deadline = Срок:
reviews-instructions-after-deadline = . Оцените каждый показатель по отчёту города — от 5 «{ $excellent }» до 1 «{ $poor }» — и приведите обоснование не короче { $min } { $min ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }, чтобы представить оценку (черновик может быть короче). Оценки других экспертов станут видны вам после того, как вы представите свою.
reviews-guidance-link = Значение каждого балла для всех показателей цикла
reviews-drafts-kept = Черновики сохраняются по мере ввода (в этом браузере, а после выбора балла — и на сервере); перед уходом со страницы с несохранённым текстом вы получите предупреждение.
reviews-rating-closed = Выставление оценок в этом туре закрыто.
reviews-city-report = Отчёт города
reviews-no-narrative = Описание отсутствует.
reviews-last-cycle = Цикл «{ $cycle }»: { $score } { $label }
reviews-last-statement = Заключение группы:
reviews-last-action-plan = План действий города:
reviews-last-action-plan-none = не представлен
reviews-self-rating = Самооценка города: { $score } { $label }
reviews-your-rating = Ваша оценка
reviews-your-rating-revision = — пересмотр, тур { $round }
reviews-you-are = (вы — { $label })
reviews-previous-rating = Ваша оценка в туре { $round }: { $score } { $label }
reviews-previous-hint = Форма заполнена на её основе: сохраните свой балл или измените его и обоснуйте решение для этого тура.
reviews-saved-version = Версия, сохранённая сейчас (изменена в другом месте): { $score } { $label }
reviews-saved-version-hint = В форме ниже сохранён введённый вами текст: представьте оценку, чтобы заменить сохранённую версию, или скопируйте нужное.
reviews-guidance-summary = Значение каждого балла для этого показателя
reviews-item-submitted = Представлено. Вы можете изменить оценку до истечения срока.
reviews-item-closed = Эта позиция сейчас не принимает оценок: по ней уже принято решение либо она ожидает пересмотра оценок другими экспертами.
reviews-score = Балл
reviews-justification = Обоснование
reviews-justification-hint = (не менее { $min } { $min ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    })
reviews-confidence = Степень уверенности
reviews-confidence-hint = (необязательно)
reviews-confidence-low = низкая
reviews-confidence-medium = средняя
reviews-confidence-high = высокая
reviews-save-draft = Сохранить черновик
reviews-submit = Представить оценку
reviews-others-heading = Другие эксперты
reviews-other-rating = { $reviewer }: { $score } { $label }
reviews-not-revised-yet = { $reviewer } (тур { $round }, оценка ещё не пересмотрена)

reviews-rating-submitted = Ваша оценка представлена.
reviews-draft-saved = Черновик сохранён.
reviews-choose-score = Выберите балл.
reviews-choose-score-field = выберите балл
reviews-rate-forbidden = Оценивать позицию могут только назначенные на неё эксперты.
reviews-not-saved = Не сохранено: { $message }

reviews-js-restored = Несохранённый черновик из этого браузера восстановлен.
reviews-js-kept = Сохранено в этом браузере; выберите балл, чтобы сохранить черновик.
reviews-js-saving = Сохранение…
reviews-js-not-saved-status = Не сохранено ({ $status }): перезагрузите страницу; ваш текст сохранён в этом браузере.
reviews-js-offline = Не сохранено (нет соединения); текст сохранён в этом браузере.

reviews-history-title = Ваши прошлые оценки
reviews-history-intro = Ваша последняя оценка по каждой позиции, которую вы оценивали в опубликованных циклах, рядом с консенсусным баллом группы. Эту страницу видите только вы.
reviews-history-empty = Пока ничего нет: ваши оценки появятся здесь после публикации соответствующего цикла.
reviews-history-justification = Ваше обоснование
reviews-history-mine = { $score } { $label } (тур { $round })
reviews-history-forbidden = На этой странице эксперт видит только собственные прошлые оценки.

reviews-guidance-page-title = Руководство по выставлению баллов — { $cycle }
reviews-guidance-heading = Руководство по выставлению баллов
reviews-guidance-intro = Значение каждого балла для каждого показателя этого цикла. Если Секретариат не составил собственный текст, применяется текст сервиса по умолчанию (с пометкой «по умолчанию»).
reviews-guidance-edit-hint = Введите текст уровня, чтобы заменить текст по умолчанию в этом цикле; очистите поле, чтобы восстановить его. Эксперты видят этот текст рядом с формой оценки.
reviews-guidance-default = (по умолчанию)
reviews-guidance-save = Сохранить руководство для { $code }
reviews-guidance-saved = Руководство для { $code } сохранено.
