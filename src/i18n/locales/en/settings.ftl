## The language switcher and /settings.

settings-language-saved = Your language is saved: pages and e-mails will be in it.
settings-saved = Your settings are saved.

settings-title = My settings
settings-language = Language
settings-language-browser = The browser's language
# Each language in itself, and its name in the reader's language in brackets (none for the reader's own).
settings-language-ar = العربية (Arabic)
settings-language-zh = 中文 (Chinese)
settings-language-en = English
settings-language-fr = Français (French)
settings-language-ru = Русский (Russian)
settings-language-es = Español (Spanish)
settings-time-zone = Time zone
settings-time-zone-hint = (deadlines are shown in it, with UTC beside)
settings-digest-legend = Reminders and assignment changes by e-mail
settings-digest-immediate = One message per event
settings-digest-daily = One summary a day
settings-save = Save

## API tokens

settings-tokens-title = My API tokens
settings-tokens-intro = A token lets a script use the JSON API as you (Authorization: Bearer …). Each expires; revoke one you no longer use.
settings-tokens-new-secret = Your new token. Copy it now: it is shown only once.
settings-tokens-none = No live token.
settings-table-scroll = Table (scrolls sideways on a narrow screen)
settings-tokens-label = Label
settings-tokens-created = Created
settings-tokens-last-used = Last used
settings-tokens-expires = Expires
settings-tokens-revoke = Revoke
settings-tokens-new-heading = A new token
settings-tokens-what-for = What it is for
settings-tokens-days = Days until it expires
settings-tokens-days-hint = (1 to 365)
settings-tokens-create = Create the token
settings-tokens-days-invalid = Days: a whole number from 1 to 365.
settings-token-revoked = The token is revoked.
