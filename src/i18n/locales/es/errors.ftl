## Quién puede hacer qué, y los controles propios de la aplicación.

error-secretariat-only = solo la Secretaría puede realizar esta operación
error-actions-own-city-only = solo los usuarios de la propia ciudad redactan su plan de acción
# $code: a measurement's code
error-actions-no-score = { $code } no tiene una puntuación publicada en este ciclo
error-cities-register-forbidden = su función no le permite consultar el registro de ciudades
error-cities-institutions-forbidden = las instituciones de una ciudad las registran sus usuarios y la Secretaría
error-experts-profiles-forbidden = los perfiles de los expertos están reservados a la Secretaría y a los expertos
error-experts-conflict-reason = indique el motivo, en 1 a 1000 caracteres
# $value: what was typed
error-experts-city-unknown = ninguna ciudad de la red se llama «{ $value }»; deje el campo vacío si su ciudad no forma parte de la red
# $name: a city's name; IE is an example of a country code
error-experts-city-ambiguous = hay más de una ciudad llamada «{ $name }»: añada el código de su país, por ejemplo «{ $name }, IE»
error-profile-forbidden = el perfil de una ciudad está reservado a sus usuarios y a la Secretaría

## La asignación de expertos. $expert, $user: el número de una persona; $state: el estado de un ciclo (error-cycle-state-…).

error-assignment-not-collecting = la asignación se realiza durante la recopilación de informes; el ciclo está en estado «{ $state }»
error-assignment-no-proposal = no hay ninguna propuesta que confirmar; ejecute primero la asignación
error-assignment-expert-twice = un experto figura dos veces en la lista
# $count: the experts given
error-assignment-panel-size =
    tamaño del grupo: un lote tiene como máximo { $max } expertos, no { $count ->
        [one] { $count } experto
       *[other] { $count } expertos
    }
# $panel: a panel's name
error-assignment-not-member = grupo: el usuario { $user } no es miembro del grupo { $panel }
error-assignment-no-profile = perfil: el experto { $expert } aún no tiene perfil
# $city: a city's name; $conflict: one of error-conflict-…
error-assignment-conflict = conflicto de intereses: el experto { $expert } no puede evaluar { $city } ({ $conflict })
# $language: a language code (fr)
error-assignment-language = idioma: el experto { $expert } no lee el idioma del informe ({ $language })
# $count: the expert's capacity
error-assignment-capacity =
    capacidad: el experto { $expert } ya tiene { $count ->
        [one] { $count } lote
       *[other] { $count } lotes
    }, que es su capacidad
error-assignment-frozen = la asignación ya no puede modificarse: el ciclo está en estado «{ $state }»
error-assignment-none = no hay ninguna asignación en vigor
error-assignment-no-bundle = el experto { $expert } no tiene ningún lote en este ciclo
error-conflict-home-city = su propia ciudad
error-conflict-same-country = mismo país
error-conflict-same-institution = misma institución
error-conflict-declared = conflicto declarado

## La conciliación: rondas de revisión, arbitraje, valoraciones, estadísticas de concordancia.

error-consensus-close-not-reconciling = las rondas de revisión se cierran durante la conciliación; el ciclo está en estado «{ $state }»
# $item: an item's id number
error-consensus-item-unknown = el elemento { $item } no es un elemento en evaluación de este ciclo
error-consensus-chairs-only = solo las presidencias de los grupos y la Secretaría realizan la conciliación
error-consensus-chair-only = solo la presidencia del grupo y la Secretaría pueden realizar esta operación
error-consensus-own-item = usted evaluó este elemento: lo arbitra la Secretaría, para que nadie decida sobre su propia puntuación
error-consensus-set-aside = Descartada
error-consensus-not-in-moderation = solo se arbitra un elemento que sigue en desacuerdo tras su última ronda de revisión
error-consensus-feedback-closed = los dictámenes se redactan durante la evaluación o la conciliación; el ciclo está en estado «{ $state }»
error-consensus-agreement-forbidden = las estadísticas de concordancia están reservadas a las presidencias de los grupos y a la Secretaría
error-consensus-agreement-too-early = quien preside un grupo consulta las estadísticas de concordancia de los grupos que preside a partir de la conciliación; el ciclo está en estado «{ $state }»

