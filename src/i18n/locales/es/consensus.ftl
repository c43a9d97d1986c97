## Conciliación de las calificaciones: la lista de elementos, un elemento (calificaciones de cada
## ronda, moderación, valoración) y el panel de concordancia.

consensus-queue-title = Conciliación
consensus-filter-status = Estado
consensus-filter-panel = Grupo
consensus-filter-city = Ciudad
consensus-filter-measurement = Medición
consensus-filter-sort = Orden
consensus-filter-any = todos
consensus-sort-city = por ciudad
consensus-sort-measurement = por medición
consensus-sort-spread = por dispersión, de mayor a menor
consensus-filter-show = Mostrar
consensus-items-shown =
    { $count ->
        [one] Se muestra { $count } elemento.
       *[other] Se muestran { $count } elementos.
    }
consensus-table-scroll = Tabla (se desplaza horizontalmente en pantallas estrechas)
consensus-col-select = Seleccionar
consensus-col-city = Ciudad
consensus-col-panel = Grupo
consensus-col-measurement = Medición
consensus-col-scores = Puntuaciones
consensus-col-median = Mediana
consensus-col-spread = Dispersión
consensus-col-status = Estado
consensus-col-consensus = Consenso
consensus-col-statement = Dictamen
consensus-select-item = Seleccionar { $city } { $measurement }
consensus-status-open = faltan calificaciones
consensus-status-agreed = acuerdo
consensus-status-disagreement = desacuerdo
consensus-status-moderation = arbitraje
consensus-status-moderated = arbitrado
consensus-own-item-short = usted lo evalúa: arbitra la Secretaría
consensus-statement-written = redactado
consensus-statement-missing = pendiente
consensus-close-rounds-hint = Los elementos que se encuentran en una ronda de revisión pueden seleccionarse arriba para cerrar su ronda ahora, como al vencer su plazo.
consensus-close-rounds = Cerrar la ronda de revisión de los elementos seleccionados

consensus-score-method = { $score } ({ $method })
consensus-item-title = { $city }: { $measurement } { $name }
consensus-item-nav = Los elementos del grupo
consensus-item-previous = ← Elemento anterior
consensus-item-next = Elemento siguiente →
consensus-item-position = Elemento { $position } de { $total } del grupo
consensus-fact-status = Estado
consensus-fact-median = Mediana actual
consensus-fact-consensus = Consenso
consensus-fact-rationale = Fundamentación
consensus-narrative = El informe de la ciudad sobre esta medición
consensus-no-narrative = Sin descripción narrativa.
consensus-ratings-heading = Calificaciones de todas las rondas
consensus-col-reviewer = Evaluador
consensus-col-round = Ronda
consensus-col-score = Puntuación
consensus-col-justification = Justificación
consensus-set-aside = (descartada: conflicto de intereses)
consensus-own-item = Usted evalúa este elemento: verá sus calificaciones cuando haya registrado la suya para la ronda, y es la Secretaría, no usted, quien fija su consenso si pasa a arbitraje.
consensus-reopen-heading = Reabrir una calificación presentada
consensus-reopen-intro = Una calificación presentada es definitiva para su ronda. Para que un evaluador pueda corregir un error, reábrala: vuelve a ser un borrador y se comunica el motivo al evaluador.
consensus-reopen-reviewer = Evaluador
consensus-reopen-reason = Motivo
consensus-reopen-reason-hint = (se envía al evaluador; al menos 10 caracteres)
consensus-reopen-button = Reabrir la calificación
consensus-moderation-heading = Arbitraje
consensus-moderation-intro = Las calificaciones siguen discrepando tras la última ronda de revisión: fije la puntuación de consenso y exponga su fundamentación.
consensus-moderation-score = Puntuación
consensus-moderation-rationale = Fundamentación
consensus-moderation-button = Fijar el consenso
consensus-statement-heading = Dictamen para la ciudad
consensus-statement-label = Dictamen
consensus-statement-hint = (la ciudad lo lee junto con su puntuación)
consensus-statement-save = Guardar el dictamen
consensus-statement-save-next = Guardar e ir al siguiente sin dictamen

consensus-forbidden-queue = Esta página está reservada a las presidencias de los grupos y a la Secretaría.
consensus-forbidden-item-page = Esta página está reservada a la presidencia del grupo y a la Secretaría.
consensus-forbidden-change = Esta acción está reservada a la presidencia del grupo y a la Secretaría.
consensus-choose-score = Elija una puntuación.
consensus-choose-reviewer = elija un evaluador
consensus-set = Se ha fijado el consenso.
consensus-statement-saved = Se ha guardado el dictamen.
consensus-statement-saved-last = Se ha guardado el dictamen. Ningún elemento posterior del grupo queda sin dictamen.
consensus-reopened = Se ha reabierto la calificación; se ha comunicado el motivo al evaluador.

consensus-agreement-title = Concordancia
consensus-agreement-heading = Concordancia entre los evaluadores
consensus-alpha-first = Alfa de Krippendorff (ordinal), primera ronda
consensus-alpha-final = Alfa de Krippendorff (ordinal), final
consensus-exact-agreement = Concordancia exacta, primera ronda
consensus-adjacent-agreement = Concordancia adyacente (con un punto de diferencia como máximo)
consensus-not-available = n. d.
consensus-alpha-per-panel = Alfa por grupo (calificaciones finales)
consensus-alpha-chart-title = Concordancia por grupo
consensus-alpha-chart-description = Alfa de Krippendorff (ordinal) de las calificaciones finales, de 0 (azar) a 1 (concordancia total)
consensus-distribution-heading = Distribución de las puntuaciones por medición (primera ronda)
consensus-distribution-caption = Puntuaciones de la primera ronda por medición (de 1 { $poor } a 5 { $excellent })
consensus-deviation-heading = Desviación de cada experto respecto del consenso
consensus-deviation-intro = Solo para la Secretaría. Valor positivo: más indulgente que el consenso; valor negativo: más estricto.
consensus-col-expert = Experto
consensus-col-mean-deviation = Desviación media
consensus-col-mean-absolute-deviation = Desviación absoluta media
consensus-col-items = Elementos
