## Профиль города: его опубликованные результаты по циклам, их динамика и письмо с результатами.

profile-chart-value-previous = { $value } (предыдущий цикл: { $previous }, { $change })
profile-chart-title = Консенсусный балл по направлениям
profile-chart-description = среднее значение по показателям направления по шкале от 1 «Неудовлетворительно» до 5 «Отлично»
profile-chart-previous-legend = Предыдущий цикл (тонкая отметка)

profile-over-time = Динамика
profile-each-focus-area = Каждое направление по циклам
profile-each-focus-area-hint = Средний консенсусный балл по показателям направления в каждом опубликованном цикле по шкале от 1 «Неудовлетворительно» до 5 «Отлично».
profile-each-measurement = Каждый показатель
profile-each-measurement-hint = Каждый показатель, оцениваемый экспертами, в каждом опубликованном цикле, начиная с самого раннего (от 1 «Неудовлетворительно» до 5 «Отлично»).
profile-scores-over-time = Баллы в динамике
profile-statistics = Статистические данные
profile-statistics-hint = Все статистические данные, представленные городом, в каждом опубликованном цикле (итоговое или единственное значение).
profile-statistics-over-time = Статистические данные в динамике

profile-page-title = { $city } — профиль
profile-lead = Результаты экспертной оценки отчётов города { $city } как обучающегося города. Город сравнивается только с его собственными предыдущими циклами.
profile-download-csv = Скачать в формате CSV
profile-download-json = в формате JSON
profile-none-published = Результаты пока не опубликованы.
profile-published-cycles = Опубликованные циклы
profile-history = История:
profile-published = Опубликовано { $date }
profile-letter-link = Письмо с результатами цикла «{ $cycle }» (для печати)
profile-key-feature = Ключевая характеристика { $code }: { $title }
profile-own-rating = Самооценка города: { $score } { $label }
profile-action-plan = План действий города:
profile-action-plan-summary = Ваш план действий по циклу «{ $cycle }»: что город предпримет в ответ на каждое заключение
profile-save-action-plan = Сохранить план действий
profile-saved = Ваш план действий сохранён.
profile-not-saved = Не сохранено: { $message }

profile-statistics-reported = Статистические данные, представленные городом
profile-table-scroll = Таблица (на узком экране прокручивается по горизонтали)
profile-col-measurement = Показатель
profile-col-year = Год
profile-col-values = Значения
profile-col-source = Источник
profile-col-checked = Проверка
profile-not-available = Данные отсутствуют:

## Письмо с результатами.

profile-letter-title = { $city } — результаты цикла «{ $cycle }»
profile-letter-back = Назад к профилю
profile-letter-print = Распечатайте эту страницу или сохраните её в формате PDF средствами браузера.
profile-letter-network = Глобальная сеть обучающихся городов ЮНЕСКО · экспертная оценка
profile-letter-heading = { $city }: результаты цикла «{ $cycle }»
profile-letter-intro = Группы экспертов завершили оценку отчёта города { $city }. По каждому показателю, оцениваемому экспертами, в настоящем письме приводятся консенсусный балл групп (5 «Отлично», 4 «Очень хорошо», 3 «Хорошо», 2 «Удовлетворительно», 1 «Неудовлетворительно») и их заключение. Город сравнивается только с его собственными предыдущими циклами и никогда не включается в рейтинги.
