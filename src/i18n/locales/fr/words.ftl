## Les noms du domaine : rôles, états, statuts, l'échelle.

role-secretariat = Secrétariat
role-expert = Expert
role-city = Coordonnateur de la ville

cycle-state-draft = Brouillon
cycle-state-collecting = Collecte des rapports
cycle-state-reviewing = En évaluation
cycle-state-reconciling = Conciliation
cycle-state-published = Publié
cycle-state-archived = Archivé

deadline-submission = Soumission
deadline-review = Évaluation
deadline-reconciliation = Conciliation

report-state-draft = Brouillon
report-state-submitted = Soumis
report-state-returned = Renvoyé pour correction

queue-status-open = Notes manquantes
queue-status-agreed = Accord
queue-status-disagreement = Désaccord
queue-status-moderation = En attente d’arbitrage
queue-status-moderated = Arbitré

method-agreed = accord
method-agreed-after-revision = accord après révision
method-moderated = arbitré

source-official = Données officielles
source-survey = Résultats d’enquête
source-official-or-survey = Données officielles ou enquête
source-expert-review = Évaluation par les experts

check-status-unchecked = Pas encore vérifiée
check-status-verified = Vérifiée par le Secrétariat
check-status-queried = Question posée par le Secrétariat
check-status-answered = Réponse reçue, à vérifier de nouveau
check-status-changed = Modifiée depuis sa vérification

score-5 = Excellent
score-4 = Très bien
score-3 = Bien
score-2 = Passable
score-1 = Insuffisant

reviewer-letter = Évaluateur { $letter }

author-you = Vous
author-a-reviewer = Un évaluateur
author-chair = Le/La président(e) du groupe
author-secretariat = Le Secrétariat

continuity-off = Non pris en compte
continuity-prefer = Privilégiés, pour la comparabilité
continuity-avoid = Évités, pour un regard neuf
region-africa = Afrique
region-arab-states = États arabes
region-asia-pacific = Asie et Pacifique
region-europe-north-america = Europe et Amérique du Nord
region-latin-america-caribbean = Amérique latine et Caraïbes
