## Rechazos del almacenamiento (lo que una escritura encuentra en la base de datos) y de los filtros de la bandeja de salida.
## $id: el número de una persona o de una ciudad.

refusals-city-twice = una ciudad figura dos veces en la lista
refusals-no-city = no existe ninguna ciudad con el número { $id }
refusals-member-twice = un miembro figura dos veces en la lista
refusals-no-user = no existe ningún usuario con el número { $id }
refusals-not-an-expert = el usuario { $id } no es un experto
refusals-user-disabled = el usuario { $id } está desactivado
refusals-chair-not-member = la persona que ejerce la presidencia (usuario { $id }) debe ser miembro del grupo
# "chair": null se escribe tal cual (un campo del JSON de la API).
refusals-chair-no-longer-member = la persona que ejerce la presidencia del grupo (usuario { $id }) ya no es miembro: designe a otro miembro para la presidencia, o envíe "chair": null para dejar la presidencia vacante
# $state: el estado de un ciclo (error-cycle-state-…)
refusals-panels-frozen = los grupos solo pueden modificarse antes de que comience la evaluación; el ciclo está en estado «{ $state }»
refusals-cycle-stale = el ciclo se ha modificado entretanto; vuelva a cargar la página e inténtelo de nuevo
refusals-rating-stale = su calificación se ha modificado entretanto (¿en otra ventana?); vuelva a cargarla e inténtelo de nuevo
refusals-report-stale = el informe se ha modificado entretanto (en otra ventana o por un colega); vuelva a cargarlo e inténtelo de nuevo
refusals-no-open-question = la Secretaría no tiene ninguna pregunta pendiente sobre esta cifra
refusals-conflict-declared = este conflicto de intereses ya está declarado
# $name: el nombre de una ciudad; $country: el código de su país (IE)
refusals-city-registered = { $name } ({ $country }) ya está registrada
# $email: una dirección de correo electrónico
refusals-email-taken = ya existe un usuario con la dirección de correo electrónico { $email }
refusals-identity-taken = esta cuenta ya está vinculada, o el usuario ya tiene una cuenta de este proveedor

## Los filtros de la bandeja de salida. $value: lo que se indicó; $choices: los códigos que deben usarse, tal cual.

refusals-outbox-status = «{ $value }» no es un estado; utilice uno de los siguientes: { $choices }
refusals-outbox-kind = «{ $value }» no es un tipo de mensaje; utilice uno de los siguientes: { $choices }
refusals-outbox-before = un número de mensaje (1 o más)
refusals-outbox-limit = de 1 a 500 mensajes a la vez
# $status: pending, sending, sent, held o digested
refusals-outbox-not-failed = solo se vuelve a enviar un mensaje fallido; este está en estado «{ $status ->
        [pending] pendiente
        [sending] enviándose
        [sent] enviado
        [held] retenido
        [digested] incluido en un resumen
       *[other] { $status }
    }» (un mensaje pendiente se envía por sí solo)

## Las pautas de calificación por defecto: lo que significa cada nivel de la escala cuando la
## secretaría no ha redactado nada para una medición (5 Excelente … 1 Deficiente).

refusals-guidance-default-5 = Plenamente implantado y mantenido en toda la ciudad, con pruebas claras de resultados.
refusals-guidance-default-4 = Implantado y en funcionamiento, con pruebas; pequeñas carencias en el alcance o en el seguimiento.
refusals-guidance-default-3 = Implantado en parte o iniciado recientemente, con pruebas de algunos resultados.
refusals-guidance-default-2 = Previsto, o iniciado a pequeña escala; pocas pruebas de resultados.
refusals-guidance-default-1 = No implantado, o el informe no aporta pruebas de ello.
