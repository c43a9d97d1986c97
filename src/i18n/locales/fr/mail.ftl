## E-mail: every message lcreview sends, in its recipient's language.

mail-greeting = Bonjour { $name },
mail-footer = lcreview : évaluation par des experts des rapports des villes apprenantes
mail-link-line = { $label } : { $url }

mail-link-sign-in = Se connecter
mail-link-your-report = Votre rapport
mail-link-your-reviews = Vos évaluations
mail-link-your-review = Votre évaluation
mail-link-the-item = L’élément
mail-link-the-report = Le rapport
mail-link-city-profile = Le profil de votre ville

mail-thanks = Nous vous remercions.

mail-bundle = { $city } (groupe « { $panel } »)

## An invitation to a new account.

mail-invitation-subject = Invitation à rejoindre lcreview
mail-invitation-by-secretariat = Le Secrétariat de lcreview
mail-invitation-intro = { $inviter } vous invite à rejoindre lcreview, la plateforme sur laquelle le Réseau mondial UNESCO des villes apprenantes évalue les rapports des villes apprenantes, en tant { $role ->
        [secretariat] que membre du Secrétariat
        [expert] qu’expert(e) indépendant(e)
       *[other] que coordonnateur ou coordonnatrice de votre ville
    }.
mail-invitation-sign-in = Veuillez vous connecter à l’adresse { $url } avec cette adresse électronique ({ $email }). Aucun mot de passe n’est envoyé par courriel.
mail-invitation-expert = Nous vous invitons d’abord à compléter votre profil : les langues que vous lisez, vos domaines de compétence, votre pays et votre institution, ainsi que le nombre de lots que vous pouvez évaluer au cours d’un cycle.
mail-invitation-city = Vous serez informé(e) dès qu’un cycle d’évaluation s’ouvrira pour le rapport de votre ville.

## To a city's users.

mail-cycle-opened-subject = { $city } : le cycle d’évaluation « { $cycle } » est ouvert pour votre rapport
mail-cycle-opened-intro = Le cycle d’évaluation « { $cycle } » est ouvert, et { $city } y participe.
mail-cycle-opened-due = Nous vous prions de rédiger et de soumettre le rapport de votre ville au plus tard le { $deadline }.

mail-receipt-subject = { $city } : votre rapport pour « { $cycle } » a bien été reçu
mail-receipt-intro = Nous avons reçu le { $date } le rapport soumis par { $city } pour le cycle d’évaluation « { $cycle } ».
mail-receipt-locked = Il est désormais verrouillé. Si le Secrétariat relève un point à corriger, il vous le renverra accompagné d’un message.

mail-report-reminder-subject = { $city } : votre rapport pour « { $cycle } » n’a pas encore été soumis
mail-report-reminder-intro = Le Secrétariat vous rappelle que le rapport de votre ville, { $city }, pour le cycle « { $cycle } » n’a pas encore été soumis.
mail-report-reminder-due = Les rapports doivent être soumis au plus tard le { $deadline }.
mail-report-reminder-draft = Votre brouillon est enregistré au fil de la rédaction ; veuillez soumettre le rapport lorsqu’il sera complet.

mail-returned-subject = { $city } : votre rapport pour « { $cycle } » vous est renvoyé pour correction
mail-returned-intro = Le Secrétariat a renvoyé le rapport soumis par { $city } pour le cycle d’évaluation « { $cycle } ». Son message :
mail-returned-due = Nous vous prions de corriger le rapport et de le soumettre de nouveau au plus tard le { $deadline }. D’ici là, il est exclu de l’évaluation.

## To an expert.

mail-assignment-subject = Votre affectation à l’évaluation : { $cycle }
mail-assignment-intro = Dans le cycle « { $cycle } », vous êtes chargé(e) d’évaluer :
mail-assignment-deadline = L’échéance de l’évaluation est fixée au { $deadline }. Vos évaluations figureront sur votre page d’accueil dès le début de l’évaluation.
mail-assignment-thanks = Nous vous remercions de votre contribution.

mail-unassigned-subject = Votre affectation à l’évaluation a été modifiée : { $cycle }
mail-unassigned-intro = Dans le cycle « { $cycle } », vous n’êtes plus chargé(e) d’évaluer :
mail-unassigned-nothing-to-do = Vous n’avez plus rien à faire pour ces lots. Les notes que vous avez soumises restent dans l’historique de l’évaluation.

mail-reminder-subject = Rappel : { $count ->
        [one] { $count } note à soumettre
       *[other] { $count } notes à soumettre
    }
mail-reminder-subject-by = Rappel : { $count ->
        [one] { $count } note à soumettre
       *[other] { $count } notes à soumettre
    } au plus tard le { $deadline }
mail-reminder-intro = Pour { $phase ->
        [reconciliation] le tour de révision
       *[other] l’évaluation
    } du cycle « { $cycle } », il vous reste { $count ->
        [one] { $count } note
       *[other] { $count } notes
    } à soumettre.
