## Error pages: the title (the status), the message, the way back. The JSON API's errors stay English.

errors-page-back = Volver a su página de inicio

errors-page-title-400 = Solicitud incorrecta
errors-page-title-401 = Autenticación necesaria
errors-page-title-403 = Acceso denegado
errors-page-title-404 = No encontrado
errors-page-title-409 = Conflicto
errors-page-title-413 = Contenido demasiado grande
errors-page-title-415 = Tipo de contenido no admitido
errors-page-title-422 = Datos no válidos
errors-page-title-429 = Demasiadas solicitudes
errors-page-title-500 = Error interno del servidor
errors-page-title-503 = Servicio no disponible
errors-page-title-other = Error

# $field: one of the errors-page-field-… words; $message: what is wrong with it
errors-page-invalid = { $field }: { $message }
# $limit: a number of bytes
errors-page-too-large = el contenido de la solicitud supera los { $limit } bytes
errors-page-not-json = el contenido de la solicitud debe estar en formato JSON (Content-Type: application/json)
errors-page-too-many = demasiadas solicitudes desde su dirección; inténtelo de nuevo dentro de { $seconds } s
errors-page-unavailable = en este momento no se puede acceder a la base de datos; inténtelo de nuevo en unos instantes
errors-page-internal = se ha producido un error por nuestra parte; ha quedado registrado

# $what: a thing the service looked for, in English (for a thing without its own message below)
errors-page-not-found = no se encontró: { $what }
errors-page-not-found-cycle = no se encontró el ciclo
errors-page-not-found-user = no se encontró el usuario
errors-page-not-found-city = no se encontró la ciudad
errors-page-not-found-bundle = no se encontró el lote
errors-page-not-found-page = no se encontró la página
errors-page-not-found-item = no se encontró el elemento
errors-page-not-found-framework-edition = no se encontró la edición del marco
errors-page-not-found-expert = no se encontró el experto
errors-page-not-found-report = no se encontró el informe
errors-page-not-found-statistic = no se encontró la estadística
errors-page-not-found-panel = no se encontró el grupo
errors-page-not-found-message = no se encontró el mensaje
errors-page-not-found-measurement = no se encontró la medición
errors-page-not-found-extension = no se encontró la prórroga
errors-page-not-found-token = no se encontró el token
errors-page-not-found-template = no se encontró la plantilla
errors-page-not-found-sign-in-provider = no se encontró el proveedor de identidad
errors-page-not-found-route = no se encontró la dirección
errors-page-not-found-rating = no se encontró la calificación
errors-page-not-found-profile = no se encontró el perfil
errors-page-not-found-object = no se encontró el objeto
errors-page-not-found-language = no se encontró el idioma

## A form's or the API's field, as a person calls it, at the start of a refusal ("The city: …").

errors-page-field-submission-deadline = El plazo de presentación
errors-page-field-review-deadline = El plazo de evaluación
errors-page-field-reconciliation-deadline = El plazo de conciliación
errors-page-field-city = La ciudad
errors-page-field-person = La persona
errors-page-field-panel-size = El tamaño del grupo
errors-page-field-min-justification = La extensión mínima de la justificación
errors-page-field-max-spread = La diferencia máxima que se considera concordancia
errors-page-field-revision-rounds = El número de rondas de revisión
errors-page-field-email = La dirección de correo electrónico
errors-page-field-name = El nombre
errors-page-field-role = La función
errors-page-field-country = El país
errors-page-field-languages = Los idiomas
errors-page-field-score = La puntuación
errors-page-field-justification = La justificación
errors-page-field-confidence = El grado de confianza
errors-page-field-statement = El dictamen
errors-page-field-rationale = La fundamentación
errors-page-field-reason = El motivo
errors-page-field-comment = El comentario
errors-page-field-guidance = La guía de puntuación
errors-page-field-members = Los miembros
errors-page-field-chair = La presidencia
errors-page-field-measurements = Las mediciones
errors-page-field-date = La fecha
errors-page-field-profile = Perfil
errors-page-field-to = Destinatario
errors-page-field-message = Mensaje
errors-page-field-label = Etiqueta
errors-page-field-institution = Institución
errors-page-field-institutions = Instituciones
errors-page-field-expertise = Áreas de especialización
errors-page-field-capacity = Capacidad
errors-page-field-region = Región
errors-page-field-experts = Expertos
errors-page-field-expires-in-days = Validez en días
errors-page-field-answer = Respuesta
errors-page-field-question = Pregunta
errors-page-field-status = Estado
errors-page-field-limit = Límite
errors-page-field-before = Antes de
# A refusal about no field in particular
errors-page-field-this = Esto
