## The secretariat's pages: users, cities and their institutions, the outbox, the e-mail templates.

admin-table-scroll = Tabla (se desplaza horizontalmente en pantallas estrechas)
admin-go-to-form = Ir al formulario
admin-back = Volver
admin-save = Guardar
admin-optional = (opcional)

admin-name = Nombre
admin-email = Correo electrónico
admin-role = Función
admin-city = Ciudad
admin-status = Estado
admin-country = País
admin-region = Región
admin-languages = Idiomas
admin-institutions = Instituciones

## Users

admin-users-title = Usuarios
# $error: why the invitation was refused
admin-users-not-sent = No se envió la invitación: { $error }
admin-users-count = { $count ->
    [one] { $count } cuenta
   *[other] { $count } cuentas
}
admin-user-disabled = Desactivada
admin-user-active = Activa
admin-user-enable = Activar
admin-user-disable = Desactivar
admin-invite-heading = Invitar a una persona
admin-invite-hint = La persona inicia sesión con la cuenta de su institución; la dirección de correo electrónico verificada de esa cuenta debe ser la que se indica aquí.
admin-city-hint = (solo para coordinadores de ciudad)
admin-invite-button = Invitar
admin-invite-choose-city = elija una ciudad de la lista
admin-user-invited = Se ha invitado a { $name }; un correo electrónico le indica dónde iniciar sesión.
admin-user-disabled-done = Se ha desactivado la cuenta de { $name }; sus sesiones han finalizado.
admin-user-enabled-done = Se ha reactivado la cuenta de { $name }.

## Cities

admin-cities-title = Ciudades
admin-cities-not-registered = No se registró la ciudad: { $error }
admin-cities-count = { $count ->
    [one] { $count } ciudad, por orden alfabético
   *[other] { $count } ciudades, por orden alfabético
}
admin-institutions-view = ver o modificar
admin-register-heading = Registrar una ciudad
admin-country-hint = (ISO 3166-1 alfa-2, p. ej., CN)
admin-report-languages = Idiomas de los informes
admin-report-languages-hint = (ISO 639-1, separados por comas, p. ej., en, fr)
admin-register-button = Registrar
# $field: one of the admin-city-field-… words
admin-cities-refused = { $field }: { $message }
admin-city-field-name = nombre
admin-city-field-country = país
admin-city-field-region = región
admin-city-field-languages = idiomas
admin-city-field-institutions = instituciones
admin-city-registered = Se ha registrado la ciudad de { $name }.

## A city's institutions

admin-institutions-title = Instituciones de { $city }
admin-institutions-intro = El gobierno municipal y las instituciones asociadas que se mencionan en su informe. Un experto que trabaje para alguna de ellas no evalúa la ciudad: este es uno de los conflictos de intereses que respeta la asignación, también una vez realizada.
admin-institutions-hint = (una por línea)
admin-institutions-saved = Se han guardado las instituciones de { $city }.

## The outbox

admin-outbox-title = Bandeja de salida
admin-outbox-intro = Todos los correos electrónicos que envía el servicio: a quién, cuándo y qué falló. Un mensaje cuyos intentos fallaron todos puede volver a enviarse.
admin-outbox-templates-link = Ver cada mensaje tal como lo lee su destinatario
# What follows the link: the sentence's full stop.
admin-outbox-templates-after = .
# $status: one of the admin-outbox-status-… words
admin-outbox-count-of = { $status }: { $count }
admin-outbox-status-pending = pendiente
admin-outbox-status-sending = enviándose
admin-outbox-status-sent = enviado
admin-outbox-status-failed = fallido
admin-outbox-status-held = retenido
admin-outbox-status-digested = incluido en un resumen
admin-outbox-all = todos
admin-outbox-filter = Filtrar
admin-outbox-none = Ningún mensaje.
admin-outbox-count = { $count ->
    [one] { $count } mensaje, del más reciente al más antiguo
   *[other] { $count } mensajes, del más reciente al más antiguo
}
admin-outbox-queued = En cola (UTC)
admin-outbox-to = Destinatario
admin-outbox-subject = Asunto
admin-outbox-kind = Tipo
admin-outbox-sent = Enviado (UTC)
admin-outbox-attempts = { $count ->
    [one] ({ $count } intento)
   *[other] ({ $count } intentos)
}
admin-outbox-why = Motivo
admin-outbox-send-again = Volver a enviar
admin-outbox-queued-again = El mensaje para { $to } vuelve a estar en cola.
admin-outbox-not-sent-again = No se volvió a enviar: { $reason }

## The e-mail templates

admin-templates-title = Plantillas de correo electrónico
admin-templates-intro = Cada mensaje que envía el servicio, tal como lo lee su destinatario (datos de ejemplo; fechas en la zona horaria del destinatario, con la hora UTC al lado).
admin-templates-subject = Asunto (ejemplo)
admin-templates-all = ← Todas las plantillas
admin-template-to = Para: { $to }
admin-template-kind = tipo
admin-template-plain = Texto sin formato
admin-template-html = La versión HTML
