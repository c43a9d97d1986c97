## Review cycles: the secretariat's list and cycle page, the confirmation steps of its actions,
## and the messages of the report editor's forms.

cycles-title = Ciclos de evaluación
cycles-none = Todavía no hay ningún ciclo.
cycles-table-scroll = Tabla (se desplaza horizontalmente en pantallas estrechas)
cycles-list-separator = {", "}
cycles-clause-separator = {"; "}
cycles-progress-of = { $done } de { $total }

## The list of cycles and the form of a new one.

cycles-col-cycle = Ciclo
cycles-col-state = Estado
cycles-col-reports-submitted = Informes presentados
cycles-submission-deadline = Plazo de presentación
cycles-review-deadline = Plazo de evaluación
cycles-reconciliation-deadline = Plazo de conciliación
cycles-new = Abrir un nuevo ciclo
cycles-name = Nombre
cycles-participating-cities = Ciudades participantes
cycles-register-cities-first = Registre primero las ciudades.
cycles-panel-size-new = Expertos por ciudad y grupo
cycles-panel-size-new-hint = (de 2 a 7; 3 si se deja vacío)
cycles-edition = Edición del marco
cycles-edition-default = (predeterminada)
cycles-deadlines = Plazos
cycles-deadlines-hint = (día y hora en la zona horaria { $zone }; opcional)
cycles-open-as-draft = Abrir el ciclo (como borrador)

## The cycle page.

cycles-framework = Marco
cycles-experts-per-bundle = Expertos por lote
cycles-reports-submitted-progress = Informes presentados:
cycles-out-of-review = Fuera de la evaluación:
cycles-out-of-review-cities = { $cities }. Su informe no se había presentado cuando comenzó la evaluación (o fue devuelto): no forma parte de la evaluación de este ciclo, y sus cifras provisionales nunca llegan al perfil de la ciudad.
cycles-short-bundles =
    { $count ->
        [one] { $count } lote tiene menos expertos de los previstos. Complételo en la página de asignación o inicie la evaluación con el lote incompleto:
       *[other] { $count } lotes tienen menos expertos de los previstos. Complételos en la página de asignación o inicie la evaluación con los lotes incompletos:
    }
cycles-start-short = Iniciar la evaluación con los lotes incompletos
cycles-short-why = Motivo
cycles-short-why-hint = (al menos 10 caracteres; se conserva en el registro de auditoría)
cycles-move-to = Pasar a: { $state }
cycles-close-rounds-text = Cerrar ahora todas las rondas de revisión abiertas, como si hubiera vencido su plazo: quienes no hayan vuelto a presentar su calificación conservan la anterior.
cycles-close-rounds = Cerrar ahora las rondas de revisión
cycles-link-assignment = Asignación de expertos
cycles-link-guidance = Guía de puntuación
cycles-link-reconciliation = Conciliación
cycles-link-agreement = Concordancia
cycles-link-ratings-csv = Todas las calificaciones (CSV, con los nombres de los evaluadores)
cycles-ratings = Calificaciones
cycles-ratings-submitted-progress = Calificaciones presentadas:
cycles-by-panel = Por grupo
cycles-by-city = Por ciudad
cycles-behind = Expertos con calificaciones pendientes de presentar
cycles-behind-expert = { $name }: { $count }
cycles-remind-now = Enviarles ahora un recordatorio por correo electrónico
cycles-extensions = Prórrogas individuales de la ronda en curso
cycles-extensions-none = Ninguna.
cycles-extension-until = { $name }: hasta el { $until }
cycles-extension-withdraw = Retirar
cycles-extension-expert = Experto
cycles-extension-until-label = Puede calificar hasta el
cycles-extension-give = Conceder esta prórroga
cycles-change = Modificar el ciclo
cycles-deadlines-in = Plazos, en la zona horaria { $zone }
cycles-zone = Zona horaria de estos campos
cycles-panel-size-hint = (de 2 a 7)
cycles-min-justification = Extensión mínima de la justificación de una calificación presentada
cycles-min-justification-hint = (caracteres)
cycles-max-spread = Las calificaciones concuerdan cuando la diferencia entre ellas no supera
cycles-revision-rounds = Rondas de revisión antes del arbitraje
cycles-conflict-same-country = Los expertos no evalúan ciudades de su propio país
cycles-save = Guardar los cambios

## The cycle page: its cities and their reports, its panels.

cycles-cities = Ciudades y sus informes
cycles-col-city = Ciudad
cycles-col-report = Informe
cycles-filter-any = cualquiera
cycles-order = Orden
cycles-order-name = por nombre
cycles-order-state = por estado del informe
cycles-order-submitted = primero los presentados más recientemente
cycles-filter-show = Mostrar
cycles-cities-shown =
    { $shown ->
        [one] Se muestra { $shown } de { $total } ciudades.
       *[other] Se muestran { $shown } de { $total } ciudades.
    }
