## Review cycles: the secretariat's list and cycle page, the confirmation steps of its actions,
## and the messages of the report editor's forms.

cycles-title = Cycles d’évaluation
cycles-none = Aucun cycle pour le moment.
cycles-table-scroll = Tableau (défilement horizontal sur un écran étroit)
cycles-list-separator = {", "}
cycles-clause-separator = {" ; "}
cycles-progress-of = { $done } sur { $total }

## The list of cycles and the form of a new one.

cycles-col-cycle = Cycle
cycles-col-state = État
cycles-col-reports-submitted = Rapports soumis
cycles-submission-deadline = Échéance de soumission
cycles-review-deadline = Échéance de l’évaluation
cycles-reconciliation-deadline = Échéance de la conciliation
cycles-new = Ouvrir un nouveau cycle
cycles-name = Nom
cycles-participating-cities = Villes participantes
cycles-register-cities-first = Enregistrez d’abord des villes.
cycles-panel-size-new = Experts par ville et par groupe
cycles-panel-size-new-hint = (de 2 à 7 ; 3 si le champ est vide)
cycles-edition = Édition du cadre
cycles-edition-default = (par défaut)
cycles-deadlines = Échéances
cycles-deadlines-hint = (date et heure selon le fuseau { $zone } ; facultatif)
cycles-open-as-draft = Ouvrir le cycle (à l’état de brouillon)

## The cycle page.

cycles-framework = Cadre
cycles-experts-per-bundle = Experts par lot
cycles-reports-submitted-progress = Rapports soumis :
cycles-out-of-review = Hors évaluation :
cycles-out-of-review-cities = { $cities }. Leur rapport n’avait pas été soumis au début de l’évaluation (ou a été renvoyé) : il ne fait pas partie de l’évaluation de ce cycle, et ses données provisoires n’apparaissent jamais sur le profil de la ville.
cycles-short-bundles =
    { $count ->
        [one] { $count } lot compte moins d’experts que le nombre prévu. Complétez-le sur la page d’affectation, ou lancez l’évaluation sans le compléter :
       *[other] { $count } lots comptent moins d’experts que le nombre prévu. Complétez-les sur la page d’affectation, ou lancez l’évaluation sans les compléter :
    }
cycles-start-short = Lancer l’évaluation avec les lots incomplets
cycles-short-why = Motif
cycles-short-why-hint = (au moins 10 caractères ; consigné dans le journal d’audit)
cycles-move-to = Passer à l’état : { $state }
cycles-close-rounds-text = Clore dès maintenant tous les tours de révision en cours, comme à leur échéance : les évaluateurs qui n’ont pas soumis de nouvelle note conservent leur note précédente.
cycles-close-rounds = Clore les tours de révision maintenant
cycles-link-assignment = Affectation des experts
cycles-link-guidance = Guide de notation
cycles-link-reconciliation = Conciliation
cycles-link-agreement = Concordance des notes
cycles-link-ratings-csv = Toutes les notes (CSV, avec le nom des évaluateurs)
cycles-ratings = Notes
cycles-ratings-submitted-progress = Notes soumises :
cycles-by-panel = Par groupe
cycles-by-city = Par ville
cycles-behind = Experts ayant encore des notes à soumettre
cycles-behind-expert = { $name } : { $count }
cycles-remind-now = Leur envoyer un rappel par courriel maintenant
cycles-extensions = Prolongations individuelles du tour en cours
cycles-extensions-none = Aucune.
cycles-extension-until = { $name } : jusqu’au { $until }
cycles-extension-withdraw = Retirer
cycles-extension-expert = Expert
cycles-extension-until-label = Peut noter jusqu’au
cycles-extension-give = Accorder cette prolongation
cycles-change = Modifier le cycle
cycles-deadlines-in = Échéances, selon le fuseau { $zone }
cycles-zone = Fuseau horaire de ces champs
cycles-panel-size-hint = (de 2 à 7)
cycles-min-justification = Longueur minimale de la justification d’une note soumise
cycles-min-justification-hint = (en caractères)
cycles-max-spread = Les notes concordent lorsque leur écart ne dépasse pas
cycles-revision-rounds = Tours de révision avant arbitrage
cycles-conflict-same-country = Les experts n’évaluent pas les villes de leur propre pays
cycles-save = Enregistrer les modifications

## The cycle page: its cities and their reports, its panels.

cycles-cities = Villes et rapports
cycles-col-city = Ville
cycles-col-report = Rapport
cycles-filter-any = tous
cycles-order = Ordre
cycles-order-name = par nom
cycles-order-state = par état du rapport
cycles-order-submitted = les plus récemment soumis d’abord
cycles-filter-show = Afficher
cycles-cities-shown =
    { $shown ->
        [one] { $shown } ville affichée sur { $total }.
       *[other] { $shown } villes affichées sur { $total }.
    }
