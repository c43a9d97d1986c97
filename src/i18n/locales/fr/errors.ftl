## Qui peut faire quoi, et les contrôles propres à l’application.

error-secretariat-only = seul le Secrétariat peut effectuer cette opération
error-actions-own-city-only = seuls les utilisateurs de la ville rédigent son plan d’action
# $code: a measurement's code
error-actions-no-score = { $code } n’a pas de note publiée dans ce cycle
error-cities-register-forbidden = votre rôle ne permet pas de consulter le registre des villes
error-cities-institutions-forbidden = les institutions d’une ville sont enregistrées par ses utilisateurs et par le Secrétariat
error-experts-profiles-forbidden = les profils des experts sont réservés au Secrétariat et aux experts
error-experts-conflict-reason = indiquez le motif, en 1 à 1000 caractères
# $value: what was typed
error-experts-city-unknown = aucune ville du réseau ne s’appelle « { $value } » ; laissez ce champ vide si votre ville ne fait pas partie du réseau
# $name: a city's name; IE is an example of a country code
error-experts-city-ambiguous = plusieurs villes s’appellent « { $name } » : ajoutez le code de son pays, par exemple « { $name }, IE »
error-profile-forbidden = le profil d’une ville est réservé à ses utilisateurs et au Secrétariat

## L’affectation des experts. $expert, $user : le numéro d’une personne ; $state : l’état d’un cycle (error-cycle-state-…).

error-assignment-not-collecting = l’affectation s’effectue pendant la collecte des rapports ; le cycle est à l’état « { $state } »
error-assignment-no-proposal = il n’y a aucune proposition à confirmer ; lancez d’abord l’affectation
error-assignment-expert-twice = un expert figure deux fois dans la liste
# $count: the experts given
error-assignment-panel-size =
    taille du groupe : un lot compte au plus { $max } experts, et non { $count ->
        [one] { $count } expert
       *[other] { $count } experts
    }
# $panel: a panel's name
error-assignment-not-member = groupe : l’utilisateur { $user } n’est pas membre du groupe « { $panel } »
error-assignment-no-profile = profil : l’expert { $expert } n’a pas encore de profil
# $city: a city's name; $conflict: one of error-conflict-…
error-assignment-conflict = conflit d’intérêts : l’expert { $expert } ne peut pas évaluer { $city } ({ $conflict })
# $language: a language code (fr)
error-assignment-language = langue : l’expert { $expert } ne lit pas la langue du rapport ({ $language })
# $count: the expert's capacity
error-assignment-capacity =
    capacité : l’expert { $expert } a déjà { $count ->
        [one] { $count } lot
       *[other] { $count } lots
    }, soit sa capacité
error-assignment-frozen = l’affectation ne peut plus être modifiée : le cycle est à l’état « { $state } »
error-assignment-none = aucune affectation n’est en vigueur
error-assignment-no-bundle = l’expert { $expert } n’a aucun lot dans ce cycle
error-conflict-home-city = sa propre ville
error-conflict-same-country = même pays
error-conflict-same-institution = même institution
error-conflict-declared = conflit déclaré

## La conciliation : tours de révision, arbitrage, avis, statistiques de concordance.

error-consensus-close-not-reconciling = les tours de révision se clôturent pendant la conciliation ; le cycle est à l’état « { $state } »
# $item: an item's id number
error-consensus-item-unknown = l’élément { $item } n’est pas un élément en cours d’évaluation de ce cycle
error-consensus-chairs-only = seuls les président(e)s de groupe et le Secrétariat procèdent à la conciliation
error-consensus-chair-only = seuls le/la président(e) du groupe et le Secrétariat peuvent effectuer cette opération
error-consensus-own-item = vous avez évalué cet élément : c’est le Secrétariat qui l’arbitre, afin que personne ne tranche sur sa propre note
error-consensus-set-aside = Écartée
error-consensus-not-in-moderation = seul un élément encore en désaccord après son dernier tour de révision fait l’objet d’un arbitrage
error-consensus-feedback-closed = les avis se rédigent pendant l’évaluation ou la conciliation ; le cycle est à l’état « { $state } »
error-consensus-agreement-forbidden = les statistiques de concordance sont réservées aux président(e)s de groupe et au Secrétariat
error-consensus-agreement-too-early = les président(e)s de groupe consultent les statistiques de concordance de leurs groupes à partir de la conciliation ; le cycle est à l’état « { $state } »