## Los ciclos de evaluación. $state: el estado de un ciclo (error-cycle-state-…).

error-cycles-secretariat-only = solo la Secretaría gestiona los ciclos de evaluación
# $value: the edition asked for; $editions: the editions' names
error-cycles-edition-unknown = no existe la edición del marco «{ $value }»; las ediciones son: { $editions }
error-cycles-short-bundles-reason = indique por qué los lotes incompletos pueden pasar a evaluación (al menos 10 caracteres)
error-cycles-city-twice = una ciudad figura dos veces en la lista
# $id, $city: a city's id number
error-cycles-city-unknown = no existe ninguna ciudad con el número { $id }
error-cycles-edition-frozen = la edición del marco se elige mientras el ciclo está en borrador; el ciclo está en estado «{ $state }» y sus informes se ajustan a la edición ya elegida
error-cycles-city-submitted = la ciudad { $city } ha presentado su informe: devuélvalo primero, o mantenga la ciudad en el ciclo
error-cycles-remind-closed = los recordatorios se envían mientras hay calificaciones pendientes (evaluación o conciliación); el ciclo está en estado «{ $state }»

## Cuentas, tokens de API, preferencias. $value: lo que se indicó.

error-users-own-tokens-only = cada persona emite únicamente sus propios tokens
error-users-token-label = una etiqueta de 100 caracteres como máximo
error-users-token-lifetime = un token es válido de 1 a 365 días
error-users-token-reason = indique por qué emite un token para otra persona (al menos 10 caracteres): la operación queda registrada en el registro de auditoría
error-users-token-disabled = esta cuenta está desactivada: actívela antes de emitir un token
error-users-disable-self = No puede desactivar su propia cuenta.
error-users-language = «{ $value }» no es un idioma del servicio; utilice ar, zh, en, fr, ru o es
error-users-time-zone = «{ $value }» no es una zona horaria; utilice un nombre IANA, como Europe/Paris
error-users-mail-digest = «{ $value }» no es una opción válida: utilice immediate (un mensaje por evento) o daily (un resumen al día)

## Los informes de las ciudades y la verificación de sus datos. $state: el estado de un ciclo.

error-reports-own-city-only = solo los usuarios de la propia ciudad redactan su informe
error-reports-not-collecting = los informes solo pueden modificarse mientras el ciclo los recopila; el ciclo está en estado «{ $state }»
error-reports-locked = el informe está presentado y bloqueado; la Secretaría puede devolverlo para su corrección
# $codes: measurements' codes (3.1.1.a, 3.1.2.a)
error-reports-narratives-missing = falta una descripción narrativa para: { $codes }
error-reports-language-missing = indique en qué idioma está redactado el informe
error-reports-already-submitted = el informe ya está presentado
error-reports-return-message = indique qué debe corregir la ciudad (de 1 a 5000 caracteres)
error-reports-return-not-submitted = solo puede devolverse un informe presentado
# $code: a statistic's code
error-reports-no-figure = el informe no ofrece ninguna cifra para { $code }

## Las calificaciones de los expertos. $state: el estado de un ciclo.

error-reviews-reviewers-only = solo los evaluadores del elemento pueden calificarlo
error-reviews-confidence = «{ $value }» no es un grado de confianza; utilice low, medium o high
error-reviews-no-round = este elemento no admite calificaciones por ahora: las calificaciones se emiten durante la evaluación, y las revisiones solo para los elementos en una ronda de revisión (el ciclo está en estado «{ $state }»)
error-reviews-deadline-passed = el plazo de esta ronda ha vencido; la Secretaría puede concederle una prórroga personal
error-reviews-not-a-reviewer = esa persona no evalúa este elemento
error-reviews-reopen-closed = solo puede reabrirse una calificación de una ronda aún abierta
error-reviews-reopen-not-submitted = este evaluador no ha presentado ninguna calificación para la ronda: no hay nada que reabrir

