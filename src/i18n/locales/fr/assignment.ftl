## The assignment of experts (secretariat): the proposal or the assignment in force, each expert's
## load, withdrawing an expert, changing one bundle.

assignment-title = Affectation — { $cycle }
assignment-breadcrumb-cycles = Cycles d’évaluation
assignment-breadcrumb = Affectation
assignment-heading = Affectation des experts
assignment-intro =
    { $count ->
        [one] Chaque rapport soumis se voit attribuer { $count } expert par groupe : un membre du groupe sans conflit d’intérêts, qui lit la langue du rapport et dispose encore de capacité ; l’affinité (l’expertise dans les domaines d’action du groupe) est maximisée et la charge équilibrée.
       *[other] Chaque rapport soumis se voit attribuer { $count } experts par groupe : des membres du groupe sans conflit d’intérêts, qui lisent la langue du rapport et disposent encore de capacité ; l’affinité (l’expertise dans les domaines d’action du groupe) est maximisée et la charge équilibrée.
    }
assignment-run = Lancer l’affectation
assignment-confirm = Confirmer cette proposition
assignment-proposal-empty = Cette proposition n’affecte personne ; il n’y a donc rien à confirmer : ajoutez des membres aux groupes ou attendez que des rapports soient soumis, puis relancez-la.
assignment-not-collecting = L’affectation est lancée et confirmée pendant la collecte des rapports ; le cycle est désormais à l’état : { $state }.
assignment-none = Aucune affectation pour le moment. Lancez-en une dès que des rapports sont soumis.
assignment-proposal = Proposition (pas encore en vigueur)
assignment-in-force = Affectation en vigueur
assignment-objective = Objectif : { $objective } (affinité moins pénalité d’équilibrage de la charge ; plus la valeur est élevée, mieux c’est).
assignment-table-scroll = Tableau (défilement horizontal sur un écran étroit)
assignment-col-city = Ville
assignment-missing =
    { $count ->
        [one] { $count } manquant
       *[other] { $count } manquants
    }
assignment-change = modifier
assignment-change-which = les experts affectés à { $city }, groupe « { $panel } »
assignment-unfilled = Lots sans assez d’experts
assignment-load = Charge par expert
assignment-chart-title = Lots par expert
assignment-chart-description = la barre représente les lots de l’expert, le trait fin sa capacité
assignment-chart-capacity = Capacité (le trait fin)
assignment-load-of = { $load } sur { $capacity }
assignment-user-id = utilisateur { $id }
assignment-confirm-adds = La confirmation ajoute la proposition à l’affectation déjà en vigueur.
assignment-withdraw-heading = Retirer un expert
assignment-withdraw-text = L’expert quitte tous les lots de ce cycle ainsi que ses groupes. Pendant la collecte ou l’évaluation des rapports, seules ses places sont réattribuées, selon les mêmes règles ; pendant la conciliation, personne ne le remplace et ses dernières notes soumises sont maintenues. Il en est informé par courriel.
assignment-withdraw-expert = Expert
assignment-withdraw = Retirer
assignment-choose-expert = choisissez un expert

## Changing one bundle.

assignment-bundle-title = Modifier un lot
assignment-bundle-heading = Groupe « { $panel } » — { $city }
assignment-bundle-choose =
    { $count ->
        [one] Choisissez au plus { $count } expert du groupe
       *[other] Choisissez au plus { $count } experts du groupe
    }
assignment-bundle-rules = Les règles de l’affectation automatique s’appliquent : aucun conflit d’intérêts, la langue du rapport, la capacité.
assignment-bundle-save = Enregistrer

## After an action.

assignment-done-run = Une nouvelle proposition est prête : vérifiez-la, modifiez des lots si nécessaire, puis confirmez-la.
assignment-done-confirm = L’affectation est en vigueur ; les éléments à évaluer sont créés.
assignment-done-withdraw = L’expert est retiré ; ses places sont réattribuées lorsque le cycle le permet, et il en est informé.
assignment-done-bundle = Le lot a été modifié.

assignment-why = ({ $parts })
assignment-why-separator = {" ; "}
assignment-why-expertise = compétences : { $codes }, { $shared } { $areas ->
    [one] domaine d’action sur { $areas }
   *[other] domaines d’action sur { $areas }
}
assignment-why-no-expertise = aucun domaine d’action du groupe dans ses compétences
assignment-why-region = connaît la région ({ $region })
assignment-why-native = langue maternelle : { $language }
assignment-why-reviewed = a évalué cette ville lors de son cycle précédent
assignment-why-new = n’a jamais évalué cette ville
assignment-why-affinity = affinité { $affinity } sur { $max }
