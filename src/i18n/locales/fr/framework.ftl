## Le document du cadre : les mots autour du texte propre au cadre (qui vient de ses données).

framework-lead =
    { $areas ->
        [one] { $areas } volet
       *[other] { $areas } volets
    }, { $focus_areas ->
        [one] { $focus_areas } domaine d’action
       *[other] { $focus_areas } domaines d’action
    }, { $features ->
        [one] { $features } caractéristique clé
       *[other] { $features } caractéristiques clés
    } et { $measurements ->
        [one] { $measurements } mesure possible
       *[other] { $measurements } mesures possibles
    }. { $expert ->
        [one] { $expert } d’entre elles relève
       *[other] { $expert } d’entre elles relèvent
    } de l’évaluation par les experts ; les autres sont des statistiques communiquées par la ville ({ $official } données officielles, { $survey } résultats d’enquête, { $either } l’un ou l’autre).
framework-objective = Le cadre n’a pas pour objectif d’établir des distinctions entre les villes : les progrès de chaque ville sont appréciés au regard de sa propre histoire et comparés uniquement avec ses propres évaluations antérieures.
framework-scale = L’échelle de notation
framework-contents = Sommaire
framework-unit = Unité
framework-reported-by = Ventilation par
framework-rated-by-experts = Notée par un groupe d’experts indépendants selon l’échelle ci-dessous.
