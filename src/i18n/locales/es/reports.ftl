## El editor del informe: la ciudad redacta su informe, la secretaría verifica sus datos y la ciudad responde.

reports-page-title = { $city } — informe
reports-heading = Informe de { $city }
reports-state = Estado:
reports-returned = Devuelto por la Secretaría para su corrección:
reports-submitted-locked = Este informe se ha presentado y está bloqueado. La Secretaría puede devolverlo para su corrección.
reports-questions-open =
    La Secretaría formula preguntas sobre { $count ->
        [one] { $count } cifra
       *[other] { $count } cifras
    } de este informe:
reports-list-separator = {", "}
reports-sentence-end = {"."}
reports-language = Idioma del informe
reports-narratives = Descripciones narrativas, para la evaluación por expertos
reports-narratives-hint = Describa, con pruebas, lo que hace la ciudad. Cada descripción es leída y calificada de 1 a 5 por un grupo de expertos independientes.
reports-narrative = Descripción narrativa
reports-links = Enlaces a las pruebas
reports-links-hint = (una dirección web por línea)
reports-self-rating = Calificación propia de la ciudad
reports-self-rating-hint = (opcional; los evaluadores solo la ven después de emitir su propia calificación, y el perfil la muestra junto al consenso)
reports-statistics = Estadísticas
reports-statistics-hint = Deje en blanco lo que la ciudad no comunique.
reports-year = Año
reports-source = Fuente
reports-figure-source-official = Datos oficiales
reports-figure-source-survey = Encuesta
reports-provided-by = Facilitado por
reports-not-available = No disponible
reports-why-not-available = Motivo de la falta de datos
reports-save-draft = Guardar el borrador
reports-submit = Presentar el informe
reports-question = Pregunta:
reports-answer = Respuesta:
reports-not-available-reason = No disponible: { $reason }

reports-checking = Verificación de las cifras
reports-checking-hint =
    { $count ->
        [one] { $count } cifra
       *[other] { $count } cifras
    }; { $waiting } por examinar. Una verificación es válida para la cifra tal como está: si la ciudad la modifica, debe verificarse de nuevo.
reports-col-measurement = Medición
reports-col-figure = Cifra
reports-col-stands = Situación
reports-col-decision = Su decisión
reports-verified = Verificada
reports-question-label = Pregunta a la ciudad sobre { $code }
reports-send-question = Enviar la pregunta

reports-questions = Preguntas de la Secretaría sobre sus cifras
reports-questions-hint = Responda por escrito; corrija también la cifra si era errónea. Un informe bloqueado admite igualmente una cifra corregida.
reports-answer-label = Su respuesta sobre { $code }
reports-corrected = Cifra corregida
reports-corrected-hint = (déjela como está si era correcta)
reports-send-answer = Enviar la respuesta
