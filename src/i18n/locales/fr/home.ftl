## The start page: the welcome for visitors, the secretariat's and the city coordinator's home pages.

home-welcome-title = Bienvenue
home-welcome-heading = Évaluation des villes apprenantes par des experts
home-welcome-lead = lcreview gère l’évaluation par les pairs des rapports des villes apprenantes : le Secrétariat ouvre des cycles d’évaluation, les villes soumettent leur rapport, des experts indépendants notent les mesures qualitatives sur une échelle de cinq points et concilient leurs divergences, et chaque ville consulte ses notes de consensus et les avis qui la concernent sur son propre profil.
home-sign-in = Se connecter
home-framework = Le cadre
home-framework-before-link = Les évaluations s’appuient sur
home-framework-after-link =
    { $expert_review ->
        [one]  : { $measurements } mesures, dont { $expert_review } est notée par les experts.
       *[other]  : { $measurements } mesures, dont { $expert_review } sont notées par les experts.
    }
home-api = Pour les scripts
home-api-before-link = L’API JSON est décrite dans son
home-api-link = document OpenAPI
home-api-after-link = . Les appels s’authentifient au moyen d’un jeton personnel :
home-api-end = {"."}

## The secretariat's home page.

home-secretariat-title = Secrétariat
home-secretariat-lead = Conduire l’évaluation : cycles, personnes, villes et publication.
home-secretariat-cycles = Cycles d’évaluation
home-secretariat-cycles-text =  : ouvrir un cycle, suivre les rapports, l’affectation, les notes et la conciliation, et publier.
home-secretariat-network = Le réseau
home-secretariat-network-text =  : les villes par état et la répartition des notes publiées, sans classement.
home-secretariat-users = Utilisateurs
home-secretariat-users-text =
    { $count ->
        [one] {" "}— { $count } compte ; invitez des experts, des coordonnateurs de ville et des collègues.
       *[other] {" "}— { $count } comptes ; invitez des experts, des coordonnateurs de ville et des collègues.
    }
home-secretariat-cities = Villes
home-secretariat-cities-text =
    { $count ->
        [one] {" "}— { $count } enregistrée.
       *[other] {" "}— { $count } enregistrées.
    }
home-secretariat-framework = Le cadre
home-secretariat-framework-text = {" "}sur lequel s’appuie l’évaluation.

## The city coordinator's home page.

home-city-title = Votre ville
home-city-lead = Page du coordonnateur de la ville
home-city-country = Pays
home-city-region = Région
home-city-languages = Langues des rapports
home-city-institutions = Institutions
home-city-institutions-none = aucune enregistrée
home-institutions-separator = {" ; "}
home-city-institutions-change = Modifier
home-city-next = Prochaines étapes
home-city-cycle-name = { $cycle } :
home-city-open-report = Ouvrir le rapport
home-city-letter = La lettre de résultats
home-city-profile = Profil de votre ville : résultats publiés
home-city-reports = Vos rapports
home-city-no-reports = Lorsqu’un cycle d’évaluation s’ouvre, le rapport de votre ville apparaît ici pour être rédigé et soumis ; les notes et avis publiés figurent sur le profil de votre ville.
home-table-scroll = Tableau (défilement horizontal sur un écran étroit)
home-col-review-cycle = Cycle d’évaluation
home-col-cycle = Cycle
home-col-your-report = Votre rapport
home-city-unbound = Votre compte n’est rattaché à aucune ville. Veuillez contacter le Secrétariat.

## What the city has to do next in a cycle.

home-next-wait = Le cycle est en préparation : rien à faire pour le moment.
home-next-write = Rédigez votre rapport et soumettez-le au plus tard le { $deadline }.
home-next-resubmit = Le Secrétariat vous a renvoyé votre rapport : lisez son message, modifiez le rapport et soumettez-le de nouveau.
home-next-submitted = Votre rapport est soumis : rien à faire jusqu’à la publication des résultats.
home-next-in-review = Les experts évaluent votre rapport ; les résultats apparaîtront sur votre profil.
home-next-out-of-review = Votre rapport n’avait pas été soumis au début de l’évaluation : il ne fait pas partie de cette évaluation.
home-next-read-results = Les résultats sont publiés : consultez-les sur votre profil.
