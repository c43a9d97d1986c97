## The language switcher and /settings.

settings-language-saved = Se ha guardado su idioma: las páginas y los correos electrónicos se mostrarán en él.
settings-saved = Se ha guardado su configuración.

settings-title = Mi configuración
settings-language = Idioma
settings-language-browser = El idioma del navegador
# Each language in itself, and its name in the reader's language in brackets (none for the reader's own).
settings-language-ar = العربية (árabe)
settings-language-zh = 中文 (chino)
settings-language-en = English (inglés)
settings-language-fr = Français (francés)
settings-language-ru = Русский (ruso)
settings-language-es = Español
settings-time-zone = Zona horaria
settings-time-zone-hint = (los plazos se muestran en ella, con la hora UTC al lado)
settings-digest-legend = Recordatorios y cambios de asignación por correo electrónico
settings-digest-immediate = Un mensaje por evento
settings-digest-daily = Un resumen al día
settings-save = Guardar

## API tokens

settings-tokens-title = Mis tokens de API
settings-tokens-intro = Un token permite que un script utilice la API JSON en su nombre (Authorization: Bearer …). Cada token caduca; revoque los que ya no utilice.
settings-tokens-new-secret = Su nuevo token. Cópielo ahora: solo se muestra una vez.
settings-tokens-none = Ningún token vigente.
settings-table-scroll = Tabla (se desplaza horizontalmente en pantallas estrechas)
settings-tokens-label = Etiqueta
settings-tokens-created = Creado
settings-tokens-last-used = Último uso
settings-tokens-expires = Caduca
settings-tokens-revoke = Revocar
settings-tokens-new-heading = Un nuevo token
settings-tokens-what-for = Para qué sirve
settings-tokens-days = Días hasta que caduque
settings-tokens-days-hint = (de 1 a 365)
settings-tokens-create = Crear el token
settings-tokens-days-invalid = Días: un número entero de 1 a 365.
settings-token-revoked = Se ha revocado el token.
