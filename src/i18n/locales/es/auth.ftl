## Signing in: the sign-in page, refusals, the CSRF check.

auth-signin-title = Iniciar sesión
auth-sign-in = Iniciar sesión
auth-signed-out = Ha cerrado la sesión.
auth-signin-intro = Las cuentas de lcreview las crea la Secretaría. Inicie sesión con la cuenta de su institución.
# Followed by the configuration section's name, [[auth.providers]], then auth-no-provider-after.
auth-no-provider-before = No hay ningún proveedor de identidad configurado. Un administrador puede añadir uno en la sección
auth-no-provider-after = de la configuración.
# $provider: the sign-in provider's name
auth-signin-with = Iniciar sesión con { $provider }
auth-dev-heading = Inicio de sesión de desarrollo
# Followed by the setting's name, auth.dev_login, then auth-dev-after.
auth-dev-before = Este servidor funciona con la opción
auth-dev-after = activada: elija cualquier usuario para explorar lcreview en su nombre. Nunca en un servidor al que otras personas puedan acceder.
# Followed by the command, lcreview admin create-user, then auth-dev-no-user-after.
auth-dev-no-user-before = Todavía no hay ningún usuario. Cree uno con el comando
auth-dev-no-user-after = .
auth-dev-user = Usuario

auth-not-invited-title = Sin invitación
auth-not-invited-heading = Todavía no ha recibido una invitación
auth-not-invited-text = Ha iniciado sesión con { $provider }, pero ninguna cuenta de lcreview corresponde a su dirección de correo electrónico verificada. Las cuentas las crea la Secretaría: pídale que le invite con la dirección que utiliza la cuenta de su institución y vuelva a iniciar sesión.
auth-back-to-signin = Volver al inicio de sesión

auth-disabled-title = Cuenta desactivada
auth-disabled-heading = Su cuenta está desactivada
auth-disabled-text = La Secretaría ha desactivado esta cuenta de lcreview. Si cree que se trata de un error, pídale que la vuelva a activar.

auth-linked-title = Otra cuenta
auth-linked-heading = Su cuenta de lcreview utiliza otra cuenta de { $provider }
auth-linked-text = La cuenta de lcreview con su dirección de correo electrónico ya está vinculada a otra cuenta de { $provider }. Inicie sesión con esa cuenta. Si ya no tiene acceso a ella, consulte a la Secretaría: puede volver a vincular su cuenta.

auth-sign-in-expired = Este inicio de sesión ha caducado o no se inició aquí. Vuelva a iniciar sesión.
auth-sign-in-cancelled = El proveedor de identidad canceló o rechazó el inicio de sesión.
auth-sign-in-unverified = No se pudo verificar este inicio de sesión. Vuelva a iniciar sesión.
auth-csrf-refused = Este formulario ha caducado o no procede de lcreview. Vuelva atrás, recargue la página e inténtelo de nuevo.
# $error: the form reader's technical explanation
auth-form-unreadable = no se pudo leer el formulario: { $error }
auth-page-for-secretariat = Esta página está reservada a la Secretaría.
