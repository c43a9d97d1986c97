## Signing in: the sign-in page, refusals, the CSRF check.

auth-signin-title = Connexion
auth-sign-in = Se connecter
auth-signed-out = Vous êtes déconnecté(e).
auth-signin-intro = Les comptes lcreview sont créés par le Secrétariat. Connectez-vous avec le compte de votre institution.
# Followed by the configuration section's name, [[auth.providers]], then auth-no-provider-after.
auth-no-provider-before = Aucun fournisseur d’identité n’est configuré. Un administrateur peut en ajouter un dans la section
auth-no-provider-after = de la configuration.
# $provider: the sign-in provider's name
auth-signin-with = Se connecter avec { $provider }
auth-dev-heading = Connexion de développement
# Followed by the setting's name, auth.dev_login, then auth-dev-after.
auth-dev-before = Ce serveur fonctionne avec l’option
auth-dev-after = activée : choisissez n’importe quel utilisateur pour explorer lcreview en son nom. À ne jamais activer sur un serveur accessible à d’autres personnes.
# Followed by the command, lcreview admin create-user, then auth-dev-no-user-after.
auth-dev-no-user-before = Il n’y a encore aucun utilisateur. Créez-en un avec la commande
auth-dev-no-user-after = .
auth-dev-user = Utilisateur

auth-not-invited-title = Aucune invitation
auth-not-invited-heading = Vous n’avez pas encore été invité(e)
auth-not-invited-text = Vous vous êtes connecté(e) avec { $provider }, mais aucun compte lcreview ne correspond à votre adresse électronique vérifiée. Les comptes sont créés par le Secrétariat : demandez-lui de vous inviter avec l’adresse qu’utilise le compte de votre institution, puis connectez-vous de nouveau.
auth-back-to-signin = Retour à la page de connexion

auth-disabled-title = Compte désactivé
auth-disabled-heading = Votre compte est désactivé
auth-disabled-text = Le Secrétariat a désactivé ce compte lcreview. Si vous pensez qu’il s’agit d’une erreur, demandez-lui de le réactiver.

auth-linked-title = Un autre compte
auth-linked-heading = Votre compte lcreview est associé à un autre compte { $provider }
auth-linked-text = Le compte lcreview correspondant à votre adresse électronique est déjà associé à un autre compte { $provider }. Connectez-vous avec celui-ci. Si vous n’y avez plus accès, adressez-vous au Secrétariat, qui peut associer de nouveau votre compte.

auth-sign-in-expired = Cette connexion a expiré ou n’a pas été lancée ici. Veuillez vous connecter de nouveau.
auth-sign-in-cancelled = La connexion a été annulée ou refusée par le fournisseur d’identité.
auth-sign-in-unverified = Cette connexion n’a pas pu être vérifiée. Veuillez vous connecter de nouveau.
auth-csrf-refused = Ce formulaire a expiré ou ne provient pas de lcreview. Revenez en arrière, rechargez la page et réessayez.
# $error: the form reader's technical explanation
auth-form-unreadable = le formulaire n’a pas pu être lu : { $error }
auth-page-for-secretariat = Cette page est réservée au Secrétariat.
