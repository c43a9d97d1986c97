## The audit log (secretariat).

audit-title = Audit log
audit-intro = Who did what to which object, and when. Append-only.
audit-filter-object-type = Object type
audit-filter-object-id = Object id
audit-filter-action = Action
audit-filter-actor = Actor (user id)
audit-filter = Filter
audit-table-scroll = Table (scrolls sideways on a narrow screen)
audit-col-when = When (UTC)
audit-col-actor = Actor
audit-col-action = Action
audit-col-object = Object
audit-col-before = Before
audit-col-after = After
# $name: a user's name; $id: their number
audit-user-named = { $name } (user { $id })
# $id: a user's number
audit-user = user { $id }
# The actor of a change made on the server's command line.
audit-command-line = command line
# $person: who issued the API token used (audit-user-named or audit-user)
audit-token-issued-by = with a token issued by { $person }
# Opens the object's state before or after the change.
audit-show = show
audit-pages = Pages
audit-newer = ← Newer
audit-older = Older →
