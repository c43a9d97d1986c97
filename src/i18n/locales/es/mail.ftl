## E-mail: every message lcreview sends, in its recipient's language.

mail-greeting = Estimado/a { $name }:
mail-footer = lcreview: evaluación por expertos de los informes de las ciudades del aprendizaje
mail-link-line = { $label }: { $url }

mail-link-sign-in = Iniciar sesión
mail-link-your-report = Su informe
mail-link-your-reviews = Sus evaluaciones
mail-link-your-review = Su evaluación
mail-link-the-item = El elemento
mail-link-the-report = El informe
mail-link-city-profile = El perfil de su ciudad

mail-thanks = Gracias.

mail-bundle = { $city } (grupo «{ $panel }»)

## An invitation to a new account.

mail-invitation-subject = Invitación a lcreview
mail-invitation-by-secretariat = La Secretaría de lcreview
mail-invitation-intro = { $inviter } le ha invitado a lcreview, la plataforma en la que la Red Mundial de Ciudades del Aprendizaje de la UNESCO examina los informes de las ciudades del aprendizaje, en calidad de { $role ->
        [secretariat] miembro de la Secretaría
        [expert] experto/a independiente
       *[other] coordinador/a de su ciudad
    }.
mail-invitation-sign-in = Inicie sesión en { $url } con esta dirección de correo electrónico ({ $email }). No se envía ninguna contraseña por correo electrónico.
mail-invitation-expert = En primer lugar, le rogamos que complete su perfil: los idiomas que lee, sus áreas de especialización, su país e institución, y cuántos lotes puede evaluar en un ciclo.
mail-invitation-city = Le avisaremos cuando se abra un ciclo de evaluación para el informe de su ciudad.

## To a city's users.

mail-cycle-opened-subject = { $city }: el ciclo de evaluación «{ $cycle }» está abierto para su informe
mail-cycle-opened-intro = El ciclo de evaluación «{ $cycle }» está abierto y { $city } participa en él.
mail-cycle-opened-due = Le rogamos que redacte y presente el informe de su ciudad a más tardar el { $deadline }.

mail-receipt-subject = { $city }: se ha recibido su informe para «{ $cycle }»
mail-receipt-intro = Hemos recibido el informe de { $city } para el ciclo de evaluación «{ $cycle }» el { $date }.
mail-receipt-locked = El informe queda ahora bloqueado. Si la Secretaría encuentra algo que corregir, se lo devolverá con un mensaje.

mail-report-reminder-subject = { $city }: su informe para «{ $cycle }» aún no se ha presentado
mail-report-reminder-intro = La Secretaría le recuerda que el informe de { $city } para el ciclo «{ $cycle }» aún no se ha presentado.
mail-report-reminder-due = Los informes deben presentarse a más tardar el { $deadline }.
mail-report-reminder-draft = Se guarda un borrador a medida que escribe; presente el informe cuando esté completo.

mail-returned-subject = { $city }: su informe para «{ $cycle }» se ha devuelto para su corrección
mail-returned-intro = La Secretaría ha devuelto el informe de { $city } para el ciclo de evaluación «{ $cycle }». Su mensaje:
mail-returned-due = Le rogamos que corrija el informe y lo presente de nuevo a más tardar el { $deadline }. Hasta entonces, queda fuera de la evaluación.

## To an expert.

mail-assignment-subject = Su asignación de evaluación: { $cycle }
mail-assignment-intro = En el ciclo «{ $cycle }», se le ha asignado la evaluación de:
mail-assignment-deadline = El plazo de evaluación vence el { $deadline }. Sus evaluaciones aparecerán en su página de inicio en cuanto comience la evaluación.
mail-assignment-thanks = Gracias por su trabajo.

mail-unassigned-subject = Su asignación de evaluación ha cambiado: { $cycle }
mail-unassigned-intro = En el ciclo «{ $cycle }», ya no le corresponde evaluar:
mail-unassigned-nothing-to-do = No necesita hacer nada más con respecto a estos lotes. Las calificaciones que presentó se conservan en el historial de la evaluación.

mail-reminder-subject = Recordatorio: { $count ->
        [one] { $count } calificación pendiente de presentar
       *[other] { $count } calificaciones pendientes de presentar
    }
mail-reminder-subject-by = Recordatorio: { $count ->
        [one] { $count } calificación pendiente de presentar
       *[other] { $count } calificaciones pendientes de presentar
    } a más tardar el { $deadline }
mail-reminder-intro = En { $phase ->
        [reconciliation] la ronda de revisión
       *[other] la evaluación
    } del ciclo «{ $cycle }» aún tiene { $count ->
        [one] { $count } calificación
       *[other] { $count } calificaciones
    } por presentar.