cycles-col-select = Seleccionar
cycles-select-city = Seleccionar { $city }
cycles-col-submitted = Presentado
cycles-col-figures = Cifras
cycles-col-action-plan = Plan de acción
cycles-col-actions = Acciones
cycles-figures-to-check = { $count } por verificar
cycles-figures-queried =
    { $count ->
        [one] { $count } con una pregunta
       *[other] { $count } con preguntas
    }
cycles-figures-verified =
    { $count ->
        [one] { $count } verificada
       *[other] { $count } verificadas
    }
cycles-answered = { $answered } de { $total } atendidas
cycles-return-message = Devolver para su corrección, con un mensaje:
cycles-return = Devolver
cycles-bulk = Con las ciudades seleccionadas
cycles-bulk-remind = Recordarles que presenten su informe (las que aún no lo hayan presentado)
cycles-bulk-return = Devolverles sus informes presentados para su corrección
cycles-bulk-message = Mensaje
cycles-bulk-message-hint = (en caso de devolución: qué se debe corregir)
cycles-bulk-continue = Continuar
cycles-panels = Grupos de expertos
cycles-col-panel = Grupo
cycles-col-measurements = Mediciones
cycles-col-members = Miembros

## What moving a cycle on will do (the confirmation step), and what it did.

cycles-confirm-collecting-told =
    { $count ->
        [one] Se informa por correo electrónico a { $count } ciudad participante de que el ciclo está abierto para recibir su informe.
       *[other] Se informa por correo electrónico a las { $count } ciudades participantes de que el ciclo está abierto para recibir su informe.
    }
cycles-confirm-collecting-write = A partir de entonces, las ciudades pueden redactar y presentar sus informes.
cycles-confirm-reviewing-out = Los informes que aún no se hayan presentado ({ $missing } de { $total }) quedan fuera de la evaluación.
cycles-confirm-reviewing-locked = Los informes presentados quedan bloqueados; los expertos asignados comienzan a calificar.
cycles-confirm-reconciling-rule = Las calificaciones de la primera ronda se resuelven según la regla: los elementos con calificaciones concordantes obtienen su consenso.
cycles-confirm-reconciling-revision = Los elementos sin concordancia pasan a una ronda de revisión, y se informa a sus evaluadores por correo electrónico.
cycles-confirm-reconciling-closed = Los expertos ya no pueden presentar calificaciones de la primera ronda.
cycles-confirm-published-profiles = Cada puntuación de consenso y cada dictamen se publican en el perfil de la ciudad correspondiente.
cycles-confirm-published-told =
    { $count ->
        [one] Se informa por correo electrónico a los usuarios de { $count } ciudad.
       *[other] Se informa por correo electrónico a los usuarios de las { $count } ciudades.
    }
cycles-confirm-published-final = Las calificaciones, el consenso y los dictámenes ya no pueden modificarse.
cycles-confirm-archived = El ciclo pasa a ser de solo lectura; sus resultados publicados permanecen en los perfiles.
cycles-move-confirm-title = Pasar «{ $cycle }» a: { $state }
cycles-move-confirm-button = Sí, pasar a: { $state }
cycles-moved = El ciclo se encuentra ahora en el estado: { $state }.
cycles-cannot-move = El ciclo no puede avanzar: { $reason }.
cycles-cannot-move-invalid = El ciclo no puede avanzar: { $reason }
cycles-unknown-state = estado desconocido

## Creating and changing a cycle: what the forms refuse, and what was done.

cycles-deadline-unreadable = { $field }: «{ $raw }» no es una fecha y hora válida (2026-12-31T17:00)
cycles-date-unreadable = «{ $raw }» no es una fecha y hora válida (2026-12-31T17:00)
cycles-field-submission-deadline = el plazo de presentación
cycles-field-review-deadline = el plazo de evaluación
cycles-field-reconciliation-deadline = el plazo de conciliación
cycles-panel-size-invalid = expertos por lote: un número entero de 2 a 7
cycles-whole-number = un número entero
cycles-opened = El ciclo «{ $cycle }» se ha abierto como borrador.
cycles-changed = El ciclo se ha modificado; se ha informado a las personas interesadas.
cycles-not-changed = No se ha modificado: { $reason }
cycles-choose-expert = elija un experto
cycles-say-until-when = indique hasta cuándo
cycles-extension-given = Se ha concedido la prórroga; se ha informado al experto.
cycles-no-extension = No se ha concedido la prórroga: { $reason }
cycles-extension-withdrawn = Se ha retirado la prórroga; se ha informado al experto.

## Closing revision rounds early (reconciliation).

cycles-close-confirm-title = Cerrar rondas de revisión de «{ $cycle }»
cycles-close-confirm-selected =
    { $count ->
        [one] La ronda de revisión de { $count } elemento seleccionado se cierra ahora, como si hubiera vencido su plazo.
       *[other] Las rondas de revisión de los { $count } elementos seleccionados se cierran ahora, como si hubiera vencido su plazo.
    }
