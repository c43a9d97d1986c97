## Los nombres del dominio: funciones, estados, la escala.

role-secretariat = Secretaría
role-expert = Experto
role-city = Coordinador de la ciudad

cycle-state-draft = Borrador
cycle-state-collecting = Recopilación de informes
cycle-state-reviewing = En evaluación
cycle-state-reconciling = Conciliación
cycle-state-published = Publicado
cycle-state-archived = Archivado

deadline-submission = Presentación
deadline-review = Evaluación
deadline-reconciliation = Conciliación

report-state-draft = Borrador
report-state-submitted = Presentado
report-state-returned = Devuelto para corrección

queue-status-open = Faltan calificaciones
queue-status-agreed = Acuerdo
queue-status-disagreement = Desacuerdo
queue-status-moderation = En espera de arbitraje
queue-status-moderated = Arbitrado

method-agreed = acuerdo
method-agreed-after-revision = acuerdo tras revisión
method-moderated = arbitraje

source-official = Datos oficiales
source-survey = Resultados de encuestas
source-official-or-survey = Datos oficiales o encuesta
source-expert-review = Evaluación por expertos

check-status-unchecked = Aún no verificado
check-status-verified = Verificado por la Secretaría
check-status-queried = Con una pregunta de la Secretaría
check-status-answered = Respondido, por verificar de nuevo
check-status-changed = Modificado desde su verificación

score-5 = Excelente
score-4 = Muy bueno
score-3 = Bueno
score-2 = Aceptable
score-1 = Deficiente

reviewer-letter = Evaluador { $letter }

author-you = Usted
author-a-reviewer = Un evaluador
author-chair = La presidencia del grupo
author-secretariat = La Secretaría

continuity-off = No se tienen en cuenta
continuity-prefer = Preferidos, por comparabilidad
continuity-avoid = Evitados, para una mirada nueva
region-africa = África
region-arab-states = Estados Árabes
region-asia-pacific = Asia y el Pacífico
region-europe-north-america = Europa y América del Norte
region-latin-america-caribbean = América Latina y el Caribe
