## The assignment of experts (secretariat): the proposal or the assignment in force, each expert's
## load, withdrawing an expert, changing one bundle.

assignment-title = Asignación — { $cycle }
assignment-breadcrumb-cycles = Ciclos de evaluación
assignment-breadcrumb = Asignación
assignment-heading = Asignación de expertos
assignment-intro =
    { $count ->
        [one] A cada informe presentado se le asigna { $count } experto por grupo: un miembro del grupo sin conflicto de intereses, que lee el idioma del informe y aún tiene capacidad disponible; se maximiza la afinidad (experiencia en los ámbitos de acción del grupo) y se equilibra la carga.
       *[other] A cada informe presentado se le asignan { $count } expertos por grupo: miembros del grupo sin conflicto de intereses, que leen el idioma del informe y aún tienen capacidad disponible; se maximiza la afinidad (experiencia en los ámbitos de acción del grupo) y se equilibra la carga.
    }
assignment-run = Ejecutar la asignación
assignment-confirm = Confirmar esta propuesta
assignment-proposal-empty = Esta propuesta no asigna nada, por lo que no hay nada que confirmar: añada miembros a los grupos o espere a que se presenten informes y vuelva a ejecutarla.
assignment-not-collecting = La asignación se ejecuta y se confirma durante la recepción de informes; el ciclo se encuentra ahora en el estado: { $state }.
assignment-none = Todavía no hay ninguna asignación. Ejecute una cuando se hayan presentado informes.
assignment-proposal = Propuesta (aún no vigente)
assignment-in-force = Asignación vigente
assignment-objective = Objetivo: { $objective } (afinidad menos penalización por desequilibrio de carga; cuanto más alto, mejor).
assignment-table-scroll = Tabla (se desplaza horizontalmente en pantallas estrechas)
assignment-col-city = Ciudad
assignment-missing =
    { $count ->
        [one] falta { $count }
       *[other] faltan { $count }
    }
assignment-change = modificar
assignment-change-which = los expertos de { $city }, { $panel }
assignment-unfilled = Lotes sin suficientes expertos
assignment-load = Carga por experto
assignment-chart-title = Lotes por experto
assignment-chart-description = la barra representa los lotes del experto, y la marca fina, su capacidad
assignment-chart-capacity = Capacidad (la marca fina)
assignment-load-of = { $load } de { $capacity }
assignment-user-id = usuario { $id }
assignment-confirm-adds = Al confirmarla, la propuesta se añade a la asignación ya vigente.
assignment-withdraw-heading = Retirar a un experto
assignment-withdraw-text = El experto deja todos los lotes de este ciclo y sus grupos. Mientras se reciben o se evalúan los informes, solo se vuelven a cubrir sus puestos, con las mismas reglas; en la conciliación nadie lo sustituye y se mantienen sus últimas puntuaciones presentadas. Se le informa por correo electrónico.
assignment-withdraw-expert = Experto
assignment-withdraw = Retirar
assignment-choose-expert = elija un experto

## Changing one bundle.

assignment-bundle-title = Modificar un lote
assignment-bundle-heading = Grupo { $panel } — { $city }
assignment-bundle-choose =
    { $count ->
        [one] Elija hasta { $count } experto del grupo
       *[other] Elija hasta { $count } expertos del grupo
    }
assignment-bundle-rules = Se aplican las mismas reglas que en la asignación automática: ningún conflicto de intereses, el idioma del informe y la capacidad.
assignment-bundle-save = Guardar

## After an action.

assignment-done-run = Hay una nueva propuesta lista: revísela, modifique los lotes si es necesario y, a continuación, confírmela.
assignment-done-confirm = La asignación está vigente; se han creado los elementos de evaluación.
assignment-done-withdraw = Se ha retirado al experto; sus puestos se vuelven a cubrir cuando el ciclo lo permite, y se le informa.
assignment-done-bundle = Se ha modificado el lote.

assignment-why = ({ $parts })
assignment-why-separator = {"; "}
assignment-why-expertise = especialidad: { $codes }, { $shared } de { $areas } { $areas ->
    [one] ámbito de acción
   *[other] ámbitos de acción
}
assignment-why-no-expertise = ningún ámbito de acción del grupo en su especialidad
assignment-why-region = conoce la región ({ $region })
assignment-why-native = lengua materna: { $language }
assignment-why-reviewed = evaluó esta ciudad en su ciclo anterior
assignment-why-new = no ha evaluado antes esta ciudad
assignment-why-affinity = afinidad { $affinity } de { $max }
