## La vue anonyme du réseau, pour le secrétariat.

network-page-title = Réseau
network-heading = Le réseau
network-lead = Où en est chaque cycle, et comment les notes de consensus publiées se répartissent entre les villes. Les villes sont ici dénombrées, jamais classées ni nommées.
network-cities-per-state = Villes par état
network-table-scroll = Tableau (défilement horizontal sur un écran étroit)
network-col-cycle = Cycle
network-col-state = État
network-col-cities = Villes
network-col-draft = Rapports en brouillon
network-col-submitted = Soumis
network-col-returned = Renvoyés
network-published-scores = Notes publiées, toutes villes confondues
network-none-published = Aucun cycle n’a encore été publié.
network-cycle = Cycle
network-show = Afficher
network-distribution-hint = Nombre de villes ayant obtenu chaque note de consensus, par mesure, dans le cycle { $cycle }.
network-distribution-title = Villes par note de consensus (de 1 Insuffisant à 5 Excellent)

network-over-time = Le réseau dans le temps
network-over-time-empty = Dès que deux cycles auront été publiés, cette section montrera comment les notes de l’ensemble des villes ont évolué d’un cycle à l’autre.
network-over-time-hint = Pour l’ensemble des villes de chaque cycle publié, du plus ancien au plus récent : la note de consensus moyenne par domaine d’action, puis la répartition des notes de chaque mesure. Dénombrements uniquement : aucune ville n’est nommée.
network-over-time-table = Notes de l’ensemble des villes dans le temps
network-over-time-caption = Par mesure et par cycle : la note médiane, le nombre de villes et le nombre de villes ayant obtenu chaque note de 1 à 5
network-col-measurement = Mesure
network-median = médiane
network-cities =
    { $count ->
        [one] { $count } ville
       *[other] { $count } villes
    }
