## The audit log (secretariat).

audit-title = Journal d’audit
audit-intro = Qui a fait quoi, sur quel objet et quand. Les entrées ne peuvent être ni modifiées ni supprimées.
audit-filter-object-type = Type d’objet
audit-filter-object-id = Identifiant de l’objet
audit-filter-action = Action
audit-filter-actor = Auteur (identifiant de l’utilisateur)
audit-filter = Filtrer
audit-table-scroll = Tableau (défilement horizontal sur un écran étroit)
audit-col-when = Date (UTC)
audit-col-actor = Auteur
audit-col-action = Action
audit-col-object = Objet
audit-col-before = Avant
audit-col-after = Après
audit-user-named = { $name } (utilisateur { $id })
audit-user = utilisateur { $id }
audit-command-line = ligne de commande
audit-token-issued-by = avec un jeton émis par { $person }
audit-show = afficher
audit-pages = Pages
audit-newer = ← Plus récentes
audit-older = Plus anciennes →