## La guía de puntuación y el debate sobre un elemento.

error-guidance-forbidden = la guía de puntuación está reservada a los expertos del ciclo y a la Secretaría
error-guidance-frozen = el ciclo está en estado «{ $state }»: su guía de puntuación se mantiene tal como la utilizó la evaluación
# $level: 1 to 5; $label: the scale's word for it (Very good); $problem: what is wrong with the text
error-guidance-level = nivel { $level } ({ $label }): { $problem }
error-guidance-level-twice = el nivel { $level } ({ $label }) figura dos veces
error-discussion-closed = el debate está abierto mientras el elemento se encuentra en una ronda de revisión o en espera de arbitraje

## Los textos libres: su nombre en un mensaje y sus límites.

# Sujetos de los dos mensajes siguientes.
error-text-action = la acción
error-text-answer = la respuesta
error-text-comment = el comentario
error-text-guidance = el texto de la guía
error-text-label = la etiqueta
error-text-message = el mensaje
error-text-question = la pregunta
error-text-rationale = la fundamentación del arbitraje
error-text-reason = el motivo
error-text-statement = el dictamen
error-text-control = { $what } no debe contener caracteres de control
error-text-length =
    { $what } debe tener entre { $min } y { $max } caracteres ({ $count ->
        [one] ahora tiene { $count } carácter
       *[other] ahora tiene { $count } caracteres
    })

# Textos de una línea (nombres), sujetos de los tres mensajes siguientes.
error-text-city-name = el nombre de la ciudad
error-text-cycle-name = el nombre del ciclo
error-text-institution = la institución
error-text-institution-name = el nombre de la institución
error-text-name = el nombre
error-line-empty = debe indicarse { $what }
error-line-too-long = { $what } admite como máximo { $max } caracteres
error-line-control = { $what } debe ocupar una sola línea, sin caracteres de control

## Las personas: funciones, direcciones de correo electrónico, cuentas.

error-role-unknown = «{ $value }» no es una función; utilice secretariat, expert o city
error-email-too-long = una dirección de correo electrónico tiene como máximo 254 caracteres
error-email-invalid = «{ $value }» no es una dirección de correo electrónico válida ({ $reason })
error-email-no-dot = «{ $value }» no es una dirección de correo electrónico válida (su dominio no contiene ningún punto)
error-city-user-needs-city = un usuario de ciudad necesita un city_id: la ciudad que coordina
error-city-only-city-users =
    solo los usuarios de ciudad están vinculados a una ciudad; un usuario { $role ->
        [secretariat] de la Secretaría
       *[other] experto
    } no lleva city_id

## Las ciudades: países, regiones, idiomas, instituciones. $value: lo que se indicó.

error-country-code = «{ $value }» no es un código de país ISO 3166-1 alfa-2 (como CN, BR, DE)
error-country-code-or-name = «{ $value }» no es ni un código ISO 3166-1 alfa-2 (como KR, MA) ni el nombre de un país tal como lo escriben las Naciones Unidas
error-region-unknown = «{ $value }» no es una región de la UNESCO; utilice una de las siguientes: { $regions }
error-language-code = «{ $value }» no es un código de idioma ISO 639-1 (como en, fr, zh)
error-languages-empty = se necesita al menos un idioma
error-language-twice = el idioma «{ $code }» figura dos veces en la lista
error-institution-twice = { $name } figura dos veces en la lista
error-institutions-too-many = como máximo { $max } instituciones, no { $count }

## Los ciclos de evaluación: estados, transiciones, plazos, parámetros.

# El estado de un ciclo tal como lo nombra un mensaje («el ciclo está en estado «{ $state }»»).
error-cycle-state-draft = borrador
error-cycle-state-collecting = recopilación de informes
error-cycle-state-reviewing = evaluación
error-cycle-state-reconciling = conciliación
error-cycle-state-published = publicado
error-cycle-state-archived = archivado

