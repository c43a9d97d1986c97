## Signing in: the sign-in page, refusals, the CSRF check.

auth-signin-title = Sign in
auth-sign-in = Sign in
auth-signed-out = You have signed out.
auth-signin-intro = lcreview accounts are created by the secretariat. Sign in with the account of your institution.
# Followed by the configuration section's name, [[auth.providers]], then auth-no-provider-after.
auth-no-provider-before = No sign-in provider is configured. An administrator adds one under
auth-no-provider-after = in the configuration.
# $provider: the sign-in provider's name
auth-signin-with = Sign in with { $provider }
auth-dev-heading = Dev sign-in
# Followed by the setting's name, auth.dev_login, then auth-dev-after.
auth-dev-before = This server runs with
auth-dev-after = on: choose any user to explore lcreview as them. Never on a server others can reach.
# Followed by the command, lcreview admin create-user, then auth-dev-no-user-after.
auth-dev-no-user-before = There is no user yet. Create one with
auth-dev-no-user-after = .
auth-dev-user = User

auth-not-invited-title = Not invited
auth-not-invited-heading = You are not invited yet
auth-not-invited-text = You signed in with { $provider }, but no lcreview account matches your verified e-mail address. Accounts are created by the secretariat: ask them to invite you with the address your institution's account uses, then sign in again.
auth-back-to-signin = Back to sign-in

auth-disabled-title = Account disabled
auth-disabled-heading = Your account is disabled
auth-disabled-text = The secretariat has disabled this lcreview account. If you think this is a mistake, ask them to enable it again.

auth-linked-title = Another account
auth-linked-heading = Your lcreview account uses another { $provider } account
auth-linked-text = The lcreview account with your e-mail address is already linked to a different { $provider } account. Sign in with that one. If you have lost access to it, ask the secretariat: they can link your account again.

auth-sign-in-expired = This sign-in has expired or was not started here. Please sign in again.
auth-sign-in-cancelled = The sign-in was cancelled or refused by the provider.
auth-sign-in-unverified = This sign-in could not be verified. Please sign in again.
auth-csrf-refused = This form has expired or did not come from lcreview. Go back, reload the page and try again.
# $error: the form reader's technical explanation
auth-form-unreadable = the form could not be read: { $error }
auth-page-for-secretariat = This page is for the secretariat.