cycles-close-confirm-all = Todas las rondas de revisión abiertas del ciclo se cierran ahora, como si hubiera vencido su plazo.
cycles-close-confirm-previous = Los evaluadores que no hayan vuelto a presentar su calificación conservan la anterior; la regla se aplica de nuevo, y los elementos que sigan sin concordancia pasan a arbitraje.
cycles-close-confirm-button = Sí, cerrarlas ahora
cycles-items-settled =
    { $count ->
        [one] { $count } elemento resuelto.
       *[other] { $count } elementos resueltos.
    }

## Reminders to experts.

cycles-remind-confirm =
    { $count ->
        [one] { $count } experto con calificaciones pendientes recibe ahora un recordatorio por correo electrónico:
       *[other] { $count } expertos con calificaciones pendientes reciben ahora un recordatorio por correo electrónico:
    }
cycles-remind-confirm-expert =
    { $count ->
        [one] { $name }: { $count } pendiente
       *[other] { $name }: { $count } pendientes
    }
cycles-remind-confirm-title = Enviar un recordatorio a los expertos de «{ $cycle }»
cycles-remind-confirm-button = Sí, enviar los recordatorios
cycles-reminders-queued =
    { $count ->
        [one] { $count } recordatorio en cola de envío.
       *[other] { $count } recordatorios en cola de envío.
    }
cycles-remind-not-in-review = Los recordatorios se envían mientras el ciclo está en evaluación.

## Actions on the selected cities of a cycle.

cycles-bulk-select-first = Seleccione primero al menos una ciudad.
cycles-bulk-remind-title = Enviar un recordatorio a las ciudades seleccionadas
cycles-bulk-remind-confirm = Los usuarios de estas ciudades reciben un recordatorio para que presenten su informe, si aún no lo han hecho:
cycles-bulk-return-title = Devolver los informes seleccionados
cycles-bulk-return-confirm = Los informes presentados por estas ciudades se les devuelven para su corrección, con su mensaje «{ $message }»:
cycles-bulk-choose-action = elija qué hacer con las ciudades seleccionadas
cycles-bulk-confirm-button =
    { $count ->
        [one] Sí, para { $count } ciudad
       *[other] Sí, para { $count } ciudades
    }
cycles-bulk-nobody-to-remind = Ninguna de las ciudades seleccionadas tiene un informe pendiente de presentar.
cycles-bulk-reminded = Recordatorio enviado a: { $cities }.
cycles-bulk-returned = Devueltos: { $cities }.
cycles-bulk-not-returned = No devueltos: { $cities }.
cycles-bulk-refused-city = { $city } ({ $reason })
cycles-report-returned = El informe se ha devuelto a la ciudad con su mensaje.

## The report editor's forms: saving, submitting, checking and answering about figures.

cycles-only-city-writes = Solo los usuarios de la propia ciudad pueden redactar su informe.
cycles-only-city-answers = Solo los usuarios de la propia ciudad pueden responder sobre sus cifras.
cycles-draft-saved-except =
    { $count ->
        [one] El borrador se ha guardado, salvo { $count } elemento señalado más abajo.
       *[other] El borrador se ha guardado, salvo { $count } elementos señalados más abajo.
    }
cycles-draft-saved-except-not-submitted =
    { $count ->
        [one] El borrador se ha guardado, salvo { $count } elemento señalado más abajo; no se ha presentado.
       *[other] El borrador se ha guardado, salvo { $count } elementos señalados más abajo; no se ha presentado.
    }
cycles-draft-saved = Borrador guardado.
cycles-report-submitted = Su informe se ha presentado. Gracias.
cycles-draft-saved-not-submitted = El borrador se ha guardado, pero no se ha presentado: { $reason }.
cycles-figure-verified = La cifra { $code } se ha marcado como verificada.
cycles-figure-queried = Su pregunta sobre la cifra { $code } se ha enviado a la ciudad.
cycles-answer-sent = Su respuesta sobre la cifra { $code } se ha enviado a la Secretaría.
cycles-year-not-a-number = el año «{ $year }» no es un número
cycles-value-not-a-number = { $breakdown }: «{ $value }» no es un número
cycles-not-a-source = «{ $source }» no es una fuente
cycles-own-rating-not-a-score = la calificación propia de la ciudad «{ $rating }» no es una puntuación válida

cycles-affinity-legend = Lo que pondera la asignación
cycles-affinity-hint = Cada peso va de 0 a 10. La afinidad de un experto con el grupo de una ciudad es la media ponderada de: la proporción de los ámbitos de acción del grupo en su especialidad; conocer la región de la ciudad; leer la lengua del informe como lengua materna; y, salvo que la continuidad esté desactivada, haber evaluado (o no) la ciudad en su ciclo anterior.
cycles-weight-expertise = Especialidad en los ámbitos de acción del grupo
cycles-weight-region = Conoce la región de la ciudad
cycles-weight-native-language = Lee la lengua del informe como lengua materna
cycles-weight-continuity = Continuidad con el ciclo anterior
cycles-continuity = Evaluadores del ciclo anterior de la ciudad
cycles-affinity-summary = especialidad { $expertise }, región { $region }, lengua materna { $native }; evaluadores anteriores: { $continuity }
