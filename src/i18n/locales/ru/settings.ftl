## The language switcher and /settings.

settings-language-saved = Язык сохранён: страницы и письма будут на этом языке.
settings-saved = Настройки сохранены.

settings-title = Мои настройки
settings-language = Язык
settings-language-browser = Язык браузера
# Each language in itself, and its name in the reader's language in brackets (none for the reader's own).
settings-language-ar = العربية (арабский)
settings-language-zh = 中文 (китайский)
settings-language-en = English (английский)
settings-language-fr = Français (французский)
settings-language-ru = Русский
settings-language-es = Español (испанский)
settings-time-zone = Часовой пояс
settings-time-zone-hint = (сроки отображаются в нём, рядом — время UTC)
settings-digest-legend = Напоминания и изменения в распределении по электронной почте
settings-digest-immediate = Отдельное письмо о каждом событии
settings-digest-daily = Одна сводка в день
settings-save = Сохранить

## API tokens

settings-tokens-title = Мои токены API
settings-tokens-intro = Токен позволяет сценарию использовать JSON API от вашего имени (Authorization: Bearer …). Срок действия каждого токена ограничен; отзывайте те, которыми больше не пользуетесь.
settings-tokens-new-secret = Ваш новый токен. Скопируйте его сейчас: он показывается только один раз.
settings-tokens-none = Действующих токенов нет.
settings-table-scroll = Таблица (на узком экране прокручивается по горизонтали)
settings-tokens-label = Описание
settings-tokens-created = Создан
settings-tokens-last-used = Последнее использование
settings-tokens-expires = Действует до
settings-tokens-revoke = Отозвать
settings-tokens-new-heading = Новый токен
settings-tokens-what-for = Для чего он нужен
settings-tokens-days = Срок действия в днях
settings-tokens-days-hint = (от 1 до 365)
settings-tokens-create = Создать токен
settings-tokens-days-invalid = Дни: целое число от 1 до 365.
settings-token-revoked = Токен отозван.
