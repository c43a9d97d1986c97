## El perfil de una ciudad: sus resultados publicados ciclo por ciclo, su evolución y su carta de resultados.

profile-chart-value-previous = { $value } (ciclo anterior: { $previous }, { $change })
profile-chart-title = Puntuación de consenso por ámbito de acción
profile-chart-description = la media de las mediciones del ámbito, en la escala de 1 Deficiente a 5 Excelente
profile-chart-previous-legend = El ciclo anterior (la marca fina)

profile-over-time = Evolución en el tiempo
profile-each-focus-area = Cada ámbito de acción, ciclo por ciclo
profile-each-focus-area-hint = La puntuación de consenso media de las mediciones del ámbito en cada ciclo publicado, en la escala de 1 Deficiente a 5 Excelente.
profile-each-measurement = Cada medición
profile-each-measurement-hint = Cada medición sujeta a la evaluación por expertos en cada ciclo publicado, del más antiguo al más reciente (de 1 Deficiente a 5 Excelente).
profile-scores-over-time = Puntuaciones a lo largo del tiempo
profile-statistics = Estadísticas
profile-statistics-hint = Cada estadística comunicada por la ciudad en cada ciclo publicado (el total o el valor único).
profile-statistics-over-time = Estadísticas a lo largo del tiempo

profile-page-title = { $city } — perfil
profile-lead = Resultados de la evaluación por expertos de los informes de { $city } como ciudad del aprendizaje. Cada ciudad se compara únicamente con sus propios ciclos anteriores.
profile-download-csv = Descargar en formato CSV
profile-download-json = en formato JSON
profile-none-published = Todavía no se ha publicado ningún resultado.
profile-published-cycles = Ciclos publicados
profile-history = Historial:
profile-published = Publicado el { $date }
profile-letter-link = La carta de resultados del ciclo { $cycle } (para imprimir)
profile-key-feature = Característica clave { $code }: { $title }
profile-own-rating = Calificación propia de la ciudad: { $score } { $label }
profile-action-plan = Plan de acción de la ciudad:
profile-action-plan-summary = Su plan de acción para el ciclo { $cycle }: lo que la ciudad hará en respuesta a cada dictamen
profile-save-action-plan = Guardar el plan de acción
profile-saved = Su plan de acción se ha guardado.
profile-not-saved = No se ha guardado: { $message }

profile-statistics-reported = Estadísticas comunicadas por la ciudad
profile-table-scroll = Tabla (se desplaza horizontalmente en pantallas estrechas)
profile-col-measurement = Medición
profile-col-year = Año
profile-col-values = Valores
profile-col-source = Fuente
profile-col-checked = Verificación
profile-not-available = No disponible:

## La carta de resultados.

profile-letter-title = { $city } — resultados del ciclo { $cycle }
profile-letter-back = Volver al perfil
profile-letter-print = Imprima esta página, o guárdela como PDF, desde su navegador.
profile-letter-network = Red Mundial de Ciudades del Aprendizaje de la UNESCO · evaluación por expertos
profile-letter-heading = { $city }: resultados del ciclo { $cycle }
profile-letter-intro = Los grupos de expertos han concluido la evaluación del informe de { $city }. Para cada medición que evalúan los expertos, la presente carta indica la puntuación de consenso de los grupos (5 Excelente, 4 Muy bueno, 3 Bueno, 2 Aceptable, 1 Deficiente) y su dictamen. Cada ciudad se compara únicamente con sus propios ciclos anteriores y nunca se establecen clasificaciones.
