## Signing in: the sign-in page, refusals, the CSRF check.

auth-signin-title = Вход
auth-sign-in = Войти
auth-signed-out = Вы вышли из системы.
auth-signin-intro = Учётные записи lcreview создаёт Секретариат. Войдите с учётной записью своего учреждения.
# Followed by the configuration section's name, [[auth.providers]], then auth-no-provider-after.
auth-no-provider-before = Не настроен ни один поставщик входа. Администратор может добавить его в разделе
auth-no-provider-after = конфигурации.
# $provider: the sign-in provider's name
auth-signin-with = Войти через { $provider }
auth-dev-heading = Вход для разработки
# Followed by the setting's name, auth.dev_login, then auth-dev-after.
auth-dev-before = На этом сервере включён параметр
auth-dev-after = — можно выбрать любого пользователя и изучить lcreview от его имени. Никогда не включайте этот параметр на сервере, доступном другим.
# Followed by the command, lcreview admin create-user, then auth-dev-no-user-after.
auth-dev-no-user-before = Пользователей пока нет. Создайте пользователя командой
auth-dev-no-user-after = .
auth-dev-user = Пользователь

auth-not-invited-title = Нет приглашения
auth-not-invited-heading = Вы ещё не приглашены
auth-not-invited-text = Вы вошли через { $provider }, но ни одна учётная запись lcreview не соответствует вашему подтверждённому адресу электронной почты. Учётные записи создаёт Секретариат: попросите его направить вам приглашение на адрес, который используется в учётной записи вашего учреждения, а затем войдите снова.
auth-back-to-signin = Вернуться ко входу

auth-disabled-title = Учётная запись отключена
auth-disabled-heading = Ваша учётная запись отключена
auth-disabled-text = Секретариат отключил эту учётную запись lcreview. Если вы считаете, что это ошибка, попросите Секретариат снова её включить.

auth-linked-title = Другая учётная запись
auth-linked-heading = Ваша учётная запись lcreview связана с другой учётной записью { $provider }
auth-linked-text = Учётная запись lcreview с вашим адресом электронной почты уже связана с другой учётной записью { $provider }. Войдите с ней. Если вы потеряли к ней доступ, обратитесь в Секретариат: он может заново связать вашу учётную запись.

auth-sign-in-expired = Срок этого входа истёк, или вход был начат не здесь. Пожалуйста, войдите снова.
auth-sign-in-cancelled = Вход отменён или отклонён поставщиком.
auth-sign-in-unverified = Не удалось проверить этот вход. Пожалуйста, войдите снова.
auth-csrf-refused = Срок действия этой формы истёк, или она отправлена не из lcreview. Вернитесь назад, обновите страницу и повторите попытку.
# $error: the form reader's technical explanation
auth-form-unreadable = не удалось прочитать форму: { $error }
auth-page-for-secretariat = Эта страница предназначена для Секретариата.
