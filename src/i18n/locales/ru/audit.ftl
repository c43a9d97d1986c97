## The audit log (secretariat).

audit-title = Журнал аудита
audit-intro = Кто, когда и что сделал с каким объектом. Записи нельзя изменить или удалить.
audit-filter-object-type = Тип объекта
audit-filter-object-id = Идентификатор объекта
audit-filter-action = Действие
audit-filter-actor = Исполнитель (идентификатор пользователя)
audit-filter = Применить фильтр
audit-table-scroll = Таблица (на узком экране прокручивается по горизонтали)
audit-col-when = Когда (UTC)
audit-col-actor = Исполнитель
audit-col-action = Действие
audit-col-object = Объект
audit-col-before = До
audit-col-after = После
audit-user-named = { $name } (пользователь { $id })
audit-user = пользователь { $id }
audit-command-line = командная строка
audit-token-issued-by = с использованием токена (кем выпущен: { $person })
audit-show = показать
audit-pages = Страницы
audit-newer = ← Более новые
audit-older = Более старые →
