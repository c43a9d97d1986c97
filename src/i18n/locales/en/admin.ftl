## The secretariat's pages: users, cities and their institutions, the outbox, the e-mail templates.

admin-table-scroll = Table (scrolls sideways on a narrow screen)
admin-go-to-form = Go to the form
admin-back = Back
admin-save = Save
admin-optional = (optional)

admin-name = Name
admin-email = E-mail
admin-role = Role
admin-city = City
admin-status = Status
admin-country = Country
admin-region = Region
admin-languages = Languages
admin-institutions = Institutions

## Users

admin-users-title = Users
# $error: why the invitation was refused
admin-users-not-sent = The invitation was not sent: { $error }
admin-users-count = { $count } account(s)
admin-user-disabled = Disabled
admin-user-active = Active
admin-user-enable = Enable
admin-user-disable = Disable
admin-invite-heading = Invite a person
admin-invite-hint = They sign in with their institution's account; its verified e-mail address must be the one given here.
admin-city-hint = (city coordinators only)
admin-invite-button = Invite
admin-invite-choose-city = choose a city from the list
admin-user-invited = { $name } was invited; an e-mail tells them where to sign in.
admin-user-disabled-done = { $name } was disabled; their sessions have ended.
admin-user-enabled-done = { $name } was enabled.

## Cities

admin-cities-title = Cities
admin-cities-not-registered = The city was not registered: { $error }
admin-cities-count = { $count } cities, by name
admin-institutions-view = view or change
admin-register-heading = Register a city
admin-country-hint = (ISO 3166-1 alpha-2, e.g. CN)
admin-report-languages = Report languages
admin-report-languages-hint = (ISO 639-1, comma-separated, e.g. en, fr)
admin-register-button = Register
# $field: one of the admin-city-field-… words
admin-cities-refused = { $field }: { $message }
admin-city-field-name = name
admin-city-field-country = country
admin-city-field-region = region
admin-city-field-languages = languages
admin-city-field-institutions = institutions
admin-city-registered = { $name } was registered.

## A city's institutions

admin-institutions-title = Institutions of { $city }
admin-institutions-intro = The city government and the partner institutions your report names. An expert who works for one of them does not review the city: this is one of the conflicts of interest the assignment respects, also after it is made.
admin-institutions-hint = (one per line)
admin-institutions-saved = The institutions of { $city } are saved.

## The outbox

admin-outbox-title = Outbox
admin-outbox-intro = Every e-mail the service sends: to whom, when, and what failed. A message that failed every attempt can be sent again.
admin-outbox-templates-link = See every message as it reads
# What follows the link: the sentence's full stop.
admin-outbox-templates-after = .
# $status: one of the admin-outbox-status-… words
admin-outbox-count-of = { $status }: { $count }
admin-outbox-status-pending = pending
admin-outbox-status-sending = sending
admin-outbox-status-sent = sent
admin-outbox-status-failed = failed
admin-outbox-status-held = held
admin-outbox-status-digested = digested
admin-outbox-all = all
admin-outbox-filter = Filter
admin-outbox-none = No message.
admin-outbox-count = { $count } message(s), newest first
admin-outbox-queued = Queued (UTC)
admin-outbox-to = To
admin-outbox-subject = Subject
admin-outbox-kind = Kind
admin-outbox-sent = Sent (UTC)
admin-outbox-attempts = ({ $count } attempt(s))
admin-outbox-why = Why
admin-outbox-send-again = Send again
admin-outbox-queued-again = The message to { $to } is queued again.
admin-outbox-not-sent-again = Not sent again: { $reason }

## The e-mail templates

admin-templates-title = E-mail templates
admin-templates-intro = Every message the service sends, as its recipient reads it (sample data; dates in the recipient's time zone with UTC beside).
admin-templates-subject = Subject (sample)
admin-templates-all = ← All templates
admin-template-to = To: { $to }
admin-template-kind = kind
admin-template-plain = Plain text
admin-template-html = The HTML version
