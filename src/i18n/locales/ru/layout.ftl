nav-home = Главная
nav-cycles = Циклы
nav-network = Сеть
nav-users = Пользователи
nav-experts = Эксперты
nav-cities = Города
nav-outbox = Исходящие
nav-audit = Журнал аудита
nav-framework = Рамочная основа
nav-history = Мои прошлые оценки
nav-profile = Мой профиль

layout-skip = Перейти к содержанию
layout-main-nav = Основное меню
layout-languages = Языки
layout-settings = Мои настройки
layout-sign-out = Выйти
layout-sign-in = Войти
layout-footer = lcreview обеспечивает экспертную оценку отчётов обучающихся городов на основе документа Глобальной сети обучающихся городов ЮНЕСКО «Ключевые характеристики обучающихся городов». Каждый город сравнивается только с результатами своих предыдущих циклов и никогда не включается в рейтинги.

confirm-warning = Пожалуйста, подтвердите действие. Его нельзя будет отменить.
confirm-cancel = Отмена
