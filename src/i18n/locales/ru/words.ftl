## Названия предметной области: роли, состояния, статусы, шкала.

role-secretariat = Секретариат
role-expert = Эксперт
role-city = Координатор города

cycle-state-draft = Черновик
cycle-state-collecting = Сбор отчётов
cycle-state-reviewing = Оценка
cycle-state-reconciling = Согласование
cycle-state-published = Опубликован
cycle-state-archived = В архиве

deadline-submission = Представление отчётов
deadline-review = Оценка
deadline-reconciliation = Согласование

report-state-draft = Черновик
report-state-submitted = Представлен
report-state-returned = Возвращён на доработку

queue-status-open = Не хватает оценок
queue-status-agreed = Согласовано
queue-status-disagreement = Расхождение
queue-status-moderation = Ожидает арбитража
queue-status-moderated = Арбитраж завершён

method-agreed = согласовано
method-agreed-after-revision = согласовано после пересмотра
method-moderated = по итогам арбитража

source-official = Официальные данные
source-survey = Результаты опроса
source-official-or-survey = Официальные данные или опрос
source-expert-review = Экспертная оценка

check-status-unchecked = Ещё не проверено
check-status-verified = Проверено Секретариатом
check-status-queried = Секретариат задал вопрос
check-status-answered = Дан ответ, требуется повторная проверка
check-status-changed = Изменено после проверки

score-5 = Отлично
score-4 = Очень хорошо
score-3 = Хорошо
score-2 = Удовлетворительно
score-1 = Неудовлетворительно

reviewer-letter = Эксперт { $letter }

author-you = Вы
author-a-reviewer = Эксперт
author-chair = Председатель группы
author-secretariat = Секретариат

continuity-off = Не учитываются
continuity-prefer = Предпочтительны — для сопоставимости
continuity-avoid = Нежелательны — для свежего взгляда
region-africa = Африка
region-arab-states = Арабские государства
region-asia-pacific = Азия и Тихий океан
region-europe-north-america = Европа и Северная Америка
region-latin-america-caribbean = Латинская Америка и Карибский бассейн
