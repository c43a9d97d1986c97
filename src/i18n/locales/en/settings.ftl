## The language switcher and /settings.

settings-language-saved = Your language is saved: pages and e-mails will be in it.
