list-separator = {", "}
framework-unofficial = El texto del marco se muestra en una traducción no oficial hecha para lcreview; el texto en inglés de las Características clave de las ciudades del aprendizaje de la UNESCO es el auténtico.