cycles-col-select = Sélection
cycles-select-city = Sélectionner { $city }
cycles-col-submitted = Soumis le
cycles-col-figures = Données chiffrées
cycles-col-action-plan = Plan d’action
cycles-col-actions = Actions
cycles-figures-to-check = { $count } à vérifier
cycles-figures-queried = { $count } faisant l’objet d’une question
cycles-figures-verified =
    { $count ->
        [one] { $count } vérifiée
       *[other] { $count } vérifiées
    }
cycles-answered = { $answered } sur { $total } prises en compte
cycles-return-message = Renvoyer pour correction, avec un message :
cycles-return = Renvoyer
cycles-bulk = Pour les villes sélectionnées
cycles-bulk-remind = Leur rappeler de soumettre leur rapport (celles qui ne l’ont pas encore soumis)
cycles-bulk-return = Renvoyer leurs rapports soumis pour correction
cycles-bulk-message = Message
cycles-bulk-message-hint = (en cas de renvoi : ce qu’il faut corriger)
cycles-bulk-continue = Continuer
cycles-panels = Groupes d’experts
cycles-col-panel = Groupe
cycles-col-measurements = Mesures
cycles-col-members = Membres

## What moving a cycle on will do (the confirmation step), and what it did.

cycles-confirm-collecting-told =
    { $count ->
        [one] { $count } ville participante est informée par courriel que le cycle est ouvert pour recevoir son rapport.
       *[other] Les { $count } villes participantes sont informées par courriel que le cycle est ouvert pour recevoir leur rapport.
    }
cycles-confirm-collecting-write = Les villes peuvent alors rédiger et soumettre leur rapport.
cycles-confirm-reviewing-out = Les rapports non soumis à ce stade ({ $missing } sur { $total }) sont exclus de l’évaluation.
cycles-confirm-reviewing-locked = Les rapports soumis sont verrouillés ; les experts affectés commencent à noter.
cycles-confirm-reconciling-rule = Les notes du premier tour sont réglées selon la règle : les éléments concordants obtiennent leur note de consensus.
cycles-confirm-reconciling-revision = Les éléments discordants passent à un tour de révision, et leurs évaluateurs en sont informés par courriel.
cycles-confirm-reconciling-closed = Les experts ne peuvent plus soumettre de notes du premier tour.
cycles-confirm-published-profiles = Chaque note de consensus et chaque avis sont publiés sur le profil de la ville concernée.
cycles-confirm-published-told =
    { $count ->
        [one] Les utilisateurs de { $count } ville sont informés par courriel.
       *[other] Les utilisateurs des { $count } villes sont informés par courriel.
    }
cycles-confirm-published-final = Les notes, le consensus et les avis ne peuvent plus être modifiés.
cycles-confirm-archived = Le cycle passe en lecture seule ; ses résultats publiés restent sur les profils.
cycles-move-confirm-title = Faire passer « { $cycle } » à l’état : { $state }
cycles-move-confirm-button = Oui, passer à l’état : { $state }
cycles-moved = Le cycle est désormais à l’état : { $state }.
cycles-cannot-move = Le cycle ne peut pas passer à l’étape suivante : { $reason }.
cycles-cannot-move-invalid = Le cycle ne peut pas passer à l’étape suivante : { $reason }
cycles-unknown-state = état inconnu

## Creating and changing a cycle: what the forms refuse, and what was done.

cycles-deadline-unreadable = { $field } : « { $raw } » n’est pas une date et une heure (2026-12-31T17:00)
cycles-date-unreadable = « { $raw } » n’est pas une date et une heure (2026-12-31T17:00)
cycles-field-submission-deadline = l’échéance de soumission
cycles-field-review-deadline = l’échéance de l’évaluation
cycles-field-reconciliation-deadline = l’échéance de la conciliation
cycles-panel-size-invalid = nombre d’experts par lot : un nombre entier de 2 à 7
cycles-whole-number = un nombre entier
cycles-opened = Le cycle « { $cycle } » a été ouvert à l’état de brouillon.
cycles-changed = Le cycle est modifié ; les personnes concernées en sont informées.
cycles-not-changed = Aucune modification : { $reason }
cycles-choose-expert = choisissez un expert
cycles-say-until-when = indiquez jusqu’à quand
cycles-extension-given = La prolongation est accordée ; l’expert en est informé.
cycles-no-extension = Aucune prolongation : { $reason }
cycles-extension-withdrawn = La prolongation est retirée ; l’expert en est informé.

## Closing revision rounds early (reconciliation).

cycles-close-confirm-title = Clore des tours de révision de « { $cycle } »
cycles-close-confirm-selected =
    { $count ->
        [one] Le tour de révision de { $count } élément sélectionné est clos dès maintenant, comme à son échéance.
       *[other] Les tours de révision des { $count } éléments sélectionnés sont clos dès maintenant, comme à leur échéance.
    }
cycles-close-confirm-all = Tous les tours de révision en cours du cycle sont clos dès maintenant, comme à leur échéance.
cycles-close-confirm-previous = Les évaluateurs qui n’ont pas soumis de nouvelle note conservent leur note précédente ; la règle s’applique de nouveau, et les éléments encore discordants passent en arbitrage.
cycles-close-confirm-button = Oui, les clore maintenant
cycles-items-settled =
    { $count ->
        [one] { $count } élément réglé.
       *[other] { $count } éléments réglés.
    }

