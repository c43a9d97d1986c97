## Редактор отчёта: город составляет отчёт, Секретариат проверяет значения показателей, город отвечает.

reports-page-title = { $city } — отчёт
reports-heading = Отчёт города { $city }
reports-state = Статус:
reports-returned = Возвращён Секретариатом на доработку:
reports-submitted-locked = Этот отчёт представлен и заблокирован. Секретариат может вернуть его на доработку.
reports-questions-open =
    У Секретариата есть вопросы по { $count ->
        [one] { $count } значению
        [few] { $count } значениям
        [many] { $count } значениям
       *[other] { $count } значения
    } показателей в этом отчёте:
reports-list-separator = {", "}
reports-sentence-end = {"."}
reports-language = Язык отчёта
reports-narratives = Описательные разделы для экспертной оценки
reports-narratives-hint = Опишите, подкрепляя доказательствами, что делает город. Каждый раздел читает и оценивает по шкале от 1 до 5 группа независимых экспертов.
reports-narrative = Описание
reports-links = Ссылки на подтверждающие материалы
reports-links-hint = (по одному веб-адресу в строке)
reports-self-rating = Самооценка города
reports-self-rating-hint = (необязательно; эксперты видят её только после того, как выставят собственную оценку, а в профиле она приводится рядом с консенсусным баллом)
reports-statistics = Статистические данные
reports-statistics-hint = Оставьте пустыми поля, по которым город не представляет данных.
reports-year = Год
reports-source = Источник
reports-figure-source-official = Официальные данные
reports-figure-source-survey = Опрос
reports-provided-by = Кем предоставлено
reports-not-available = Данные отсутствуют
reports-why-not-available = Причина отсутствия данных
reports-save-draft = Сохранить черновик
reports-submit = Представить отчёт
reports-question = Вопрос:
reports-answer = Ответ:
reports-not-available-reason = Данные отсутствуют: { $reason }

reports-checking = Проверка значений показателей
reports-checking-hint =
    { $count ->
        [one] { $count } значение
        [few] { $count } значения
        [many] { $count } значений
       *[other] { $count } значения
    }; на рассмотрении: { $waiting }. Проверка действительна для значения в его нынешнем виде: если город его изменит, значение нужно будет проверить снова.
reports-col-measurement = Показатель
reports-col-figure = Значение
reports-col-stands = Статус проверки
reports-col-decision = Ваше решение
reports-verified = Проверено
reports-question-label = Вопрос городу по показателю { $code }
reports-send-question = Отправить вопрос

reports-questions = Вопросы Секретариата по значениям показателей
reports-questions-hint = Дайте ответ в текстовой форме; если значение было неверным, исправьте и его. В заблокированный отчёт исправленное значение всё равно можно внести.
reports-answer-label = Ваш ответ по показателю { $code }
reports-corrected = Исправленное значение
reports-corrected-hint = (оставьте без изменений, если оно было верным)
reports-send-answer = Отправить ответ