mail-reminder-intro-by = En { $phase ->
        [reconciliation] la ronda de revisión
       *[other] la evaluación
    } del ciclo «{ $cycle }» aún tiene { $count ->
        [one] { $count } calificación
       *[other] { $count } calificaciones
    } por presentar a más tardar el { $deadline }.

mail-revision-subject = Ronda de revisión { $round }: { $count ->
        [one] { $count } elemento por reconsiderar
       *[other] { $count } elementos por reconsiderar
    }
mail-revision-intro = En el ciclo «{ $cycle }», las calificaciones de { $count ->
        [one] { $count } elemento que usted evaluó no coinciden
       *[other] { $count } elementos que usted evaluó no coinciden
    }. Le rogamos que lea las calificaciones y justificaciones de los demás evaluadores (anonimizadas) y mantenga o revise su puntuación, con una justificación para esta ronda. Su página de evaluaciones enumera todos los elementos de la ronda, incluidos los que se incorporen más adelante.
mail-revision-closes = La ronda se cierra el { $deadline }.

mail-deadline-changed-subject = { $cycle }: el plazo { $which ->
        [submission] de presentación
        [reconciliation] de conciliación
       *[other] de evaluación
    } vence ahora el { $after }
mail-deadline-changed-intro = La Secretaría ha modificado el plazo { $which ->
        [submission] de presentación
        [reconciliation] de conciliación
       *[other] de evaluación
    } del ciclo «{ $cycle }»: antes vencía el { $before }; ahora vence el { $after }.

mail-extension-subject = { $cycle }: puede calificar hasta el { $until }
mail-extension-intro = La Secretaría le ha concedido hasta el { $until } para terminar sus calificaciones de la ronda { $round ->
        [submission] de presentación
        [reconciliation] de conciliación
       *[other] de evaluación
    } de «{ $cycle }».
mail-extension-withdrawn-subject = { $cycle }: se ha retirado su prórroga
mail-extension-withdrawn-intro = La Secretaría ha retirado su prórroga de la ronda { $round ->
        [submission] de presentación
        [reconciliation] de conciliación
       *[other] de evaluación
    } de «{ $cycle }»: vuelve a aplicarse el plazo propio de la ronda.

mail-reopened-subject = Su calificación de { $city } ({ $measurement }) se ha reabierto
mail-reopened-intro = La Secretaría ha reabierto la calificación de { $measurement } que usted presentó para { $city } en el ciclo «{ $cycle }», para que pueda corregirla. Su motivo:
mail-reopened-draft = Vuelve a ser un borrador: modifíquela si es necesario y preséntela.

## Discussions and figures.

mail-comment-subject = Nuevo comentario sobre { $city } ({ $measurement })
mail-comment-intro = { $author } ha escrito en el debate sobre { $measurement } para { $city } en el ciclo «{ $cycle }»:
mail-comment-reply = Responda en la página del elemento; el debate queda reservado a sus evaluadores y a la presidencia del grupo.

mail-figure-query-subject = { $city }: una pregunta sobre una cifra de su informe ({ $measurement })
mail-figure-query-intro = La Secretaría ha verificado las cifras del informe de { $city } para el ciclo «{ $cycle }» y pregunta sobre { $measurement }:
mail-figure-query-answer = Responda en la página del informe: por escrito, con una cifra corregida o de ambas formas.

mail-figure-answered-subject = { $city } ha respondido a su pregunta sobre { $measurement }
mail-figure-answered-intro = { $city } ha respondido a la pregunta sobre { $measurement } en su informe para el ciclo «{ $cycle }»:
mail-figure-answered-check = Vuelva a verificar la cifra en la página del informe.

## Results, and the daily digest.

mail-published-subject = { $city }: se han publicado los resultados de «{ $cycle }»
mail-published-intro = Las puntuaciones de consenso y los dictámenes de los expertos para { $city } en «{ $cycle }» se han publicado en el perfil de su ciudad.
mail-published-thanks = Gracias por su informe.

mail-digest-subject = lcreview: su resumen diario ({ $count ->
        [one] { $count } mensaje
       *[other] { $count } mensajes
    })
mail-digest-intro = Esto es lo que ha ocurrido para usted en lcreview desde su último resumen ({ $count ->
        [one] { $count } mensaje
       *[other] { $count } mensajes
    }).

## Sample messages a daily digest gathers, on the secretariat's preview page.

mail-sample-digest-assignment = Se le ha asignado la evaluación de { $city } (grupo «{ $panel }»).
mail-sample-digest-reminder = En la evaluación del ciclo «{ $cycle }» aún tiene { $count ->
        [one] { $count } calificación
       *[other] { $count } calificaciones
    } por presentar.
