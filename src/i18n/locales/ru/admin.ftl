## The secretariat's pages: users, cities and their institutions, the outbox, the e-mail templates.

admin-table-scroll = Таблица (на узком экране прокручивается по горизонтали)
admin-go-to-form = Перейти к форме
admin-back = Назад
admin-save = Сохранить
admin-optional = (необязательно)

admin-name = Имя
admin-email = Электронная почта
admin-role = Роль
admin-city = Город
admin-status = Статус
admin-country = Страна
admin-region = Регион
admin-languages = Языки
admin-institutions = Учреждения

## Users

admin-users-title = Пользователи
# $error: why the invitation was refused
admin-users-not-sent = Приглашение не отправлено: { $error }
admin-users-count = { $count ->
    [one] { $count } учётная запись
    [few] { $count } учётные записи
    [many] { $count } учётных записей
   *[other] { $count } учётной записи
}
admin-user-disabled = Отключена
admin-user-active = Активна
admin-user-enable = Включить
admin-user-disable = Отключить
admin-invite-heading = Пригласить пользователя
admin-invite-hint = Вход выполняется с учётной записью своего учреждения; её подтверждённый адрес электронной почты должен совпадать с указанным здесь.
admin-city-hint = (только для координаторов городов)
admin-invite-button = Пригласить
admin-invite-choose-city = выберите город из списка
admin-user-invited = Приглашение для пользователя { $name } отправлено; в письме указано, где выполнить вход.
admin-user-disabled-done = Учётная запись пользователя { $name } отключена; все его сеансы завершены.
admin-user-enabled-done = Учётная запись пользователя { $name } снова включена.

## Cities

admin-cities-title = Города
admin-cities-not-registered = Город не зарегистрирован: { $error }
admin-cities-count = { $count ->
    [one] { $count } город, в алфавитном порядке
    [few] { $count } города, в алфавитном порядке
    [many] { $count } городов, в алфавитном порядке
   *[other] { $count } города, в алфавитном порядке
}
admin-institutions-view = просмотреть или изменить
admin-register-heading = Зарегистрировать город
admin-country-hint = (ISO 3166-1 alpha-2, например CN)
admin-report-languages = Языки отчётов
admin-report-languages-hint = (ISO 639-1, через запятую, например en, fr)
admin-register-button = Зарегистрировать
# $field: one of the admin-city-field-… words
admin-cities-refused = { $field }: { $message }
admin-city-field-name = название
admin-city-field-country = страна
admin-city-field-region = регион
admin-city-field-languages = языки
admin-city-field-institutions = учреждения
admin-city-registered = Город { $name } зарегистрирован.

## A city's institutions

admin-institutions-title = Учреждения города { $city }
admin-institutions-intro = Городская администрация и учреждения-партнёры, названные в вашем отчёте. Эксперт, работающий в одном из них, не оценивает этот город: это один из конфликтов интересов, которые учитываются при распределении экспертов, в том числе после того, как оно выполнено.
admin-institutions-hint = (по одному на строку)
admin-institutions-saved = Учреждения города { $city } сохранены.

## The outbox

admin-outbox-title = Исходящие
admin-outbox-intro = Все письма, которые отправляет сервис: кому, когда и что не удалось. Сообщение, все попытки отправки которого оказались неудачными, можно отправить повторно.
admin-outbox-templates-link = Посмотреть, как выглядит каждое сообщение
# What follows the link: the sentence's full stop.
admin-outbox-templates-after = .
# $status: one of the admin-outbox-status-… words
admin-outbox-count-of = { $status }: { $count }
admin-outbox-status-pending = ожидает отправки
admin-outbox-status-sending = отправляется
admin-outbox-status-sent = отправлено
admin-outbox-status-failed = ошибка отправки
admin-outbox-status-held = задержано
admin-outbox-status-digested = включено в сводку
admin-outbox-all = все
admin-outbox-filter = Применить фильтр
admin-outbox-none = Сообщений нет.
admin-outbox-count = { $count ->
    [one] { $count } сообщение, сначала новые
    [few] { $count } сообщения, сначала новые
    [many] { $count } сообщений, сначала новые
   *[other] { $count } сообщения, сначала новые
}
admin-outbox-queued = Поставлено в очередь (UTC)
admin-outbox-to = Кому
admin-outbox-subject = Тема
admin-outbox-kind = Вид
admin-outbox-sent = Отправлено (UTC)
admin-outbox-attempts = { $count ->
    [one] ({ $count } попытка)
    [few] ({ $count } попытки)
    [many] ({ $count } попыток)
   *[other] ({ $count } попытки)
}
admin-outbox-why = Причина
admin-outbox-send-again = Отправить повторно
admin-outbox-queued-again = Сообщение для { $to } снова поставлено в очередь.
admin-outbox-not-sent-again = Повторно не отправлено: { $reason }

## The e-mail templates

admin-templates-title = Шаблоны писем
admin-templates-intro = Каждое сообщение, которое отправляет сервис, в том виде, в каком его читает получатель (пример данных; даты указаны в часовом поясе получателя, рядом — время UTC).
admin-templates-subject = Тема (пример)
admin-templates-all = ← Все шаблоны
admin-template-to = Кому: { $to }
admin-template-kind = вид
admin-template-plain = Обычный текст
admin-template-html = Версия HTML
