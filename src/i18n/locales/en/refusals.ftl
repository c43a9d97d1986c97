## Refusals of the store (what a write finds in the database) and of the outbox's filters.
## $id: a person's or a city's id number.

refusals-city-twice = a city is listed twice
refusals-no-city = there is no city with id { $id }
refusals-member-twice = a member is listed twice
refusals-no-user = there is no user with id { $id }
refusals-not-an-expert = user { $id } is not an expert
refusals-user-disabled = user { $id } is disabled
refusals-chair-not-member = the chair (user { $id }) must be a member of the panel
# "chair": null is typed as it is (a field of the API's JSON).
refusals-chair-no-longer-member = the panel's chair (user { $id }) is no longer a member: name another member as chair, or send "chair": null for no chair
# $state: a cycle's state (error-cycle-state-…)
refusals-panels-frozen = panels can change only before review starts; the cycle is { $state }
refusals-cycle-stale = the cycle was changed meanwhile; reload and try again
refusals-rating-stale = your rating was changed meanwhile (in another window?); reload it and try again
refusals-report-stale = the report was changed meanwhile (in another window or by a colleague); reload it and try again
refusals-no-open-question = the secretariat has no open question about this figure
refusals-conflict-declared = this conflict of interest is already declared
# $name: a city's name; $country: its country code (IE)
refusals-city-registered = { $name } ({ $country }) is already registered
# $email: an e-mail address
refusals-email-taken = a user with e-mail { $email } already exists
refusals-identity-taken = this account is already linked, or the user already has an account of this provider

## The outbox's filters. $value: what was given; $choices: the codes to use, typed as they are.

refusals-outbox-status = `{ $value }` is not a status; use one of { $choices }
refusals-outbox-kind = `{ $value }` is not a kind of message; use one of { $choices }
refusals-outbox-before = a message id (1 or more)
refusals-outbox-limit = from 1 to 500 messages at a time
# $status: pending, sending, sent, held or digested (a code: translations select on it)
refusals-outbox-not-failed = only a failed message is sent again; this one is { $status } (a pending message goes out by itself)

## The default scoring guidance: what each level of the scale means where the secretariat wrote
## nothing for a measurement (5 Excellent … 1 Poor).

refusals-guidance-default-5 = Fully in place and sustained across the city, with clear evidence of results.
refusals-guidance-default-4 = In place and working, with evidence; small gaps in reach or in follow-up.
refusals-guidance-default-3 = In place in part or recently begun, with evidence of some results.
refusals-guidance-default-2 = Planned, or begun on a small scale; little evidence of results.
refusals-guidance-default-1 = Not in place, or the report gives no evidence of it.
