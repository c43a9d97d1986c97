## L’éditeur de rapport : la ville rédige son rapport, le secrétariat vérifie ses données chiffrées, la ville répond.

reports-page-title = { $city } — rapport
reports-heading = Rapport de la ville : { $city }
reports-state = État :
reports-returned = Renvoyé par le Secrétariat pour correction :
reports-submitted-locked = Ce rapport a été soumis et il est verrouillé. Le Secrétariat peut le renvoyer pour correction.
reports-questions-open =
    Le Secrétariat pose des questions sur { $count ->
        [one] { $count } donnée chiffrée
       *[other] { $count } données chiffrées
    } de ce rapport :
reports-list-separator = {", "}
reports-sentence-end = {"."}
reports-language = Langue du rapport
reports-narratives = Textes descriptifs, pour l’évaluation par les experts
reports-narratives-hint = Décrivez, preuves à l’appui, ce que fait la ville. Chaque texte est lu et noté de 1 à 5 par un groupe d’experts indépendants.
reports-narrative = Texte descriptif
reports-links = Liens vers les justificatifs
reports-links-hint = (une adresse web par ligne)
reports-self-rating = Auto-évaluation de la ville
reports-self-rating-hint = (facultative ; les évaluateurs ne la voient qu’après avoir donné leur propre note, et le profil la présente à côté du consensus)
reports-statistics = Statistiques
reports-statistics-hint = Laissez vide ce que la ville ne communique pas.
reports-year = Année
reports-source = Source
reports-figure-source-official = Données officielles
reports-figure-source-survey = Enquête
reports-provided-by = Fourni par
reports-not-available = Non disponible
reports-why-not-available = Motif de l’indisponibilité
reports-save-draft = Enregistrer le brouillon
reports-submit = Soumettre le rapport
reports-question = Question :
reports-answer = Réponse :
reports-not-available-reason = Non disponible : { $reason }

reports-checking = Vérification des données chiffrées
reports-checking-hint =
    { $count ->
        [one] { $count } donnée chiffrée
       *[other] { $count } données chiffrées
    } ; { $waiting } à traiter. Une vérification vaut pour la donnée telle qu’elle est : si la ville la modifie, elle doit être vérifiée à nouveau.
reports-col-measurement = Mesure
reports-col-figure = Donnée
reports-col-stands = État de la vérification
reports-col-decision = Votre décision
reports-verified = Vérifiée
reports-question-label = Question à la ville sur { $code }
reports-send-question = Envoyer la question

reports-questions = Questions du Secrétariat sur vos données chiffrées
reports-questions-hint = Répondez par écrit ; corrigez aussi la donnée si elle était erronée. Un rapport verrouillé accepte tout de même une donnée corrigée.
reports-answer-label = Votre réponse sur { $code }
reports-corrected = Donnée corrigée
reports-corrected-hint = (laissez-la telle quelle si elle était juste)
reports-send-answer = Envoyer la réponse
