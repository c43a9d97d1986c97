## Côté expert : ses évaluations, la page d’évaluation d’un lot avec les formulaires de notation, la
## discussion d’un élément, ses évaluations passées et le guide de notation d’un cycle.

reviews-home-title = Vos évaluations
reviews-home-empty = Vous n’avez aucune évaluation à effectuer pour le moment. Lorsqu’un cycle auquel vous êtes affecté(e) entre en phase d’évaluation, vos villes et vos groupes apparaissent ici avec leur échéance.
reviews-table-scroll = Tableau (défilement horizontal sur un écran étroit)
reviews-col-city = Ville
reviews-col-panel = Groupe
reviews-col-cycle = Cycle
reviews-col-round = Tour
reviews-col-submitted = Soumises
reviews-col-deadline = Échéance
reviews-col-measurement = Mesure
reviews-col-your-rating = Votre note
reviews-col-consensus = Consensus
reviews-progress = { $rated } sur { $total }
reviews-round-first = Premières notes
reviews-round-revision = Révision (tour { $round })

reviews-chaired-heading = Groupes que vous présidez
reviews-chaired-count = { $status } :
reviews-chaired-to-moderate =
    { $count ->
        [one] { $count } élément en attente de votre arbitrage
       *[other] { $count } éléments en attente de votre arbitrage
    }
reviews-chaired-write = Rédiger les avis ({ $count } à rédiger)
reviews-chaired-all-written = Chaque élément tranché a son avis.
reviews-chaired-all-items = Tous les éléments du groupe
reviews-link-history = Vos évaluations passées
reviews-link-profile = Votre profil
reviews-link-framework = Le cadre

reviews-discussion-heading = Discussion
reviews-discussion-intro = Entre les évaluateurs de l’élément et le/la président(e) du groupe, désignés par leur rôle, jamais par leur nom. La ville ne la voit jamais.
reviews-discussion-empty = Aucun commentaire pour le moment.
reviews-comment-round = tour { $round }
reviews-comment-label = Votre commentaire
reviews-comment-add = Ajouter le commentaire
reviews-comment-added = Votre commentaire a été ajouté.
reviews-comment-not-added = Commentaire non ajouté : { $message }

reviews-bundle-heading = { $city } : { $panel }
reviews-deadline = Échéance :
reviews-instructions-after-deadline = . Notez chaque mesure d’après le rapport de la ville, de 5 { $excellent } à 1 { $poor }, avec une justification d’au moins { $min } { $min ->
        [one] caractère
       *[other] caractères
    } pour pouvoir la soumettre (un brouillon peut être plus court). Vous voyez les notes des autres évaluateurs une fois la vôtre soumise.
reviews-guidance-link = Ce que signifie chaque note, pour chaque mesure du cycle
reviews-drafts-kept = Les brouillons sont conservés au fil de la saisie (dans ce navigateur, et sur le serveur dès qu’une note est choisie) ; vous êtes averti(e) avant de quitter une page dont le texte n’est pas enregistré.
reviews-rating-closed = La notation est close pour ce tour.
reviews-city-report = Le rapport de la ville
reviews-no-narrative = Aucun texte descriptif.
reviews-last-cycle = Cycle { $cycle } : { $score } { $label }
reviews-last-statement = Avis du groupe :
reviews-last-action-plan = Plan d’action de la ville :
reviews-last-action-plan-none = aucun
reviews-self-rating = Auto-évaluation de la ville : { $score } { $label }
reviews-your-rating = Votre note
reviews-your-rating-revision = — révision, tour { $round }
reviews-you-are = (vous êtes { $label })
reviews-previous-rating = Votre note du tour { $round } : { $score } { $label }
reviews-previous-hint = Le formulaire part de cette note : conservez-la ou révisez-la, et motivez votre choix pour ce tour.
reviews-saved-version = La version actuellement enregistrée (modifiée ailleurs) : { $score } { $label }
reviews-saved-version-hint = Le formulaire ci-dessous conserve ce que vous avez saisi : soumettez-le pour remplacer la version enregistrée, ou copiez ce dont vous avez besoin.
reviews-guidance-summary = Ce que signifie chaque note pour cette mesure
reviews-item-submitted = Note soumise. Vous pouvez encore la modifier jusqu’à l’échéance.
reviews-item-closed = Cet élément ne peut pas être noté pour le moment : il est tranché, ou il attend les révisions des autres évaluateurs.
reviews-score = Note
reviews-justification = Justification
reviews-justification-hint = (au moins { $min } { $min ->
        [one] caractère
       *[other] caractères
    })
reviews-confidence = Degré de confiance
reviews-confidence-hint = (facultatif)
reviews-confidence-low = faible
reviews-confidence-medium = moyen
reviews-confidence-high = élevé
reviews-save-draft = Enregistrer le brouillon
reviews-submit = Soumettre
reviews-others-heading = Les autres évaluateurs
reviews-other-rating = { $reviewer } : { $score } { $label }
reviews-not-revised-yet = { $reviewer } (tour { $round }, pas encore révisée)

reviews-rating-submitted = Votre note est soumise.
reviews-draft-saved = Brouillon enregistré.
reviews-choose-score = Choisissez une note.
reviews-choose-score-field = choisissez une note
reviews-rate-forbidden = Seuls les évaluateurs de l’élément peuvent le noter.
reviews-not-saved = Non enregistré : { $message }

reviews-js-restored = Votre brouillon non enregistré a été rétabli depuis ce navigateur.
reviews-js-kept = Conservé dans ce navigateur ; choisissez une note pour enregistrer le brouillon.
reviews-js-saving = Enregistrement…
reviews-js-not-saved-status = Non enregistré ({ $status }) : rechargez la page ; votre texte est conservé dans ce navigateur.
reviews-js-offline = Non enregistré (pas de connexion) ; conservé dans ce navigateur.

reviews-history-title = Vos évaluations passées
reviews-history-intro = Votre dernière note pour chaque élément que vous avez évalué dans les cycles publiés, à côté du consensus atteint par le groupe. Vous seul(e) voyez cette page.
reviews-history-empty = Rien pour le moment : vos évaluations apparaissent ici une fois leur cycle publié.
reviews-history-justification = Votre justification
reviews-history-mine = { $score } { $label } (tour { $round })
reviews-history-forbidden = Cette page présente à un expert ses propres évaluations passées.

reviews-guidance-page-title = Guide de notation — { $cycle }
reviews-guidance-heading = Guide de notation
reviews-guidance-intro = Ce que signifie chaque note pour chaque mesure de ce cycle. Là où le Secrétariat n’a rien rédigé, le texte par défaut du service s’applique (signalé « par défaut »).
reviews-guidance-edit-hint = Rédigez le texte d’un niveau pour remplacer le texte par défaut dans ce cycle ; videz un champ pour rétablir ce dernier. Les évaluateurs voient ce texte à côté de leur formulaire de notation.
reviews-guidance-default = (par défaut)
reviews-guidance-save = Enregistrer le guide de { $code }
reviews-guidance-saved = Le guide de { $code } est enregistré.
