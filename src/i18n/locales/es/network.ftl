## La vista anónima de la red, para la secretaría.

network-page-title = Red
network-heading = La red
network-lead = La situación de cada ciclo y la distribución de las puntuaciones de consenso publicadas entre las ciudades. Aquí las ciudades se cuentan, pero nunca se clasifican ni se nombran.
network-cities-per-state = Ciudades por estado
network-table-scroll = Tabla (se desplaza horizontalmente en pantallas estrechas)
network-col-cycle = Ciclo
network-col-state = Estado
network-col-cities = Ciudades
network-col-draft = Informes en borrador
network-col-submitted = Presentados
network-col-returned = Devueltos
network-published-scores = Puntuaciones publicadas del conjunto de ciudades
network-none-published = Todavía no se ha publicado ningún ciclo.
network-cycle = Ciclo
network-show = Mostrar
network-distribution-hint = Número de ciudades con cada puntuación de consenso, por medición, en el ciclo { $cycle }.
network-distribution-title = Ciudades por puntuación de consenso (de 1 Deficiente a 5 Excelente)

network-over-time = La red a lo largo del tiempo
network-over-time-empty = Cuando se hayan publicado dos ciclos, aquí se mostrará cómo han evolucionado las puntuaciones del conjunto de ciudades de un ciclo a otro.
network-over-time-hint = Para todas las ciudades de cada ciclo publicado, del más antiguo al más reciente: la puntuación de consenso media por ámbito de acción y, a continuación, la distribución de las puntuaciones de cada medición. Solo recuentos: no se nombra a ninguna ciudad.
network-over-time-table = Puntuaciones del conjunto de ciudades a lo largo del tiempo
network-over-time-caption = Por medición y ciclo: la puntuación mediana, el número de ciudades y cuántas obtuvieron cada puntuación de 1 a 5
network-col-measurement = Medición
network-median = mediana
network-cities =
    { $count ->
        [one] { $count } ciudad
       *[other] { $count } ciudades
    }
