nav-home = Inicio
nav-cycles = Ciclos
nav-network = Red
nav-users = Usuarios
nav-experts = Expertos
nav-cities = Ciudades
nav-outbox = Bandeja de salida
nav-audit = Registro de auditoría
nav-framework = Marco
nav-history = Mis evaluaciones anteriores
nav-profile = Mi perfil

layout-skip = Ir al contenido
layout-main-nav = Principal
layout-languages = Idiomas
layout-settings = Mi configuración
layout-sign-out = Cerrar sesión
layout-sign-in = Iniciar sesión
layout-footer = lcreview gestiona la evaluación por expertos de los informes de las ciudades del aprendizaje según las Características clave de las ciudades del aprendizaje de la Red Mundial de Ciudades del Aprendizaje de la UNESCO. Cada ciudad solo se compara con sus propios ciclos anteriores; nunca se clasifica.

confirm-warning = Confirme, por favor. Esta acción no se puede deshacer.
confirm-cancel = Cancelar
