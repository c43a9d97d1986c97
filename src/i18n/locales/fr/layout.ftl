nav-home = Accueil
nav-cycles = Cycles
nav-network = Réseau
nav-users = Utilisateurs
nav-experts = Experts
nav-cities = Villes
nav-outbox = Boîte d’envoi
nav-audit = Journal d’audit
nav-framework = Cadre
nav-history = Mes évaluations passées
nav-profile = Mon profil

layout-skip = Aller au contenu
layout-main-nav = Principal
layout-languages = Langues
layout-settings = Mes paramètres
layout-sign-out = Se déconnecter
layout-sign-in = Se connecter
layout-footer = lcreview assure l’évaluation par des experts des rapports des villes apprenantes au regard des Caractéristiques clés des villes apprenantes du Réseau mondial UNESCO des villes apprenantes. Chaque ville n’est comparée qu’à ses propres cycles antérieurs ; les villes ne font jamais l’objet d’un classement.

confirm-warning = Veuillez confirmer. Cette action est irréversible.
confirm-cancel = Annuler