error-transition-already = el ciclo ya está en estado «{ $state }»
error-transition-only-next = un ciclo en estado «{ $from }» solo puede pasar al estado «{ $next }», no al estado «{ $to }»
error-transition-final = un ciclo en estado «{ $state }» ya no puede cambiar
error-transition-no-city = ninguna ciudad participa en el ciclo
error-transition-no-measurement = ninguna medición de evaluación por expertos está asignada a un grupo
error-transition-no-report = ninguna ciudad ha presentado aún su informe
error-transition-no-assignment = la evaluación requiere una asignación de expertos confirmada; ejecute una y confírmela primero
error-transition-reports-unassigned =
    { $count ->
        [one] { $count } informe presentado no está cubierto
       *[other] { $count } informes presentados no están cubiertos
    } por la asignación confirmada; vuelva a ejecutarla y confírmela de nuevo
error-transition-bundles-unfilled =
    { $count ->
        [one] { $count } lote tiene menos expertos que el tamaño del grupo: complételo manualmente en la página de asignación, o acéptelo incompleto indicando un motivo (sus elementos pasarán a arbitraje si terminan con menos de dos calificaciones)
       *[other] { $count } lotes tienen menos expertos que el tamaño del grupo: complételos manualmente en la página de asignación, o acéptelos incompletos indicando un motivo (sus elementos pasarán a arbitraje si terminan con menos de dos calificaciones)
    }
error-transition-ratings-missing =
    { $count ->
        [one] a { $count } elemento aún le faltan
       *[other] a { $count } elementos aún les faltan
    } calificaciones de la primera ronda, y el plazo de la evaluación no ha vencido
error-transition-consensus-missing =
    { $count ->
        [one] { $count } elemento aún no tiene puntuación de consenso
       *[other] { $count } elementos aún no tienen puntuación de consenso
    }
error-transition-feedback-missing =
    { $count ->
        [one] { $count } elemento aún no tiene dictamen para la ciudad
       *[other] { $count } elementos aún no tienen dictamen para la ciudad
    }

error-deadline-review-order = el plazo de la evaluación debe ser posterior al de la presentación
error-deadline-reconciliation-order = el plazo de la conciliación debe ser posterior al de la evaluación
error-deadline-gone =
    { $kind ->
        [submission] el plazo de presentación
        [review] el plazo de la evaluación
       *[other] el plazo de la conciliación
    } ya no se aplica: el ciclo está en estado «{ $state }», posterior a esa fase
error-deadline-past = un nuevo plazo no puede situarse en el pasado; elija un momento posterior
error-settings-frozen = el tamaño de los grupos, las reglas y la justificación mínima solo pueden cambiar hasta que se confirme una asignación; determinan la asignación y las calificaciones ya emitidas
error-cities-frozen = las ciudades se incorporan a un ciclo o lo abandonan solo mientras está en borrador o en recopilación de informes; el ciclo está en estado «{ $state }»
error-extension-no-round = una prórroga personal corresponde a una ronda de calificación en curso (evaluación o conciliación); el ciclo está en estado «{ $state }»
error-extension-no-deadline =
    { $kind ->
        [review] la ronda de evaluación
       *[other] la ronda de conciliación
    } no tiene plazo: nadie necesita una prórroga
error-extension-too-early = una prórroga termina después del plazo de la ronda ({ $deadline }) y en el futuro
error-panel-size-range = el tamaño de un grupo va de 2 a 7 expertos, no { $value }
error-max-spread-range = la mayor dispersión admitida como concordancia va de 0 a 4, no { $value }
error-revision-rounds-range = el número de rondas de revisión va de 0 a 3, no { $value }
error-min-justification-range = la justificación mínima va de 0 a 2000 caracteres, no { $value }

## Los perfiles de los expertos.

error-expertise-unknown = «{ $code }» no es un ámbito de acción del marco (como 3.1 o 2.4)
error-expertise-twice = «{ $code }» figura dos veces en la lista
error-capacity-range = la capacidad va de 0 a { $max } lotes, no { $value }

## La verificación de los datos por la secretaría.

