## The audit log (secretariat).

audit-title = Registro de auditoría
audit-intro = Quién hizo qué, en qué objeto y cuándo. Las entradas no pueden modificarse ni eliminarse.
audit-filter-object-type = Tipo de objeto
audit-filter-object-id = Identificador del objeto
audit-filter-action = Acción
audit-filter-actor = Autor (identificador de usuario)
audit-filter = Filtrar
audit-table-scroll = Tabla (se desplaza horizontalmente en pantallas estrechas)
audit-col-when = Fecha (UTC)
audit-col-actor = Autor
audit-col-action = Acción
audit-col-object = Objeto
audit-col-before = Antes
audit-col-after = Después
audit-user-named = { $name } (usuario { $id })
audit-user = usuario { $id }
audit-command-line = línea de comandos
audit-token-issued-by = con un token emitido por { $person }
audit-show = mostrar
audit-pages = Páginas
audit-newer = ← Más recientes
audit-older = Más antiguas →
