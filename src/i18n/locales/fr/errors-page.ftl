## Error pages: the title (the status), the message, the way back. The JSON API's errors stay English.

errors-page-back = Retour à votre page d’accueil

errors-page-title-400 = Requête incorrecte
errors-page-title-401 = Authentification requise
errors-page-title-403 = Accès refusé
errors-page-title-404 = Introuvable
errors-page-title-409 = Conflit
errors-page-title-413 = Contenu trop volumineux
errors-page-title-415 = Type de contenu non pris en charge
errors-page-title-422 = Données non valides
errors-page-title-429 = Trop de requêtes
errors-page-title-500 = Erreur interne du serveur
errors-page-title-503 = Service indisponible
errors-page-title-other = Erreur

# $field: one of the errors-page-field-… words; $message: what is wrong with it
errors-page-invalid = { $field } : { $message }
# $limit: a number of bytes
errors-page-too-large = le contenu de la requête dépasse { $limit } octets
errors-page-not-json = le contenu de la requête doit être au format JSON (Content-Type: application/json)
errors-page-too-many = trop de requêtes depuis votre adresse ; réessayez dans { $seconds } s
errors-page-unavailable = la base de données est momentanément inaccessible ; réessayez dans un instant
errors-page-internal = une erreur s’est produite de notre côté ; elle a été consignée

# $what: a thing the service looked for, in English (for a thing without its own message below)
errors-page-not-found = { $what } introuvable
errors-page-not-found-cycle = cycle introuvable
errors-page-not-found-user = utilisateur introuvable
errors-page-not-found-city = ville introuvable
errors-page-not-found-bundle = lot introuvable
errors-page-not-found-page = page introuvable
errors-page-not-found-item = élément introuvable
errors-page-not-found-framework-edition = édition du cadre introuvable
errors-page-not-found-expert = expert introuvable
errors-page-not-found-report = rapport introuvable
errors-page-not-found-statistic = statistique introuvable
errors-page-not-found-panel = groupe introuvable
errors-page-not-found-message = message introuvable
errors-page-not-found-measurement = mesure introuvable
errors-page-not-found-extension = prolongation introuvable
errors-page-not-found-token = jeton introuvable
errors-page-not-found-template = modèle introuvable
errors-page-not-found-sign-in-provider = fournisseur d’identité introuvable
errors-page-not-found-route = adresse introuvable
errors-page-not-found-rating = note introuvable
errors-page-not-found-profile = profil introuvable
errors-page-not-found-object = objet introuvable
errors-page-not-found-language = langue introuvable

## A form's or the API's field, as a person calls it, at the start of a refusal ("The city: …").

errors-page-field-submission-deadline = L’échéance de soumission
errors-page-field-review-deadline = L’échéance de l’évaluation
errors-page-field-reconciliation-deadline = L’échéance de la conciliation
errors-page-field-city = La ville
errors-page-field-person = La personne
errors-page-field-panel-size = La taille du groupe
errors-page-field-min-justification = La longueur minimale de la justification
errors-page-field-max-spread = L’écart maximal considéré comme un accord
errors-page-field-revision-rounds = Le nombre de tours de révision
errors-page-field-email = L’adresse électronique
errors-page-field-name = Le nom
errors-page-field-role = Le rôle
errors-page-field-country = Le pays
errors-page-field-languages = Les langues
errors-page-field-score = La note
errors-page-field-justification = La justification
errors-page-field-confidence = Le degré de confiance
errors-page-field-statement = L’avis
errors-page-field-rationale = La motivation
errors-page-field-reason = Le motif
errors-page-field-comment = Le commentaire
errors-page-field-guidance = Le guide de notation
errors-page-field-members = Les membres
errors-page-field-chair = Le/La président(e) du groupe
errors-page-field-measurements = Les mesures
errors-page-field-date = La date
errors-page-field-profile = Profil
errors-page-field-to = Destinataire
errors-page-field-message = Message
errors-page-field-label = Libellé
errors-page-field-institution = Institution
errors-page-field-institutions = Institutions
errors-page-field-expertise = Domaines de compétence
errors-page-field-capacity = Capacité
errors-page-field-region = Région
errors-page-field-experts = Experts
errors-page-field-expires-in-days = Durée de validité (en jours)
errors-page-field-answer = Réponse
errors-page-field-question = Question
errors-page-field-status = Statut
errors-page-field-limit = Limite
errors-page-field-before = Avant
# A refusal about no field in particular
errors-page-field-this = Ceci
