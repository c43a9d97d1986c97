## Le profil d’une ville : ses résultats publiés cycle par cycle, leur évolution et sa lettre de résultats.

profile-chart-value-previous = { $value } (cycle précédent : { $previous }, { $change })
profile-chart-title = Note de consensus par domaine d’action
profile-chart-description = moyenne des mesures du domaine, sur l’échelle allant de 1 Insuffisant à 5 Excellent
profile-chart-previous-legend = Le cycle précédent (le trait fin)

profile-over-time = Évolution dans le temps
profile-each-focus-area = Chaque domaine d’action, cycle par cycle
profile-each-focus-area-hint = La note de consensus moyenne des mesures du domaine dans chaque cycle publié, sur l’échelle allant de 1 Insuffisant à 5 Excellent.
profile-each-measurement = Chaque mesure
profile-each-measurement-hint = Chaque mesure relevant de l’évaluation par les experts, dans chaque cycle publié, du plus ancien au plus récent (de 1 Insuffisant à 5 Excellent).
profile-scores-over-time = Notes dans le temps
profile-statistics = Statistiques
profile-statistics-hint = Chaque statistique communiquée par la ville, dans chaque cycle publié (le total, ou la valeur unique).
profile-statistics-over-time = Statistiques dans le temps

profile-page-title = { $city } — profil
profile-lead = Résultats de l’évaluation par les experts des rapports soumis par { $city } en tant que ville apprenante. Une ville n’est comparée qu’avec ses propres cycles antérieurs.
profile-download-csv = Télécharger au format CSV
profile-download-json = au format JSON
profile-none-published = Aucun résultat n’a encore été publié.
profile-published-cycles = Cycles publiés
profile-history = Historique :
profile-published = Publié le { $date }
profile-letter-link = La lettre de résultats du cycle { $cycle } (à imprimer)
profile-key-feature = Caractéristique clé { $code } : { $title }
profile-own-rating = Auto-évaluation de la ville : { $score } { $label }
profile-action-plan = Plan d’action de la ville :
profile-action-plan-summary = Votre plan d’action pour le cycle { $cycle } : ce que la ville fera pour donner suite à chaque avis
profile-save-action-plan = Enregistrer le plan d’action
profile-saved = Votre plan d’action a été enregistré.
profile-not-saved = Non enregistré : { $message }

profile-statistics-reported = Statistiques communiquées par la ville
profile-table-scroll = Tableau (défilement horizontal sur un écran étroit)
profile-col-measurement = Mesure
profile-col-year = Année
profile-col-values = Valeurs
profile-col-source = Source
profile-col-checked = Vérification
profile-not-available = Non disponible :

## La lettre de résultats.

profile-letter-title = { $city } — résultats du cycle { $cycle }
profile-letter-back = Retour au profil
profile-letter-print = Imprimez cette page, ou enregistrez-la au format PDF, depuis votre navigateur.
profile-letter-network = Réseau mondial UNESCO des villes apprenantes · évaluation par les experts
profile-letter-heading = { $city } : résultats du cycle { $cycle }
profile-letter-intro = Les groupes d’experts ont achevé l’évaluation du rapport soumis par { $city }. Pour chaque mesure évaluée par les experts, la présente lettre indique la note de consensus des groupes (5 Excellent, 4 Très bien, 3 Bien, 2 Passable, 1 Insuffisant) et leur avis. Une ville n’est comparée qu’avec ses propres cycles antérieurs ; elle ne fait jamais l’objet d’un classement.
