## Experts' profiles and conflicts of interest, the secretariat's list of experts, the panel page.

experts-profile-title = Perfil del experto
experts-profile-heading = Perfil de { $name }
experts-profile-intro = Se utiliza para asignar informes: sus idiomas, sus áreas de especialización, cuántos lotes puede asumir y su procedencia (nunca evalúa su propia ciudad ni, salvo que el ciclo lo permita, su propio país).
experts-country = País
experts-country-hint = (ISO 3166-1 alfa-2, p. ej., BR)
experts-home-city = Ciudad de origen
experts-home-city-hint = (si forma parte de la red)
experts-home-city-named-hint = (si forma parte de la red; añada el código del país si dos ciudades comparten el nombre: Cork, IE)
experts-institution = Institución
experts-languages-read = Idiomas que lee
experts-languages-hint = (ISO 639-1, separados por comas, p. ej., en, pt)
experts-expertise-legend = Áreas de especialización
experts-capacity = Capacidad
experts-capacity-hint = (lotes por ciclo)
experts-save-profile = Guardar el perfil
experts-conflicts-heading = Conflictos de intereses
experts-conflicts-none = Ninguno declarado.
experts-city = Ciudad
experts-conflict-city-hint = (su nombre; añada el código del país si dos ciudades lo comparten)
experts-why = Motivo
experts-declare = Declarar un conflicto

experts-home-city-choose = ciudad de origen: elija una de la lista
experts-capacity-whole = capacidad: un número entero
# $field: one of the experts-field-… words
experts-profile-refused = { $field }: { $message }
experts-field-country = país
experts-field-institution = institución
experts-field-languages = idiomas
experts-field-expertise = áreas de especialización
experts-field-capacity = capacidad
experts-choose-city = elija una ciudad
experts-profile-saved = Se ha guardado el perfil.
experts-conflict-recorded = Se ha registrado el conflicto de intereses.
experts-conflict-recorded-removed = { $count ->
    [one] Se ha registrado el conflicto de intereses. Se ha retirado al experto de { $count } lote de esa ciudad en un ciclo en curso; sus calificaciones de ese lote quedan descartadas.
   *[other] Se ha registrado el conflicto de intereses. Se ha retirado al experto de { $count } lotes de esa ciudad en un ciclo en curso; sus calificaciones de esos lotes quedan descartadas.
}
experts-page-for-experts = Esta página está reservada a los expertos.

## The list of experts

experts-list-title = Expertos
experts-table-scroll = Tabla (se desplaza horizontalmente en pantallas estrechas)
experts-col-name = Nombre
experts-col-email = Correo electrónico
experts-col-languages = Idiomas
experts-col-expertise = Especialización
experts-no-profile = aún sin perfil

## A panel

experts-panel-crumb = Grupo
experts-panels-fixed = La composición de los grupos queda fijada una vez iniciada la evaluación.
experts-members = Miembros
experts-chair = Presidencia
experts-chair-hint = (un miembro del grupo; redacta los dictámenes)
experts-measurements = Mediciones (evaluación por expertos)
experts-save-panel = Guardar el grupo
experts-panel-saved = Se ha guardado el grupo.

experts-native-languages = Lenguas maternas
experts-native-languages-hint = (entre las anteriores, p. ej., pt)
experts-regions-legend = Regiones que conoce bien
experts-field-regions = regiones
experts-field-native-languages = lenguas maternas
