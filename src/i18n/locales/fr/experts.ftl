## Experts' profiles and conflicts of interest, the secretariat's list of experts, the panel page.

experts-profile-title = Profil d’expert
experts-profile-heading = Profil : { $name }
experts-profile-intro = Ces informations servent à l’affectation des rapports : vos langues, vos domaines de compétence, le nombre de lots que vous pouvez prendre en charge et votre provenance (vous n’évaluez jamais votre propre ville ni, sauf si le cycle l’autorise, votre propre pays).
experts-country = Pays
experts-country-hint = (ISO 3166-1 alpha-2, p. ex. BR)
experts-home-city = Ville d’origine
experts-home-city-hint = (si elle fait partie du réseau)
experts-home-city-named-hint = (si elle fait partie du réseau ; ajoutez le code du pays si deux villes portent le même nom : Cork, IE)
experts-institution = Institution
experts-languages-read = Langues que vous lisez
experts-languages-hint = (ISO 639-1, séparées par des virgules, p. ex. en, pt)
experts-expertise-legend = Domaines de compétence
experts-capacity = Capacité
experts-capacity-hint = (lots par cycle)
experts-save-profile = Enregistrer le profil
experts-conflicts-heading = Conflits d’intérêts
experts-conflicts-none = Aucun conflit déclaré.
experts-city = Ville
experts-conflict-city-hint = (son nom ; ajoutez le code du pays si deux villes portent le même nom)
experts-why = Motif
experts-declare = Déclarer un conflit

experts-home-city-choose = ville d’origine : choisissez-en une dans la liste
experts-capacity-whole = capacité : un nombre entier
# $field: one of the experts-field-… words
experts-profile-refused = { $field } : { $message }
experts-field-country = pays
experts-field-institution = institution
experts-field-languages = langues
experts-field-expertise = domaines de compétence
experts-field-capacity = capacité
experts-choose-city = choisissez une ville
experts-profile-saved = Le profil est enregistré.
experts-conflict-recorded = Le conflit d’intérêts est enregistré.
experts-conflict-recorded-removed = { $count ->
    [one] Le conflit d’intérêts est enregistré. L’expert a été retiré de { $count } lot de cette ville dans un cycle en cours ; ses notes pour ce lot sont écartées.
   *[other] Le conflit d’intérêts est enregistré. L’expert a été retiré de { $count } lots de cette ville dans un cycle en cours ; ses notes pour ces lots sont écartées.
}
experts-page-for-experts = Cette page est réservée aux experts.

## The list of experts

experts-list-title = Experts
experts-table-scroll = Tableau (défilement horizontal sur un écran étroit)
experts-col-name = Nom
experts-col-email = Courriel
experts-col-languages = Langues
experts-col-expertise = Compétences
experts-no-profile = pas encore de profil

## A panel

experts-panel-crumb = Groupe
experts-panels-fixed = La composition des groupes est arrêtée dès le début de l’évaluation.
experts-members = Membres
experts-chair = Président(e)
experts-chair-hint = (un membre du groupe ; rédige les avis)
experts-measurements = Mesures (évaluation par les experts)
experts-save-panel = Enregistrer le groupe
experts-panel-saved = Le groupe est enregistré.

experts-native-languages = Langues maternelles
experts-native-languages-hint = (parmi les précédentes, p. ex. pt)
experts-regions-legend = Régions bien connues
experts-field-regions = régions
experts-field-native-languages = langues maternelles
