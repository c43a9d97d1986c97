## Refus du stockage (ce qu’une écriture trouve dans la base de données) et des filtres de la boîte d’envoi.
## $id : le numéro d’une personne ou d’une ville.

refusals-city-twice = une ville figure deux fois dans la liste
refusals-no-city = il n’existe aucune ville portant le numéro { $id }
refusals-member-twice = un membre figure deux fois dans la liste
refusals-no-user = il n’existe aucun utilisateur portant le numéro { $id }
refusals-not-an-expert = l’utilisateur { $id } n’est pas un expert
refusals-user-disabled = l’utilisateur { $id } est désactivé
refusals-chair-not-member = le/la président(e) du groupe (utilisateur { $id }) doit en être membre
# "chair": null se saisit tel quel (un champ du JSON de l’API).
refusals-chair-no-longer-member = le/la président(e) du groupe (utilisateur { $id }) n’en est plus membre : désignez un autre membre comme président(e), ou envoyez "chair": null pour laisser la présidence vacante
# $state : l’état d’un cycle (error-cycle-state-…)
refusals-panels-frozen = les groupes ne peuvent être modifiés qu’avant le début de l’évaluation ; le cycle est à l’état « { $state } »
refusals-cycle-stale = le cycle a été modifié entre-temps ; rechargez la page et réessayez
refusals-rating-stale = votre note a été modifiée entre-temps (dans une autre fenêtre ?) ; rechargez-la et réessayez
refusals-report-stale = le rapport a été modifié entre-temps (dans une autre fenêtre ou par un collègue) ; rechargez-le et réessayez
refusals-no-open-question = le Secrétariat n’a aucune question en suspens sur cette donnée chiffrée
refusals-conflict-declared = ce conflit d’intérêts est déjà déclaré
# $name : le nom d’une ville ; $country : le code de son pays (IE)
refusals-city-registered = { $name } ({ $country }) est déjà enregistrée
# $email : une adresse électronique
refusals-email-taken = un utilisateur ayant l’adresse électronique { $email } existe déjà
refusals-identity-taken = ce compte est déjà associé, ou l’utilisateur possède déjà un compte auprès de ce fournisseur

## Les filtres de la boîte d’envoi. $value : ce qui a été saisi ; $choices : les codes à utiliser, tels quels.

refusals-outbox-status = « { $value } » n’est pas un statut ; utilisez l’un des suivants : { $choices }
refusals-outbox-kind = « { $value } » n’est pas un type de message ; utilisez l’un des suivants : { $choices }
refusals-outbox-before = un numéro de message (1 ou plus)
refusals-outbox-limit = de 1 à 500 messages à la fois
# $status : pending, sending, sent, held ou digested
refusals-outbox-not-failed = seul un message en échec peut être renvoyé ; celui-ci a le statut « { $status ->
        [pending] en attente
        [sending] en cours d’envoi
        [sent] envoyé
        [held] retenu
        [digested] regroupé dans un récapitulatif
       *[other] { $status }
    } » (un message en attente part de lui-même)

## Les consignes de notation par défaut : ce que signifie chaque niveau de l’échelle lorsque le
## secrétariat n’a rien rédigé pour une mesure (5 Excellent … 1 Insuffisant).

refusals-guidance-default-5 = Pleinement en place et maintenu dans l’ensemble de la ville, avec des preuves claires de résultats.
refusals-guidance-default-4 = En place et opérationnel, preuves à l’appui ; de légères lacunes dans la portée ou dans le suivi.
refusals-guidance-default-3 = En place en partie ou récemment lancé, avec des preuves de certains résultats.
refusals-guidance-default-2 = Prévu, ou lancé à petite échelle ; peu de preuves de résultats.
refusals-guidance-default-1 = Pas en place, ou le rapport n’en apporte aucune preuve.
