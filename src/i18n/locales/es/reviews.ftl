## La parte del experto: sus evaluaciones, la página de evaluación de un lote con los formularios de
## calificación, el debate sobre un elemento, sus evaluaciones anteriores y la guía de puntuación.

reviews-home-title = Sus evaluaciones
reviews-home-empty = No tiene ninguna evaluación pendiente por ahora. Cuando un ciclo al que esté asignado inicie su fase de evaluación, sus ciudades y grupos aparecerán aquí con su plazo.
reviews-table-scroll = Tabla (se desplaza horizontalmente en pantallas estrechas)
reviews-col-city = Ciudad
reviews-col-panel = Grupo
reviews-col-cycle = Ciclo
reviews-col-round = Ronda
reviews-col-submitted = Presentadas
reviews-col-deadline = Plazo
reviews-col-measurement = Medición
reviews-col-your-rating = Su calificación
reviews-col-consensus = Consenso
reviews-progress = { $rated } de { $total }
reviews-round-first = Primeras calificaciones
reviews-round-revision = Revisión (ronda { $round })

reviews-chaired-heading = Grupos que usted preside
reviews-chaired-count = { $status }:
reviews-chaired-to-moderate =
    { $count ->
        [one] { $count } elemento en espera de su arbitraje
       *[other] { $count } elementos en espera de su arbitraje
    }
reviews-chaired-write =
    Redactar los dictámenes ({ $count ->
        [one] { $count } pendiente
       *[other] { $count } pendientes
    })
reviews-chaired-all-written = Todos los elementos resueltos tienen su dictamen.
reviews-chaired-all-items = Todos los elementos del grupo
reviews-link-history = Sus evaluaciones anteriores
reviews-link-profile = Su perfil
reviews-link-framework = El marco

reviews-discussion-heading = Debate
reviews-discussion-intro = Entre los evaluadores del elemento y la presidencia del grupo, identificados por su función, nunca por su nombre. La ciudad nunca lo ve.
reviews-discussion-empty = Todavía no hay comentarios.
reviews-comment-round = ronda { $round }
reviews-comment-label = Su comentario
reviews-comment-add = Añadir el comentario
reviews-comment-added = Se ha añadido su comentario.
reviews-comment-not-added = No se ha añadido el comentario: { $message }

reviews-bundle-heading = { $city }: { $panel }
reviews-deadline = Plazo:
reviews-instructions-after-deadline = . Califique cada medición a partir del informe de la ciudad, de 5 { $excellent } a 1 { $poor }, con una justificación de al menos { $min } { $min ->
        [one] carácter
       *[other] caracteres
    } para poder presentarla (un borrador puede ser más breve). Verá las calificaciones de los demás evaluadores cuando haya presentado la suya.
reviews-guidance-link = Qué significa cada puntuación, para cada medición del ciclo
reviews-drafts-kept = Los borradores se conservan a medida que escribe (en este navegador y, una vez elegida una puntuación, en el servidor); se le avisará antes de salir de una página con texto sin guardar.
reviews-rating-closed = La calificación está cerrada para esta ronda.
reviews-city-report = El informe de la ciudad
reviews-no-narrative = Sin descripción narrativa.
reviews-last-cycle = Ciclo { $cycle }: { $score } { $label }
reviews-last-statement = El dictamen del grupo:
reviews-last-action-plan = El plan de acción de la ciudad:
reviews-last-action-plan-none = no se ha presentado
reviews-self-rating = Calificación propia de la ciudad: { $score } { $label }
reviews-your-rating = Su calificación
reviews-your-rating-revision = — revisión, ronda { $round }
reviews-you-are = (usted es { $label })
reviews-previous-rating = Su calificación de la ronda { $round }: { $score } { $label }
reviews-previous-hint = El formulario parte de ella: mantenga su puntuación o revísela, y explique por qué en esta ronda.
reviews-saved-version = La versión guardada ahora (modificada en otro lugar): { $score } { $label }
reviews-saved-version-hint = El formulario siguiente conserva lo que escribió: preséntelo para sustituir la versión guardada o copie lo que necesite.
reviews-guidance-summary = Qué significa cada puntuación en esta medición
reviews-item-submitted = Presentada. Puede modificarla hasta que venza el plazo.
reviews-item-closed = Este elemento no admite calificaciones por ahora: está resuelto o a la espera de las revisiones de los demás evaluadores.
reviews-score = Puntuación
reviews-justification = Justificación
reviews-justification-hint = (al menos { $min } { $min ->
        [one] carácter
       *[other] caracteres
    })
reviews-confidence = Grado de confianza
reviews-confidence-hint = (opcional)
reviews-confidence-low = bajo
reviews-confidence-medium = medio
reviews-confidence-high = alto
reviews-save-draft = Guardar el borrador
reviews-submit = Presentar
reviews-others-heading = Los demás evaluadores
reviews-other-rating = { $reviewer }: { $score } { $label }
reviews-not-revised-yet = { $reviewer } (ronda { $round }, aún sin revisar)

reviews-rating-submitted = Se ha presentado su calificación.
reviews-draft-saved = Borrador guardado.
reviews-choose-score = Elija una puntuación.
reviews-choose-score-field = elija una puntuación
reviews-rate-forbidden = Solo los evaluadores del elemento pueden calificarlo.
reviews-not-saved = No se ha guardado: { $message }

reviews-js-restored = Se ha recuperado el borrador sin guardar de este navegador.
reviews-js-kept = Se conserva en este navegador; elija una puntuación para guardar el borrador.
reviews-js-saving = Guardando…
reviews-js-not-saved-status = No se ha guardado ({ $status }): vuelva a cargar la página; su texto se conserva en este navegador.
reviews-js-offline = No se ha guardado (sin conexión); se conserva en este navegador.

reviews-history-title = Sus evaluaciones anteriores
reviews-history-intro = Su última calificación de cada elemento que evaluó en los ciclos publicados, junto al consenso alcanzado por el grupo. Solo usted ve esta página.
reviews-history-empty = Nada por ahora: sus evaluaciones aparecerán aquí cuando se publique su ciclo.
reviews-history-justification = Su justificación
reviews-history-mine = { $score } { $label } (ronda { $round })
reviews-history-forbidden = Esta página muestra a cada experto sus propias evaluaciones anteriores.

reviews-guidance-page-title = Guía de puntuación — { $cycle }
reviews-guidance-heading = Guía de puntuación
reviews-guidance-intro = Qué significa cada puntuación en cada medición de este ciclo. Donde la Secretaría no ha redactado nada, se aplica el texto predeterminado del servicio (señalado como «predeterminado»).
reviews-guidance-edit-hint = Redacte el texto de un nivel para sustituir el predeterminado en este ciclo; vacíe un campo para restablecerlo. Los evaluadores ven el texto junto a su formulario de calificación.
reviews-guidance-default = (predeterminado)
reviews-guidance-save = Guardar la guía de { $code }
reviews-guidance-saved = Se ha guardado la guía de { $code }.