## Les cycles d’évaluation. $state : l’état d’un cycle (error-cycle-state-…).

error-cycles-secretariat-only = seul le Secrétariat gère les cycles d’évaluation
# $value: the edition asked for; $editions: the editions' names
error-cycles-edition-unknown = il n’existe pas d’édition du cadre « { $value } » ; les éditions disponibles sont : { $editions }
error-cycles-short-bundles-reason = indiquez pourquoi les lots incomplets peuvent passer à l’évaluation (10 caractères au moins)
error-cycles-city-twice = une ville figure deux fois dans la liste
# $id, $city: a city's id number
error-cycles-city-unknown = il n’existe aucune ville portant le numéro { $id }
error-cycles-edition-frozen = l’édition du cadre se choisit lorsque le cycle est à l’état de brouillon ; il est à l’état « { $state } », et ses rapports suivent l’édition qui est la sienne
error-cycles-city-submitted = la ville { $city } a soumis son rapport : renvoyez-le d’abord, ou maintenez la ville dans le cycle
error-cycles-remind-closed = les rappels sont envoyés lorsque des notes sont attendues (évaluation ou conciliation) ; le cycle est à l’état « { $state } »

## Comptes, jetons d’API, préférences. $value : ce qui a été saisi.

error-users-own-tokens-only = chacun émet uniquement ses propres jetons
error-users-token-label = un libellé de 100 caractères au plus
error-users-token-lifetime = un jeton est valable de 1 à 365 jours
error-users-token-reason = indiquez pourquoi vous émettez un jeton pour une autre personne (10 caractères au moins) : cette opération est consignée dans le journal d’audit
error-users-token-disabled = ce compte est désactivé : réactivez-le avant d’émettre un jeton
error-users-disable-self = Vous ne pouvez pas désactiver votre propre compte.
error-users-language = « { $value } » n’est pas une langue du service ; utilisez ar, zh, en, fr, ru ou es
error-users-time-zone = « { $value } » n’est pas un fuseau horaire ; utilisez un nom IANA tel que Europe/Paris
error-users-mail-digest = « { $value } » n’est pas un choix possible : utilisez immediate (un message par événement) ou daily (un récapitulatif par jour)

## Les rapports des villes et la vérification de leurs données chiffrées. $state : l’état d’un cycle.

error-reports-own-city-only = seuls les utilisateurs de la ville rédigent son rapport
error-reports-not-collecting = les rapports ne peuvent être modifiés que pendant leur collecte ; le cycle est à l’état « { $state } »
error-reports-locked = le rapport est soumis et verrouillé ; le Secrétariat peut le renvoyer pour correction
# $codes: measurements' codes (3.1.1.a, 3.1.2.a)
error-reports-narratives-missing = il manque un texte descriptif pour : { $codes }
error-reports-language-missing = indiquez la langue dans laquelle le rapport est rédigé
error-reports-already-submitted = le rapport est déjà soumis
error-reports-return-message = indiquez ce que la ville doit corriger (1 à 5000 caractères)
error-reports-return-not-submitted = seul un rapport soumis peut être renvoyé
# $code: a statistic's code
error-reports-no-figure = le rapport ne donne aucune donnée pour { $code }

## Les notes des experts. $state : l’état d’un cycle.

error-reviews-reviewers-only = seuls les évaluateurs de l’élément peuvent le noter
error-reviews-confidence = « { $value } » n’est pas un degré de confiance ; utilisez low, medium ou high
error-reviews-no-round = cet élément ne peut pas être noté pour le moment : les notes se donnent pendant l’évaluation, et les révisions uniquement pour les éléments soumis à un tour de révision (le cycle est à l’état « { $state } »)
error-reviews-deadline-passed = l’échéance de ce tour est passée ; le Secrétariat peut vous accorder une prolongation personnelle
error-reviews-not-a-reviewer = cette personne n’évalue pas cet élément
error-reviews-reopen-closed = seule une note d’un tour encore ouvert peut être rouverte
error-reviews-reopen-not-submitted = cet évaluateur n’a pas soumis de note pour ce tour : il n’y a rien à rouvrir

