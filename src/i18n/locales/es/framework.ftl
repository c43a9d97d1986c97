## El documento del marco: las palabras en torno al texto propio del marco (que procede de sus datos).

framework-lead =
    { $areas ->
        [one] { $areas } área
       *[other] { $areas } áreas
    }, { $focus_areas ->
        [one] { $focus_areas } ámbito de acción
       *[other] { $focus_areas } ámbitos de acción
    }, { $features ->
        [one] { $features } característica clave
       *[other] { $features } características clave
    } y { $measurements ->
        [one] { $measurements } medición posible
       *[other] { $measurements } mediciones posibles
    }. { $expert ->
        [one] { $expert } de ellas se somete
       *[other] { $expert } de ellas se someten
    } a la evaluación por expertos; las demás son estadísticas que comunica la ciudad ({ $official } datos oficiales, { $survey } resultados de encuestas, { $either } cualquiera de las dos fuentes).
framework-objective = El objetivo del marco no es establecer distinciones entre ciudades: el progreso de cada ciudad se considera en el contexto de su propia trayectoria y se compara únicamente con sus propias evaluaciones anteriores.
framework-scale = La escala de calificación
framework-contents = Índice
framework-unit = Unidad
framework-reported-by = Desglosado por
framework-rated-by-experts = Calificada por un grupo de expertos independientes según la escala que figura a continuación.
