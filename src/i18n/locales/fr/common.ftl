list-separator = {", "}
framework-unofficial = Le texte du cadre est présenté dans une traduction non officielle réalisée pour lcreview ; le texte anglais des Caractéristiques clés des villes apprenantes de l’UNESCO fait foi.
