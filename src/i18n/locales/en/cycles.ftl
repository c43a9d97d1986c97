## Review cycles: the secretariat's list and cycle page, the confirmation steps of its actions,
## and the messages of the report editor's forms.

cycles-title = Review cycles
cycles-none = No cycle yet.
cycles-table-scroll = Table (scrolls sideways on a narrow screen)
# Between the items of a list of names ("Accra, Lima").
cycles-list-separator = {", "}
# Between clauses that may contain commas themselves ("Lima (already returned); Accra (…)").
cycles-clause-separator = {"; "}
# $done, $total: numbers ("3 of 12")
cycles-progress-of = { $done } of { $total }

## The list of cycles and the form of a new one.

cycles-col-cycle = Cycle
cycles-col-state = State
cycles-col-reports-submitted = Reports submitted
cycles-submission-deadline = Submission deadline
cycles-review-deadline = Review deadline
cycles-reconciliation-deadline = Reconciliation deadline
cycles-new = Open a new cycle
cycles-name = Name
cycles-participating-cities = Participating cities
cycles-register-cities-first = Register cities first.
cycles-panel-size-new = Experts per city and panel
cycles-panel-size-new-hint = (2 to 7; 3 if empty)
cycles-edition = Framework edition
# After the name of the server's default edition of the framework.
cycles-edition-default = (default)
cycles-deadlines = Deadlines
# $zone: a time zone name, such as Europe/Paris
cycles-deadlines-hint = (day and time in { $zone }; optional)
cycles-open-as-draft = Open the cycle (as a draft)

## The cycle page.