## Le guide de notation et la discussion d’un élément.

error-guidance-forbidden = le guide de notation est réservé aux experts du cycle et au Secrétariat
error-guidance-frozen = le cycle est à l’état « { $state } » : son guide de notation reste tel que l’évaluation l’a utilisé
# $level: 1 to 5; $label: the scale's word for it (Very good); $problem: what is wrong with the text
error-guidance-level = niveau { $level } ({ $label }) : { $problem }
error-guidance-level-twice = le niveau { $level } ({ $label }) est indiqué deux fois
error-discussion-closed = la discussion est ouverte lorsque l’élément fait l’objet d’un tour de révision ou attend un arbitrage

## Les textes libres : leur nom dans un message, et leurs limites.

# Sujets des deux messages qui suivent.
error-text-action = l’action
error-text-answer = la réponse
error-text-comment = le commentaire
error-text-guidance = le texte du guide
error-text-label = le libellé
error-text-message = le message
error-text-question = la question
error-text-rationale = la motivation de l’arbitrage
error-text-reason = le motif
error-text-statement = l’avis
error-text-control = { $what } ne doit pas contenir de caractères de contrôle
error-text-length =
    { $what } doit compter de { $min } à { $max } caractères ({ $count ->
        [one] { $count } caractère actuellement
       *[other] { $count } caractères actuellement
    })

# Textes d’une ligne (noms), sujets des trois messages qui suivent.
error-text-city-name = le nom de la ville
error-text-cycle-name = le nom du cycle
error-text-institution = l’institution
error-text-institution-name = le nom de l’institution
error-text-name = le nom
error-line-empty = { $what } est obligatoire
error-line-too-long = { $what } compte au plus { $max } caractères
error-line-control = { $what } doit tenir sur une seule ligne, sans caractères de contrôle

## Les personnes : rôles, adresses électroniques, comptes.

error-role-unknown = « { $value } » n’est pas un rôle ; utilisez secretariat, expert ou city
error-email-too-long = une adresse électronique compte au plus 254 caractères
error-email-invalid = « { $value } » n’est pas une adresse électronique valide ({ $reason })
error-email-no-dot = « { $value } » n’est pas une adresse électronique valide (son domaine ne contient pas de point)
error-city-user-needs-city = un utilisateur de ville doit avoir un city_id : la ville qu’il coordonne
error-city-only-city-users =
    seuls les utilisateurs de ville sont rattachés à une ville ; un utilisateur { $role ->
        [secretariat] du Secrétariat
       *[other] expert
    } ne prend pas de city_id

## Les villes : pays, régions, langues, institutions. $value : ce qui a été saisi.

error-country-code = « { $value } » n’est pas un code de pays ISO 3166-1 alpha-2 (tel que CN, BR, DE)
error-country-code-or-name = « { $value } » n’est ni un code ISO 3166-1 alpha-2 (tel que KR, MA) ni le nom d’un pays tel que l’ONU l’écrit
error-region-unknown = « { $value } » n’est pas une région de l’UNESCO ; utilisez l’une des suivantes : { $regions }
error-language-code = « { $value } » n’est pas un code de langue ISO 639-1 (tel que en, fr, zh)
error-languages-empty = au moins une langue est requise
error-language-twice = la langue « { $code } » figure deux fois dans la liste
error-institution-twice = { $name } figure deux fois dans la liste
error-institutions-too-many = { $max } institutions au plus, et non { $count }

## Les cycles d’évaluation : états, transitions, échéances, paramètres.

# L’état d’un cycle tel qu’un message le nomme (« le cycle est à l’état « { $state } » »).
error-cycle-state-draft = brouillon
error-cycle-state-collecting = collecte des rapports
error-cycle-state-reviewing = évaluation
error-cycle-state-reconciling = conciliation
error-cycle-state-published = publié
error-cycle-state-archived = archivé

