## The secretariat's pages: users, cities and their institutions, the outbox, the e-mail templates.

admin-table-scroll = Tableau (défilement horizontal sur un écran étroit)
admin-go-to-form = Aller au formulaire
admin-back = Retour
admin-save = Enregistrer
admin-optional = (facultatif)

admin-name = Nom
admin-email = Courriel
admin-role = Rôle
admin-city = Ville
admin-status = Statut
admin-country = Pays
admin-region = Région
admin-languages = Langues
admin-institutions = Institutions

## Users

admin-users-title = Utilisateurs
# $error: why the invitation was refused
admin-users-not-sent = L’invitation n’a pas été envoyée : { $error }
admin-users-count = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}
admin-user-disabled = Désactivé
admin-user-active = Actif
admin-user-enable = Activer
admin-user-disable = Désactiver
admin-invite-heading = Inviter une personne
admin-invite-hint = La personne se connecte avec le compte de son institution ; l’adresse électronique vérifiée de ce compte doit être celle indiquée ici.
admin-city-hint = (coordonnateurs de ville uniquement)
admin-invite-button = Inviter
admin-invite-choose-city = choisissez une ville dans la liste
admin-user-invited = Une invitation a été adressée à { $name } ; un courriel lui indique où se connecter.
admin-user-disabled-done = { $name } : compte désactivé ; ses sessions ont pris fin.
admin-user-enabled-done = { $name } : compte réactivé.

## Cities

admin-cities-title = Villes
admin-cities-not-registered = La ville n’a pas été enregistrée : { $error }
admin-cities-count = { $count ->
    [one] { $count } ville, par ordre alphabétique
   *[other] { $count } villes, par ordre alphabétique
}
admin-institutions-view = consulter ou modifier
admin-register-heading = Enregistrer une ville
admin-country-hint = (ISO 3166-1 alpha-2, p. ex. CN)
admin-report-languages = Langues des rapports
admin-report-languages-hint = (ISO 639-1, séparées par des virgules, p. ex. en, fr)
admin-register-button = Enregistrer
# $field: one of the admin-city-field-… words
admin-cities-refused = { $field } : { $message }
admin-city-field-name = nom
admin-city-field-country = pays
admin-city-field-region = région
admin-city-field-languages = langues
admin-city-field-institutions = institutions
admin-city-registered = Ville enregistrée : { $name }.

## A city's institutions

admin-institutions-title = Institutions — { $city }
admin-institutions-intro = L’administration municipale et les institutions partenaires citées dans votre rapport. Un expert qui travaille pour l’une d’elles n’évalue pas la ville : c’est l’un des conflits d’intérêts que respecte l’affectation des experts, y compris une fois celle-ci effectuée.
admin-institutions-hint = (une par ligne)
admin-institutions-saved = { $city } : les institutions sont enregistrées.

## The outbox

admin-outbox-title = Boîte d’envoi
admin-outbox-intro = Tous les courriels envoyés par le service : à qui, quand, et ce qui a échoué. Un message dont toutes les tentatives ont échoué peut être envoyé de nouveau.
admin-outbox-templates-link = Voir chaque message tel que son destinataire le lit
# What follows the link: the sentence's full stop.
admin-outbox-templates-after = .
# $status: one of the admin-outbox-status-… words
admin-outbox-count-of = { $status } : { $count }
admin-outbox-status-pending = en attente
admin-outbox-status-sending = en cours d’envoi
admin-outbox-status-sent = envoyé
admin-outbox-status-failed = en échec
admin-outbox-status-held = retenu
admin-outbox-status-digested = regroupé dans un récapitulatif
admin-outbox-all = tous
admin-outbox-filter = Filtrer
admin-outbox-none = Aucun message.
admin-outbox-count = { $count ->
    [one] { $count } message, du plus récent au plus ancien
   *[other] { $count } messages, du plus récent au plus ancien
}
admin-outbox-queued = Mis en file d’attente (UTC)
admin-outbox-to = Destinataire
admin-outbox-subject = Objet
admin-outbox-kind = Type
admin-outbox-sent = Envoyé (UTC)
admin-outbox-attempts = { $count ->
    [one] ({ $count } tentative)
   *[other] ({ $count } tentatives)
}
admin-outbox-why = Pourquoi
admin-outbox-send-again = Envoyer de nouveau
admin-outbox-queued-again = Le message adressé à { $to } est de nouveau en file d’attente.
admin-outbox-not-sent-again = Le message n’a pas été renvoyé : { $reason }

## The e-mail templates

admin-templates-title = Modèles de courriel
admin-templates-intro = Chaque message envoyé par le service, tel que son destinataire le lit (données fictives ; dates dans le fuseau horaire du destinataire, avec l’heure UTC à côté).
admin-templates-subject = Objet (exemple)
admin-templates-all = ← Tous les modèles
admin-template-to = À : { $to }
admin-template-kind = type
admin-template-plain = Texte brut
admin-template-html = La version HTML