cycles-framework = Framework
cycles-experts-per-bundle = Experts per bundle
cycles-reports-submitted-progress = Reports submitted:
cycles-out-of-review = Out of the review:
# $cities: the cities' names, separated by cycles-list-separator
cycles-out-of-review-cities = { $cities }. Their report was not submitted when the review started (or was returned): it has no part in this cycle's review, and its draft figures never reach the city's profile.
# $count: bundles of reports with fewer experts than the panel size
cycles-short-bundles = { $count } bundle(s) have fewer experts than the panel size. Fill them on the assignment page, or start the review with them short:
cycles-start-short = Start the review with the short bundles
cycles-short-why = Why
cycles-short-why-hint = (at least 10 characters; kept in the audit log)
# $state: the next state of the cycle (cycle-state-…)
cycles-move-to = Move to: { $state }
cycles-close-rounds-text = Close every open revision round now, as at its deadline: those who did not resubmit keep their previous score.
cycles-close-rounds = Close the revision rounds now
cycles-link-assignment = Assignment of experts
cycles-link-guidance = Scoring guidance
cycles-link-reconciliation = Reconciliation
cycles-link-agreement = Agreement
cycles-link-ratings-csv = Every rating (CSV, with reviewers' names)
cycles-ratings = Ratings
cycles-ratings-submitted-progress = Ratings submitted:
cycles-by-panel = By panel
cycles-by-city = By city
cycles-behind = Experts with ratings still to submit
# $name: an expert's name; $count: their ratings still to submit
cycles-behind-expert = { $name }: { $count }
cycles-remind-now = Remind them now by e-mail
cycles-extensions = Personal extensions of the current round
cycles-extensions-none = None.
# $name: an expert's name; $until: a deadline (day, time and time zone)
cycles-extension-until = { $name }: until { $until }
cycles-extension-withdraw = Withdraw
cycles-extension-expert = Expert
cycles-extension-until-label = May rate until
cycles-extension-give = Give this extension
cycles-change = Change the cycle
# $zone: a time zone name, such as Europe/Paris
cycles-deadlines-in = Deadlines, in { $zone }
cycles-zone = Time zone of these fields
cycles-panel-size-hint = (2 to 7)
cycles-min-justification = Shortest justification of a submitted rating
cycles-min-justification-hint = (characters)
cycles-max-spread = Ratings agree when they are at most this far apart
cycles-revision-rounds = Revision rounds before moderation
cycles-conflict-same-country = Experts do not review cities of their own country
cycles-save = Save the changes

## The cycle page: its cities and their reports, its panels.

cycles-cities = Cities and their reports
cycles-col-city = City
cycles-col-report = Report
cycles-filter-any = any
cycles-order = Order
cycles-order-name = by name
cycles-order-state = by report state
cycles-order-submitted = latest submitted first
cycles-filter-show = Show
# $shown: cities listed after the search; $total: the cycle's cities
cycles-cities-shown = { $shown } of { $total } cities shown.
cycles-col-select = Select
# $city: a city's name (a checkbox's label for screen readers)
cycles-select-city = Select { $city }
cycles-col-submitted = Submitted
cycles-col-figures = Figures
cycles-col-action-plan = Action plan
cycles-col-actions = Actions
# A report's figures by where they stand; joined by cycles-list-separator.
cycles-figures-to-check = { $count } to check
cycles-figures-queried = { $count } queried
cycles-figures-verified = { $count } verified
# $answered: measurements the city's action plan answers; $total: the cycle's reviewed measurements
cycles-answered = { $answered } of { $total } answered
cycles-return-message = Return for correction, with a message:
cycles-return = Return
cycles-bulk = With the selected cities
cycles-bulk-remind = Remind them to submit their report (those not submitted)
cycles-bulk-return = Return their submitted reports for correction
cycles-bulk-message = Message
cycles-bulk-message-hint = (for a return: what to correct)
cycles-bulk-continue = Continue
cycles-panels = Panels
cycles-col-panel = Panel
cycles-col-measurements = Measurements
cycles-col-members = Members

## What moving a cycle on will do (the confirmation step), and what it did.

# $count: the cycle's participating cities
cycles-confirm-collecting-told = The { $count } participating cities are told by e-mail that the cycle is open for their report.
cycles-confirm-collecting-write = The cities can then write and submit their reports.
# $missing: reports not submitted; $total: the cycle's cities
cycles-confirm-reviewing-out = Reports not submitted now ({ $missing } of { $total }) are out of the review.
cycles-confirm-reviewing-locked = Submitted reports are locked; the assigned experts start rating.
cycles-confirm-reconciling-rule = First-round ratings are settled by the rule: agreeing items get their consensus.
cycles-confirm-reconciling-revision = Disagreeing items go to a revision round and their reviewers are told by e-mail.
cycles-confirm-reconciling-closed = Experts can no longer submit first-round ratings.
cycles-confirm-published-profiles = Every consensus score and feedback statement goes to its city's profile.
# $count: the cycle's participating cities
cycles-confirm-published-told = The users of the { $count } cities are told by e-mail.
cycles-confirm-published-final = Ratings, consensus and statements can no longer change.
cycles-confirm-archived = The cycle becomes read-only; its published results stay on the profiles.
# $cycle: the cycle's name; $state: the next state (cycle-state-…)
cycles-move-confirm-title = Move "{ $cycle }" to: { $state }
cycles-move-confirm-button = Yes, move to: { $state }
cycles-moved = The cycle is now: { $state }.
# $reason: why the state does not allow the move (a sentence without its full stop)
cycles-cannot-move = The cycle cannot move on: { $reason }.
# $reason: which field is wrong and why (its own sentence)
cycles-cannot-move-invalid = The cycle cannot move on: { $reason }
cycles-unknown-state = unknown state

## Creating and changing a cycle: what the forms refuse, and what was done.

# $field: which deadline (cycles-field-…); $raw: the text as typed
cycles-deadline-unreadable = the { $field }: `{ $raw }` is not a day and time (2026-12-31T17:00)
cycles-date-unreadable = `{ $raw }` is not a day and time (2026-12-31T17:00)
cycles-field-submission-deadline = submission deadline
cycles-field-review-deadline = review deadline
cycles-field-reconciliation-deadline = reconciliation deadline
cycles-panel-size-invalid = panel size: a whole number from 2 to 7
cycles-whole-number = a whole number
# $cycle: the new cycle's name
cycles-opened = { $cycle } was opened as a draft.
cycles-changed = The cycle is changed; the people concerned are told.
# $reason: why not
cycles-not-changed = Not changed: { $reason }
cycles-choose-expert = choose an expert
cycles-say-until-when = say until when
cycles-extension-given = The extension is given; the expert is told.
cycles-no-extension = No extension: { $reason }
cycles-extension-withdrawn = The extension is withdrawn; the expert is told.

## Closing revision rounds early (reconciliation).

# $cycle: the cycle's name
cycles-close-confirm-title = Close revision rounds of "{ $cycle }"
# $count: items selected on the reconciliation queue
cycles-close-confirm-selected = The revision round of the { $count } selected item(s) closes now, as at the deadline.
cycles-close-confirm-all = Every open revision round of the cycle closes now, as at the deadline.
cycles-close-confirm-previous = Reviewers who did not resubmit keep their previous score; the rule applies again, and items still apart go to moderation.
cycles-close-confirm-button = Yes, close them now
# $count: items settled
cycles-items-settled = { $count } item(s) settled.

## Reminders to experts.

# $count: experts with ratings still to submit
cycles-remind-confirm = { $count } expert(s) with ratings still to submit get a reminder by e-mail now:
# $name: an expert's name; $count: their ratings still to submit
cycles-remind-confirm-expert = { $name }: { $count } to submit
# $cycle: the cycle's name
cycles-remind-confirm-title = Remind the experts of "{ $cycle }"
cycles-remind-confirm-button = Yes, send the reminders
# $count: e-mails queued
cycles-reminders-queued = { $count } reminder(s) queued.
cycles-remind-not-in-review = Reminders go out while the cycle is in review.

## Actions on the selected cities of a cycle.

cycles-bulk-select-first = Select at least one city first.
cycles-bulk-remind-title = Remind the selected cities
cycles-bulk-remind-confirm = The users of these cities get a reminder to submit their report, if it is not in yet:
cycles-bulk-return-title = Return the selected reports
# $message: the secretariat's message, as typed
cycles-bulk-return-confirm = These cities' submitted reports go back to them for correction, with your message "{ $message }":
cycles-bulk-choose-action = choose what to do with the selected cities
# $count: the selected cities
cycles-bulk-confirm-button = Yes, for { $count } cities
cycles-bulk-nobody-to-remind = No selected city has a report still to submit.
# $cities: the cities' names, separated by cycles-list-separator
cycles-bulk-reminded = Reminded: { $cities }.
cycles-bulk-returned = Returned: { $cities }.
# $cities: each city with why, separated by cycles-clause-separator
cycles-bulk-not-returned = Not returned: { $cities }.
# $city: a city's name; $reason: why its report was not returned
cycles-bulk-refused-city = { $city } ({ $reason })
cycles-report-returned = The report was returned to the city with your message.

## The report editor's forms: saving, submitting, checking and answering about figures.

cycles-only-city-writes = Only the city's own users write its report.
cycles-only-city-answers = Only the city's own users answer about its figures.
# $count: problems marked beside their fields
cycles-draft-saved-except = The draft is saved, except { $count } thing(s) marked below.
cycles-draft-saved-except-not-submitted = The draft is saved, except { $count } thing(s) marked below; it is not submitted.
cycles-draft-saved = Draft saved.
cycles-report-submitted = Your report is submitted. Thank you.
# $reason: why the report could not be submitted (without its full stop)
cycles-draft-saved-not-submitted = The draft is saved, but not submitted: { $reason }.
# $code: a measurement's code, such as 1.1.2
cycles-figure-verified = { $code } is marked verified.
cycles-figure-queried = Your question about { $code } is sent to the city.
cycles-answer-sent = Your answer about { $code } is sent to the secretariat.
# $year: the year as typed
cycles-year-not-a-number = the year `{ $year }` is not a number
# $breakdown: which value of the figure (total, women …); $value: as typed
cycles-value-not-a-number = { $breakdown }: `{ $value }` is not a number
# $source: as sent
cycles-not-a-source = `{ $source }` is not a source
# $rating: as typed
cycles-own-rating-not-a-score = the city's own rating `{ $rating }` is not a score

cycles-affinity-legend = What the assignment weighs
cycles-affinity-hint = Each weight from 0 to 10. An expert's affinity for a city's panel is the weighted mean of: the share of the panel's areas of focus in their expertise; knowing the city's region; reading the report's language natively; and, unless continuity is off, having (or not having) reviewed the city in its previous cycle.
cycles-weight-expertise = Expertise in the panel's areas of focus
cycles-weight-region = Knows the city's region
cycles-weight-native-language = Reads the report's language natively
cycles-weight-continuity = Continuity with the previous cycle
cycles-continuity = Reviewers of the city's previous cycle
cycles-affinity-summary = expertise { $expertise }, region { $region }, native language { $native }; previous reviewers: { $continuity }
