## Conciliation : la file des éléments, un élément (notes de chaque tour, arbitrage,
## avis) et le tableau de bord de la concordance.

consensus-queue-title = Conciliation
consensus-filter-status = Statut
consensus-filter-panel = Groupe
consensus-filter-city = Ville
consensus-filter-measurement = Mesure
consensus-filter-sort = Tri
consensus-filter-any = tous
consensus-sort-city = par ville
consensus-sort-measurement = par mesure
consensus-sort-spread = par écart, du plus grand au plus petit
consensus-filter-show = Afficher
consensus-items-shown =
    { $count ->
        [one] { $count } élément affiché.
       *[other] { $count } éléments affichés.
    }
consensus-table-scroll = Tableau (défilement horizontal sur un écran étroit)
consensus-col-select = Sélection
consensus-col-city = Ville
consensus-col-panel = Groupe
consensus-col-measurement = Mesure
consensus-col-scores = Notes
consensus-col-median = Médiane
consensus-col-spread = Écart
consensus-col-status = Statut
consensus-col-consensus = Consensus
consensus-col-statement = Avis
consensus-select-item = Sélectionner { $city } { $measurement }
consensus-status-open = notes manquantes
consensus-status-agreed = accord
consensus-status-disagreement = désaccord
consensus-status-moderation = arbitrage
consensus-status-moderated = arbitré
consensus-own-item-short = vous l’évaluez : le Secrétariat arbitre
consensus-statement-written = rédigé
consensus-statement-missing = manquant
consensus-close-rounds-hint = Les éléments en tour de révision peuvent être sélectionnés ci-dessus et leur tour clos dès maintenant, comme à son échéance.
consensus-close-rounds = Clore le tour de révision des éléments sélectionnés

consensus-score-method = { $score } ({ $method })
consensus-item-title = { $city } : { $measurement } { $name }
consensus-item-nav = Les éléments du groupe
consensus-item-previous = ← Élément précédent
consensus-item-next = Élément suivant →
consensus-item-position = Élément { $position } sur { $total } du groupe
consensus-fact-status = Statut
consensus-fact-median = Médiane actuelle
consensus-fact-consensus = Consensus
consensus-fact-rationale = Motivation
consensus-narrative = Le rapport de la ville pour cette mesure
consensus-no-narrative = Aucun texte descriptif.
consensus-ratings-heading = Notes de chaque tour
consensus-col-reviewer = Évaluateur
consensus-col-round = Tour
consensus-col-score = Note
consensus-col-justification = Justification
consensus-set-aside = (écartée : conflit d’intérêts)
consensus-own-item = Vous évaluez cet élément : vous en voyez les notes dès que vous avez soumis la vôtre pour le tour, et c’est le Secrétariat, et non vous, qui en fixe le consensus s’il fait l’objet d’un arbitrage.
consensus-reopen-heading = Rouvrir une note soumise
consensus-reopen-intro = Une note soumise est définitive pour son tour. Pour permettre à un évaluateur de corriger une erreur, rouvrez-la : elle redevient un brouillon et l’évaluateur est informé du motif.
consensus-reopen-reviewer = Évaluateur
consensus-reopen-reason = Motif
consensus-reopen-reason-hint = (communiqué à l’évaluateur ; au moins 10 caractères)
consensus-reopen-button = Rouvrir la note
consensus-moderation-heading = Arbitrage
consensus-moderation-intro = Les notes divergent encore après le dernier tour de révision : fixez la note de consensus, en indiquant votre motivation.
consensus-moderation-score = Note
consensus-moderation-rationale = Motivation
consensus-moderation-button = Fixer le consensus
consensus-statement-heading = Avis à l’intention de la ville
consensus-statement-label = Avis
consensus-statement-hint = (la ville le lit avec sa note)
consensus-statement-save = Enregistrer l’avis
consensus-statement-save-next = Enregistrer et passer à l’élément suivant sans avis

consensus-forbidden-queue = Cette page est réservée aux président(e)s de groupe et au Secrétariat.
consensus-forbidden-item-page = Cette page est réservée au/à la président(e) du groupe et au Secrétariat.
consensus-forbidden-change = Cette action est réservée au/à la président(e) du groupe et au Secrétariat.
consensus-choose-score = Choisissez une note.
consensus-choose-reviewer = choisissez un évaluateur
consensus-set = Le consensus est fixé.
consensus-statement-saved = L’avis est enregistré.
consensus-statement-saved-last = L’avis est enregistré. Tous les éléments suivants du groupe ont déjà le leur.
consensus-reopened = La note est rouverte ; l’évaluateur est informé du motif.

consensus-agreement-title = Concordance
consensus-agreement-heading = Concordance entre les évaluateurs
consensus-alpha-first = Alpha de Krippendorff (ordinal), premier tour
consensus-alpha-final = Alpha de Krippendorff (ordinal), final
consensus-exact-agreement = Concordance exacte, premier tour
consensus-adjacent-agreement = Concordance adjacente (à un point près)
consensus-not-available = n.d.
consensus-alpha-per-panel = Alpha par groupe (notes finales)
consensus-alpha-chart-title = Concordance par groupe
consensus-alpha-chart-description = Alpha de Krippendorff (ordinal) des notes finales, de 0 (hasard) à 1 (concordance parfaite)
consensus-distribution-heading = Répartition des notes par mesure (premier tour)
consensus-distribution-caption = Notes du premier tour par mesure (de 1 { $poor } à 5 { $excellent })
consensus-deviation-heading = Écart de chaque expert par rapport au consensus
consensus-deviation-intro = Réservé au Secrétariat. Positif : plus indulgent que le consensus ; négatif : plus sévère.
consensus-col-expert = Expert
consensus-col-mean-deviation = Écart moyen
consensus-col-mean-absolute-deviation = Écart absolu moyen
consensus-col-items = Éléments