## Reminders to experts.

cycles-remind-confirm =
    { $count ->
        [one] { $count } expert ayant encore des notes à soumettre reçoit maintenant un rappel par courriel :
       *[other] { $count } experts ayant encore des notes à soumettre reçoivent maintenant un rappel par courriel :
    }
cycles-remind-confirm-expert =
    { $count ->
        [one] { $name } : { $count } note à soumettre
       *[other] { $name } : { $count } notes à soumettre
    }
cycles-remind-confirm-title = Relancer les experts de « { $cycle } »
cycles-remind-confirm-button = Oui, envoyer les rappels
cycles-reminders-queued =
    { $count ->
        [one] { $count } rappel mis en file d’attente.
       *[other] { $count } rappels mis en file d’attente.
    }
cycles-remind-not-in-review = Les rappels ne sont envoyés que pendant la phase d’évaluation du cycle.

## Actions on the selected cities of a cycle.

cycles-bulk-select-first = Sélectionnez d’abord au moins une ville.
cycles-bulk-remind-title = Relancer les villes sélectionnées
cycles-bulk-remind-confirm = Les utilisateurs de ces villes reçoivent un rappel leur demandant de soumettre leur rapport, s’il ne l’est pas encore :
cycles-bulk-return-title = Renvoyer les rapports sélectionnés
cycles-bulk-return-confirm = Les rapports soumis par ces villes leur sont renvoyés pour correction, avec votre message « { $message } » :
cycles-bulk-choose-action = choisissez l’action à appliquer aux villes sélectionnées
cycles-bulk-confirm-button =
    { $count ->
        [one] Oui, pour { $count } ville
       *[other] Oui, pour { $count } villes
    }
cycles-bulk-nobody-to-remind = Aucune des villes sélectionnées n’a de rapport encore à soumettre.
cycles-bulk-reminded = Rappel envoyé : { $cities }.
cycles-bulk-returned = Renvoyés : { $cities }.
cycles-bulk-not-returned = Non renvoyés : { $cities }.
cycles-bulk-refused-city = { $city } ({ $reason })
cycles-report-returned = Le rapport a été renvoyé à la ville avec votre message.

## The report editor's forms: saving, submitting, checking and answering about figures.

cycles-only-city-writes = Seuls les utilisateurs de la ville peuvent rédiger son rapport.
cycles-only-city-answers = Seuls les utilisateurs de la ville peuvent répondre aux questions sur ses données.
cycles-draft-saved-except =
    { $count ->
        [one] Le brouillon est enregistré, à l’exception de { $count } point signalé ci-dessous.
       *[other] Le brouillon est enregistré, à l’exception des { $count } points signalés ci-dessous.
    }
cycles-draft-saved-except-not-submitted =
    { $count ->
        [one] Le brouillon est enregistré, à l’exception de { $count } point signalé ci-dessous ; il n’est pas soumis.
       *[other] Le brouillon est enregistré, à l’exception des { $count } points signalés ci-dessous ; il n’est pas soumis.
    }
cycles-draft-saved = Brouillon enregistré.
cycles-report-submitted = Votre rapport a été soumis. Nous vous en remercions.
cycles-draft-saved-not-submitted = Le brouillon est enregistré, mais n’est pas soumis : { $reason }.
cycles-figure-verified = La donnée { $code } est marquée comme vérifiée.
cycles-figure-queried = Votre question sur la donnée { $code } a été transmise à la ville.
cycles-answer-sent = Votre réponse sur la donnée { $code } a été transmise au Secrétariat.
cycles-year-not-a-number = l’année « { $year } » n’est pas un nombre
cycles-value-not-a-number = { $breakdown } : « { $value } » n’est pas un nombre
cycles-not-a-source = « { $source } » n’est pas une source
cycles-own-rating-not-a-score = l’auto-évaluation de la ville « { $rating } » n’est pas une note valide

cycles-affinity-legend = Ce que pèse l’affectation
cycles-affinity-hint = Chaque poids va de 0 à 10. L’affinité d’un expert pour le groupe d’une ville est la moyenne pondérée de : la part des domaines d’action du groupe dans ses compétences ; la connaissance de la région de la ville ; la lecture de la langue du rapport en langue maternelle ; et, sauf si la continuité est désactivée, le fait d’avoir (ou non) évalué la ville lors de son cycle précédent.
cycles-weight-expertise = Compétences dans les domaines d’action du groupe
cycles-weight-region = Connaît la région de la ville
cycles-weight-native-language = Lit la langue du rapport en langue maternelle
cycles-weight-continuity = Continuité avec le cycle précédent
cycles-continuity = Évaluateurs du cycle précédent de la ville
cycles-affinity-summary = compétences { $expertise }, région { $region }, langue maternelle { $native } ; évaluateurs précédents : { $continuity }