error-figure-question = pregunte a la ciudad qué debe verificar: { $problem }
error-figure-decision = «{ $value }» no es una decisión: verified o query
error-figure-cycle-archived = el ciclo está archivado
error-figure-not-submitted = las cifras se verifican una vez presentado el informe
error-figure-no-question = la Secretaría no tiene ninguna pregunta pendiente sobre esta cifra

## Las mediciones de los grupos. $code: el código de una medición (3.1.1.a); $edition: el nombre de una edición del marco.

error-panel-measurement-unknown = { $code } no es una medición de { $edition }
error-panel-measurement-statistic = { $code } es una estadística, no una medición de evaluación por expertos
error-panel-measurement-taken = { $code } ya pertenece al grupo { $panel }
error-panel-measurement-twice = { $code } figura dos veces en la lista

## Las calificaciones y sus justificaciones. $count: los caracteres de la justificación.

error-rating-submitted-final = su calificación de esta ronda está presentada y es definitiva: usted ha visto las demás calificaciones, por lo que un cambio ya no sería independiente. Si contiene un error, pida a la Secretaría que la reabra
error-justification-control = una justificación no debe contener caracteres de control
error-justification-too-short =
    una justificación tiene al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    } ({ $count ->
        [one] esta tiene { $count } carácter
       *[other] esta tiene { $count } caracteres
    }): indique qué elementos del informe respaldan la puntuación
error-justification-too-long =
    una justificación tiene como máximo { $max } caracteres ({ $count ->
        [one] esta tiene { $count } carácter
       *[other] esta tiene { $count } caracteres
    })

error-score-range = una puntuación es un número entero de 1 (Deficiente) a 5 (Excelente), no { $value }

## Los informes: descripciones narrativas y estadísticas. $code: el código de una medición; $value: lo que se indicó.

error-value-percentage = un porcentaje va de 0 a 100, no { $value }
error-value-rating = una calificación en la escala de 5 puntos va de 1 a 5, no { $value }
error-value-negative = esta cifra no puede ser negativa (valor indicado: { $value })
error-value-total = el total de { $total } % no está comprendido entre sus partes (del { $low } % al { $high } %)
error-report-language = «{ $value }» no es uno de los idiomas de la ciudad ({ $languages })
error-report-measurement-unknown = { $code } no es una medición del marco
error-report-narrative-for-statistic = { $code } es una estadística: comuníquela en las estadísticas
error-report-not-reviewed = { $code } no se evalúa en este ciclo
error-report-statistic-for-narrative = { $code } es una medición de evaluación por expertos: redacte una descripción narrativa para ella
error-narrative-control = una descripción narrativa no debe contener caracteres de control
error-narrative-too-long = una descripción narrativa tiene como máximo { $max } caracteres
error-narrative-self-score = la calificación propia de la ciudad va de 1 (Deficiente) a 5 (Excelente), no { $value }
error-narrative-too-many-links = como máximo { $max } enlaces a pruebas
error-narrative-link = «{ $value }» no es una dirección web (http o https)
error-statistic-year = { $year } no es un año de referencia plausible
error-statistic-not-available-values = una cifra marcada como no disponible no tiene valores
error-statistic-not-available-reason = indique en 3 a 500 caracteres por qué la cifra no está disponible
error-statistic-provider = quién facilitó la cifra, en 1 a 200 caracteres
error-statistic-source-missing = { $code } puede proceder de datos oficiales o de una encuesta: indique cuál (official o survey)
error-statistic-source-official = { $code } se comunica a partir de datos oficiales, no de una encuesta
error-statistic-source-survey = { $code } se comunica a partir de una encuesta, no de datos oficiales
error-statistic-breakdown = { $code } se desglosa por { $breakdowns }; «{ $name }» no es uno de ellos
error-statistic-not-a-number = un valor debe ser un número

error-continuity-unknown = «{ $value }» no es un ajuste de continuidad; use off, prefer o avoid
error-weight-range = un peso es un número entero de 0 a { $max }, no { $value }
error-region-twice = { $region } figura dos veces
error-native-not-read = { $code } no está entre las lenguas que lee el experto
