## The start page: the welcome for visitors, the secretariat's and the city coordinator's home pages.

home-welcome-title = Bienvenida
home-welcome-heading = Evaluación de ciudades del aprendizaje por expertos
home-welcome-lead = lcreview gestiona la evaluación entre pares de los informes de las ciudades del aprendizaje: la Secretaría abre ciclos de evaluación, las ciudades presentan sus informes, expertos independientes califican las mediciones cualitativas en una escala de cinco puntos y concilian sus discrepancias, y cada ciudad consulta sus puntuaciones de consenso y los dictámenes en su propio perfil.
home-sign-in = Iniciar sesión
home-framework = El marco
home-framework-before-link = Las evaluaciones se basan en
home-framework-after-link =
    { $expert_review ->
        [one] : { $measurements } mediciones, de las cuales { $expert_review } se califica mediante la evaluación por expertos.
       *[other] : { $measurements } mediciones, de las cuales { $expert_review } se califican mediante la evaluación por expertos.
    }
home-api = Para scripts
home-api-before-link = La API JSON se describe en su
home-api-link = documento OpenAPI
home-api-after-link = . Las llamadas se autentican con un token personal:
home-api-end = {"."}

## The secretariat's home page.

home-secretariat-title = Secretaría
home-secretariat-lead = Dirigir la evaluación: ciclos, personas, ciudades y publicación.
home-secretariat-cycles = Ciclos de evaluación
home-secretariat-cycles-text = : abrir un ciclo, seguir los informes, la asignación, las calificaciones y la conciliación, y publicar.
home-secretariat-network = La red
home-secretariat-network-text = : ciudades por estado y distribución de las puntuaciones publicadas, sin clasificaciones.
home-secretariat-users = Usuarios
home-secretariat-users-text =
    { $count ->
        [one] {" "}— { $count } cuenta; invite a expertos, coordinadores de ciudades y colegas.
       *[other] {" "}— { $count } cuentas; invite a expertos, coordinadores de ciudades y colegas.
    }
home-secretariat-cities = Ciudades
home-secretariat-cities-text =
    { $count ->
        [one] {" "}— { $count } registrada.
       *[other] {" "}— { $count } registradas.
    }
home-secretariat-framework = El marco
home-secretariat-framework-text = {" "}en el que se basa la evaluación.

## The city coordinator's home page.

home-city-title = Su ciudad
home-city-lead = Página del coordinador de la ciudad
home-city-country = País
home-city-region = Región
home-city-languages = Idiomas de los informes
home-city-institutions = Instituciones
home-city-institutions-none = ninguna registrada
home-institutions-separator = {"; "}
home-city-institutions-change = Modificar
home-city-next = Próximos pasos
home-city-cycle-name = { $cycle }:
home-city-open-report = Abrir el informe
home-city-letter = La carta de resultados
home-city-profile = Perfil de su ciudad: resultados publicados
home-city-reports = Sus informes
home-city-no-reports = Cuando se abra un ciclo de evaluación, el informe de su ciudad aparecerá aquí para que lo redacte y lo presente; las puntuaciones y los dictámenes publicados aparecerán en el perfil de su ciudad.
home-table-scroll = Tabla (se desplaza horizontalmente en pantallas estrechas)
home-col-review-cycle = Ciclo de evaluación
home-col-cycle = Ciclo
home-col-your-report = Su informe
home-city-unbound = Su cuenta no está vinculada a ninguna ciudad. Póngase en contacto con la Secretaría.

## What the city has to do next in a cycle.

home-next-wait = El ciclo se está preparando: por ahora no hay nada que hacer.
home-next-write = Redacte su informe y preséntelo a más tardar el { $deadline }.
home-next-resubmit = La Secretaría le ha devuelto su informe: lea su mensaje, modifique el informe y vuelva a presentarlo.
home-next-submitted = Su informe se ha presentado: no hay nada que hacer hasta que se publiquen los resultados.
home-next-in-review = Los expertos están evaluando su informe; los resultados aparecerán en su perfil.
home-next-out-of-review = Su informe no se había presentado cuando comenzó la evaluación: no forma parte de esta evaluación.
home-next-read-results = Los resultados se han publicado: consúltelos en su perfil.