mail-reminder-intro-by = Pour { $phase ->
        [reconciliation] le tour de révision
       *[other] l’évaluation
    } du cycle « { $cycle } », il vous reste { $count ->
        [one] { $count } note
       *[other] { $count } notes
    } à soumettre au plus tard le { $deadline }.

mail-revision-subject = Tour de révision { $round } : { $count ->
        [one] { $count } élément à réexaminer
       *[other] { $count } éléments à réexaminer
    }
mail-revision-intro = Dans le cycle « { $cycle } », les notes { $count ->
        [one] de { $count } élément que vous avez évalué divergent
       *[other] de { $count } éléments que vous avez évalués divergent
    }. Nous vous prions de prendre connaissance des notes et justifications des autres évaluateurs (anonymisées), puis de maintenir ou de réviser votre note, en la justifiant pour ce tour. Votre page d’évaluations répertorie tous les éléments du tour, y compris ceux qui s’y ajouteront par la suite.
mail-revision-closes = Le tour se termine le { $deadline }.

mail-deadline-changed-subject = { $cycle } : l’échéance { $which ->
        [submission] de soumission
        [reconciliation] de la conciliation
       *[other] de l’évaluation
    } est désormais fixée au { $after }
mail-deadline-changed-intro = Le Secrétariat a modifié l’échéance { $which ->
        [submission] de soumission
        [reconciliation] de la conciliation
       *[other] de l’évaluation
    } du cycle « { $cycle } » : fixée auparavant au { $before }, elle l’est désormais au { $after }.

mail-extension-subject = { $cycle } : vous pouvez soumettre vos notes jusqu’au { $until }
mail-extension-intro = Le Secrétariat vous accorde jusqu’au { $until } pour terminer vos notes du tour { $round ->
        [submission] de soumission
        [reconciliation] de conciliation
       *[other] d’évaluation
    } de « { $cycle } ».
mail-extension-withdrawn-subject = { $cycle } : votre prolongation est retirée
mail-extension-withdrawn-intro = Le Secrétariat a retiré votre prolongation du tour { $round ->
        [submission] de soumission
        [reconciliation] de conciliation
       *[other] d’évaluation
    } de « { $cycle } » : l’échéance propre à ce tour s’applique de nouveau.

mail-reopened-subject = Votre note pour { $city } ({ $measurement }) est rouverte
mail-reopened-intro = Le Secrétariat a rouvert la note de { $measurement } que vous aviez soumise pour { $city } dans le cycle « { $cycle } », afin que vous puissiez la corriger. Motif indiqué :
mail-reopened-draft = Elle est de nouveau à l’état de brouillon : veuillez la modifier si nécessaire, puis la soumettre.

## Discussions and figures.

mail-comment-subject = Nouveau commentaire sur { $city } ({ $measurement })
mail-comment-intro = { $author } a écrit dans la discussion de { $measurement } pour { $city } dans le cycle « { $cycle } » :
mail-comment-reply = Vous pouvez répondre sur la page de l’élément ; la discussion reste réservée à ses évaluateurs et au/à la président(e) du groupe.

mail-figure-query-subject = { $city } : une question sur une donnée de votre rapport ({ $measurement })
mail-figure-query-intro = Le Secrétariat a vérifié les données chiffrées du rapport soumis par { $city } pour le cycle « { $cycle } » et pose une question sur { $measurement } :
mail-figure-query-answer = Veuillez répondre sur la page du rapport : par écrit, par une donnée corrigée, ou les deux.

mail-figure-answered-subject = { $city } a répondu à votre question sur { $measurement }
mail-figure-answered-intro = { $city } a répondu à la question sur { $measurement } dans son rapport pour le cycle « { $cycle } » :
mail-figure-answered-check = Veuillez vérifier de nouveau la donnée sur la page du rapport.

## Results, and the daily digest.

mail-published-subject = { $city } : les résultats de « { $cycle } » sont publiés
mail-published-intro = Les notes de consensus et les avis des experts concernant { $city } pour le cycle « { $cycle } » sont publiés sur le profil de votre ville.
mail-published-thanks = Nous vous remercions de votre rapport.

mail-digest-subject = lcreview : votre récapitulatif quotidien ({ $count ->
        [one] { $count } message
       *[other] { $count } messages
    })
mail-digest-intro = Voici ce qui s’est passé pour vous dans lcreview depuis votre dernier récapitulatif ({ $count ->
        [one] { $count } message
       *[other] { $count } messages
    }).

## Sample messages a daily digest gathers, on the secretariat's preview page.

mail-sample-digest-assignment = Vous êtes chargé(e) d’évaluer { $city } (groupe « { $panel } »).
mail-sample-digest-reminder = Pour l’évaluation du cycle « { $cycle } », il vous reste { $count ->
        [one] { $count } note
       *[other] { $count } notes
    } à soumettre.