error-transition-already = le cycle est déjà à l’état « { $state } »
error-transition-only-next = un cycle à l’état « { $from } » ne peut passer qu’à l’état « { $next } », et non à l’état « { $to } »
error-transition-final = un cycle à l’état « { $state } » ne peut plus changer
error-transition-no-city = aucune ville ne participe au cycle
error-transition-no-measurement = aucune mesure relevant de l’évaluation par les experts n’est attribuée à un groupe
error-transition-no-report = aucune ville n’a encore soumis son rapport
error-transition-no-assignment = l’évaluation nécessite une affectation confirmée des experts ; lancez-en une et confirmez-la d’abord
error-transition-reports-unassigned =
    { $count ->
        [one] { $count } rapport soumis n’est pas couvert
       *[other] { $count } rapports soumis ne sont pas couverts
    } par l’affectation confirmée ; relancez-la et confirmez-la à nouveau
error-transition-bundles-unfilled =
    { $count ->
        [one] { $count } lot compte moins d’experts que la taille du groupe : complétez-le manuellement sur la page d’affectation, ou acceptez-le incomplet en indiquant un motif (ses éléments seront arbitrés s’ils finissent avec moins de deux notes)
       *[other] { $count } lots comptent moins d’experts que la taille du groupe : complétez-les manuellement sur la page d’affectation, ou acceptez-les incomplets en indiquant un motif (leurs éléments seront arbitrés s’ils finissent avec moins de deux notes)
    }
error-transition-ratings-missing =
    { $count ->
        [one] { $count } élément n’a pas encore toutes ses notes
       *[other] { $count } éléments n’ont pas encore toutes leurs notes
    } du premier tour, et l’échéance de l’évaluation n’est pas passée
error-transition-consensus-missing =
    { $count ->
        [one] { $count } élément n’a pas encore de note de consensus
       *[other] { $count } éléments n’ont pas encore de note de consensus
    }
error-transition-feedback-missing =
    { $count ->
        [one] { $count } élément n’a pas encore d’avis pour la ville
       *[other] { $count } éléments n’ont pas encore d’avis pour la ville
    }

error-deadline-review-order = l’échéance de l’évaluation doit être postérieure à celle de la soumission
error-deadline-reconciliation-order = l’échéance de la conciliation doit être postérieure à celle de l’évaluation
error-deadline-gone =
    { $kind ->
        [submission] l’échéance de soumission
        [review] l’échéance de l’évaluation
       *[other] l’échéance de la conciliation
    } ne s’applique plus : le cycle est à l’état « { $state } », au-delà de cette phase
error-deadline-past = une nouvelle échéance ne peut pas se situer dans le passé ; choisissez un moment ultérieur
error-settings-frozen = la taille des groupes, les règles et la longueur minimale des justifications ne peuvent changer que jusqu’à la confirmation d’une affectation ; elles déterminent l’affectation et les notes déjà attribuées
error-cities-frozen = les villes rejoignent ou quittent un cycle uniquement lorsqu’il est à l’état de brouillon ou de collecte des rapports ; il est à l’état « { $state } »
error-extension-no-round = une prolongation personnelle concerne un tour de notation en cours (évaluation ou conciliation) ; le cycle est à l’état « { $state } »
error-extension-no-deadline =
    { $kind ->
        [review] le tour d’évaluation
       *[other] le tour de conciliation
    } n’a pas d’échéance : personne n’a besoin de prolongation
error-extension-too-early = une prolongation prend fin après l’échéance du tour ({ $deadline }) et dans le futur
error-panel-size-range = la taille d’un groupe va de 2 à 7 experts, et non { $value }
error-max-spread-range = l’écart maximal admis pour un accord va de 0 à 4, et non { $value }
error-revision-rounds-range = le nombre de tours de révision va de 0 à 3, et non { $value }
error-min-justification-range = la longueur minimale d’une justification va de 0 à 2000 caractères, et non { $value }

## Les profils des experts.

error-expertise-unknown = « { $code } » n’est pas un domaine d’action du cadre (tel que 3.1 ou 2.4)
error-expertise-twice = « { $code } » figure deux fois dans la liste
error-capacity-range = la capacité va de 0 à { $max } lots, et non { $value }

## La vérification des données chiffrées par le secrétariat.

