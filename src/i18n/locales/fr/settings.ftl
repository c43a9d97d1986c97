## The language switcher and /settings.

settings-language-saved = Votre langue est enregistrée : les pages et les courriels s’afficheront dans celle-ci.
settings-saved = Vos paramètres sont enregistrés.

settings-title = Mes paramètres
settings-language = Langue
settings-language-browser = La langue du navigateur
# Each language in itself, and its name in the reader's language in brackets (none for the reader's own).
settings-language-ar = العربية (arabe)
settings-language-zh = 中文 (chinois)
settings-language-en = English (anglais)
settings-language-fr = Français
settings-language-ru = Русский (russe)
settings-language-es = Español (espagnol)
settings-time-zone = Fuseau horaire
settings-time-zone-hint = (les échéances y sont affichées, avec l’heure UTC à côté)
settings-digest-legend = Rappels et changements d’affectation par courriel
settings-digest-immediate = Un message par événement
settings-digest-daily = Un récapitulatif par jour
settings-save = Enregistrer

## API tokens

settings-tokens-title = Mes jetons d’API
settings-tokens-intro = Un jeton permet à un script d’utiliser l’API JSON en votre nom (Authorization: Bearer …). Chaque jeton expire ; révoquez ceux que vous n’utilisez plus.
settings-tokens-new-secret = Votre nouveau jeton. Copiez-le maintenant : il n’est affiché qu’une seule fois.
settings-tokens-none = Aucun jeton valide.
settings-table-scroll = Tableau (défilement horizontal sur un écran étroit)
settings-tokens-label = Libellé
settings-tokens-created = Créé le
settings-tokens-last-used = Dernière utilisation
settings-tokens-expires = Expire le
settings-tokens-revoke = Révoquer
settings-tokens-new-heading = Un nouveau jeton
settings-tokens-what-for = Son usage
settings-tokens-days = Nombre de jours avant expiration
settings-tokens-days-hint = (de 1 à 365)
settings-tokens-create = Créer le jeton
settings-tokens-days-invalid = Jours : un nombre entier de 1 à 365.
settings-token-revoked = Le jeton est révoqué.
