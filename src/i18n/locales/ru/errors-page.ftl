## Error pages: the title (the status), the message, the way back. The JSON API's errors stay English.

errors-page-back = Вернуться на начальную страницу

errors-page-title-400 = Некорректный запрос
errors-page-title-401 = Требуется вход
errors-page-title-403 = Доступ запрещён
errors-page-title-404 = Не найдено
errors-page-title-409 = Конфликт
errors-page-title-413 = Слишком большой объём данных
errors-page-title-415 = Неподдерживаемый тип данных
errors-page-title-422 = Недопустимые данные
errors-page-title-429 = Слишком много запросов
errors-page-title-500 = Внутренняя ошибка сервера
errors-page-title-503 = Сервис недоступен
errors-page-title-other = Ошибка

# $field: one of the errors-page-field-… words; $message: what is wrong with it
errors-page-invalid = { $field }: { $message }
# $limit: a number of bytes
errors-page-too-large = тело запроса превышает { $limit } байт
errors-page-not-json = тело запроса должно быть в формате JSON (Content-Type: application/json)
errors-page-too-many = слишком много запросов с вашего адреса; повторите попытку через { $seconds } с
errors-page-unavailable = база данных сейчас недоступна; повторите попытку чуть позже
errors-page-internal = на нашей стороне произошла ошибка; сведения о ней записаны в журнал

# $what: a thing the service looked for, in English (for a thing without its own message below)
errors-page-not-found = не найдено: { $what }
errors-page-not-found-cycle = цикл не найден
errors-page-not-found-user = пользователь не найден
errors-page-not-found-city = город не найден
errors-page-not-found-bundle = пакет не найден
errors-page-not-found-page = страница не найдена
errors-page-not-found-item = позиция не найдена
errors-page-not-found-framework-edition = редакция рамочной основы не найдена
errors-page-not-found-expert = эксперт не найден
errors-page-not-found-report = отчёт не найден
errors-page-not-found-statistic = статистический показатель не найден
errors-page-not-found-panel = группа не найдена
errors-page-not-found-message = сообщение не найдено
errors-page-not-found-measurement = показатель не найден
errors-page-not-found-extension = продление срока не найдено
errors-page-not-found-token = токен не найден
errors-page-not-found-template = шаблон не найден
errors-page-not-found-sign-in-provider = поставщик входа не найден
errors-page-not-found-route = адрес не найден
errors-page-not-found-rating = оценка не найдена
errors-page-not-found-profile = профиль не найден
errors-page-not-found-object = объект не найден
errors-page-not-found-language = язык не найден

## A form's or the API's field, as a person calls it, at the start of a refusal ("The city: …").

errors-page-field-submission-deadline = Срок представления отчётов
errors-page-field-review-deadline = Срок оценки
errors-page-field-reconciliation-deadline = Срок согласования
errors-page-field-city = Город
errors-page-field-person = Пользователь
errors-page-field-panel-size = Размер группы
errors-page-field-min-justification = Минимальная длина обоснования
errors-page-field-max-spread = Наибольший разброс, при котором оценки считаются согласованными
errors-page-field-revision-rounds = Число туров пересмотра
errors-page-field-email = Адрес электронной почты
errors-page-field-name = Имя
errors-page-field-role = Роль
errors-page-field-country = Страна
errors-page-field-languages = Языки
errors-page-field-score = Балл
errors-page-field-justification = Обоснование
errors-page-field-confidence = Степень уверенности
errors-page-field-statement = Заключение
errors-page-field-rationale = Обоснование решения
errors-page-field-reason = Причина
errors-page-field-comment = Комментарий
errors-page-field-guidance = Руководство по выставлению баллов
errors-page-field-members = Члены группы
errors-page-field-chair = Председатель группы
errors-page-field-measurements = Показатели
errors-page-field-date = Дата
errors-page-field-profile = Профиль
errors-page-field-to = Кому
errors-page-field-message = Сообщение
errors-page-field-label = Описание
errors-page-field-institution = Учреждение
errors-page-field-institutions = Учреждения
errors-page-field-expertise = Области компетенции
errors-page-field-capacity = Нагрузка
errors-page-field-region = Регион
errors-page-field-experts = Эксперты
errors-page-field-expires-in-days = Срок действия в днях
errors-page-field-answer = Ответ
errors-page-field-question = Вопрос
errors-page-field-status = Статус
errors-page-field-limit = Предел
errors-page-field-before = До
# A refusal about no field in particular
errors-page-field-this = Ошибка