error-figure-question = demandez à la ville ce qu’elle doit vérifier : { $problem }
error-figure-decision = « { $value } » n’est pas une décision : verified ou query
error-figure-cycle-archived = le cycle est archivé
error-figure-not-submitted = les données chiffrées sont vérifiées une fois le rapport soumis
error-figure-no-question = le Secrétariat n’a aucune question en suspens sur cette donnée

## Les mesures des groupes. $code : le code d’une mesure (3.1.1.a) ; $edition : le nom d’une édition du cadre.

error-panel-measurement-unknown = { $code } n’est pas une mesure de { $edition }
error-panel-measurement-statistic = { $code } est une statistique, et non une mesure relevant de l’évaluation par les experts
error-panel-measurement-taken = { $code } appartient déjà au groupe « { $panel } »
error-panel-measurement-twice = { $code } figure deux fois dans la liste

## Les notes et leurs justifications. $count : le nombre de caractères de la justification.

error-rating-submitted-final = votre note pour ce tour est soumise et définitive : vous avez vu les autres notes, si bien qu’une modification ne serait plus indépendante. Si elle contient une erreur, demandez au Secrétariat de la rouvrir
error-justification-control = une justification ne doit pas contenir de caractères de contrôle
error-justification-too-short =
    une justification compte au moins { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    } ({ $count ->
        [one] { $count } caractère actuellement
       *[other] { $count } caractères actuellement
    }) : indiquez ce qui, dans le rapport, étaye la note
error-justification-too-long =
    une justification compte au plus { $max } caractères ({ $count ->
        [one] { $count } caractère actuellement
       *[other] { $count } caractères actuellement
    })

error-score-range = une note est un nombre entier de 1 (Insuffisant) à 5 (Excellent), et non { $value }

## Les rapports : textes descriptifs et statistiques. $code : le code d’une mesure ; $value : ce qui a été saisi.

error-value-percentage = un pourcentage va de 0 à 100, et non { $value }
error-value-rating = une note sur l’échelle de 5 points va de 1 à 5, et non { $value }
error-value-negative = cette donnée ne peut pas être négative (valeur saisie : { $value })
error-value-total = le total de { $total } % ne se situe pas entre ses composantes ({ $low } % à { $high } %)
error-report-language = « { $value } » ne fait pas partie des langues de la ville ({ $languages })
error-report-measurement-unknown = { $code } n’est pas une mesure du cadre
error-report-narrative-for-statistic = { $code } est une statistique : communiquez-la parmi les statistiques
error-report-not-reviewed = { $code } n’est pas évaluée dans ce cycle
error-report-statistic-for-narrative = { $code } est une mesure relevant de l’évaluation par les experts : rédigez un texte descriptif à son sujet
error-narrative-control = un texte descriptif ne doit pas contenir de caractères de contrôle
error-narrative-too-long = un texte descriptif compte au plus { $max } caractères
error-narrative-self-score = l’auto-évaluation de la ville va de 1 (Insuffisant) à 5 (Excellent), et non { $value }
error-narrative-too-many-links = { $max } liens vers des justificatifs au plus
error-narrative-link = « { $value } » n’est pas une adresse web (http ou https)
error-statistic-year = { $year } n’est pas une année de référence plausible
error-statistic-not-available-values = une donnée indiquée comme non disponible n’a pas de valeurs
error-statistic-not-available-reason = indiquez en 3 à 500 caractères pourquoi la donnée n’est pas disponible
error-statistic-provider = qui a fourni la donnée, en 1 à 200 caractères
error-statistic-source-missing = { $code } peut provenir de données officielles ou d’une enquête : précisez laquelle (official ou survey)
error-statistic-source-official = { $code } est communiquée à partir de données officielles, et non d’une enquête
error-statistic-source-survey = { $code } est communiquée à partir d’une enquête, et non de données officielles
error-statistic-breakdown = { $code } est ventilée par { $breakdowns } ; « { $name } » n’en fait pas partie
error-statistic-not-a-number = une valeur doit être un nombre

error-continuity-unknown = « { $value } » n’est pas un réglage de continuité ; utilisez off, prefer ou avoid
error-weight-range = un poids est un nombre entier de 0 à { $max }, pas { $value }
error-region-twice = { $region } figure deux fois
error-native-not-read = { $code } ne fait pas partie des langues que l’expert lit
