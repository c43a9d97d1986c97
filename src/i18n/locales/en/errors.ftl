## Who may do what, and the app's own checks.

error-secretariat-only = only the secretariat may do this
error-actions-own-city-only = only the city's own users write its action plan
# $code: a measurement's code
error-actions-no-score = { $code } has no published score in this cycle
error-cities-register-forbidden = your role may not read the city register
error-cities-institutions-forbidden = a city's institutions are recorded by its users and the secretariat
error-experts-profiles-forbidden = experts' profiles are for the secretariat and the experts
error-experts-conflict-reason = say why, in 1 to 1000 characters
# $value: what was typed
error-experts-city-unknown = no city of the network is called `{ $value }`; leave it empty if yours is not in the network
# $name: a city's name; IE is an example of a country code
error-experts-city-ambiguous = more than one city is called `{ $name }`: add its country code, as in `{ $name }, IE`
error-profile-forbidden = a city's profile is for its users and the secretariat

## The assignment of experts. $expert, $user: a person's id number; $state: a cycle's state (error-cycle-state-…).

error-assignment-not-collecting = assignment runs while the cycle collects reports; it is { $state }
error-assignment-no-proposal = there is no proposal to confirm; run the assignment first
error-assignment-expert-twice = an expert is listed twice
# The first words name the rule that is broken (panel size, panel, profile, conflict, language, capacity).
# $count: the experts given
error-assignment-panel-size = panel size: a bundle has at most { $max } experts, not { $count }
# $panel: a panel's name
error-assignment-not-member = panel: user { $user } is not a member of the panel { $panel }
error-assignment-no-profile = profile: expert { $expert } has no profile yet
# $city: a city's name; $conflict: one of error-conflict-…
error-assignment-conflict = conflict: expert { $expert } may not review { $city } ({ $conflict })
# $language: a language code (fr)
error-assignment-language = language: expert { $expert } does not read { $language }, the language of the report
# $count: the expert's capacity
error-assignment-capacity = capacity: expert { $expert } already carries { $count } bundle(s), their capacity
error-assignment-frozen = the assignment can no longer change: the cycle is { $state }
error-assignment-none = there is no assignment in force
error-assignment-no-bundle = expert { $expert } has no bundle in this cycle
# Why an expert may not review a city.
error-conflict-home-city = their own city
error-conflict-same-country = same country
error-conflict-same-institution = same institution
error-conflict-declared = declared conflict

## Reconciliation: revision rounds, moderation, feedback, agreement statistics.

error-consensus-close-not-reconciling = revision rounds close while the cycle is reconciling; it is { $state }
# $item: an item's id number
error-consensus-item-unknown = item { $item } is not an item of this cycle in review
error-consensus-chairs-only = only panel chairs and the secretariat reconcile
error-consensus-chair-only = only the panel's chair and the secretariat do this
error-consensus-own-item = you reviewed this item: the secretariat moderates it, so that nobody settles their own score
# In an item's history, a rating set aside (a conflict of interest found late), in place of "Reviewer A".
error-consensus-set-aside = Set aside
error-consensus-not-in-moderation = only an item that still disagrees after its last revision round is moderated
error-consensus-feedback-closed = feedback is written in review or reconciliation; the cycle is { $state }
error-consensus-agreement-forbidden = agreement statistics are for the panel chairs and the secretariat
error-consensus-agreement-too-early = a chair reads the agreement statistics of their panels from reconciliation on; the cycle is { $state }

## Review cycles. $state: a cycle's state (error-cycle-state-…).

error-cycles-secretariat-only = only the secretariat manages review cycles
# $value: the edition asked for; $editions: the editions' names
error-cycles-edition-unknown = there is no framework edition `{ $value }`; the editions are { $editions }
error-cycles-short-bundles-reason = say why the short bundles may go to review (at least 10 characters)
error-cycles-city-twice = a city is listed twice
# $id, $city: a city's id number
error-cycles-city-unknown = there is no city with id { $id }
error-cycles-edition-frozen = the framework edition is chosen while the cycle is a draft; it is { $state }, and its reports follow the edition it has
error-cycles-city-submitted = city { $city } has submitted its report: return it first, or keep the city in the cycle
error-cycles-remind-closed = reminders go out while ratings are due (reviewing or reconciling); the cycle is { $state }

## Accounts, API tokens, preferences. $value: what was given.

error-users-own-tokens-only = a person issues their own tokens only
error-users-token-label = a label of at most 100 characters
error-users-token-lifetime = a token lives from 1 to 365 days
error-users-token-reason = say why you issue a token for someone else (at least 10 characters): it is audited
error-users-token-disabled = this account is disabled: enable it before issuing a token
error-users-disable-self = You cannot disable your own account.
# The codes ar, zh, en, fr, ru, es are typed as they are.
error-users-language = `{ $value }` is not a language of the service; use ar, zh, en, fr, ru or es
# Europe/Paris: an example of an IANA time zone's name, typed as it is.
error-users-time-zone = `{ $value }` is not a time zone; use an IANA name such as Europe/Paris
# immediate and daily are typed as they are.
error-users-mail-digest = `{ $value }` is not a choice: use immediate (one message per event) or daily (one summary a day)

## Cities' reports and the checks of their figures. $state: a cycle's state (error-cycle-state-…).

error-reports-own-city-only = only the city's own users write its report
error-reports-not-collecting = reports can change only while the cycle collects them; it is { $state }
error-reports-locked = the report is submitted and locked; the secretariat can return it for correction
# $codes: measurements' codes (3.1.1.a, 3.1.2.a)
error-reports-narratives-missing = a narrative is missing for { $codes }
error-reports-language-missing = say which language the report is written in
error-reports-already-submitted = the report is already submitted
error-reports-return-message = say what the city should correct (1 to 5000 characters)
error-reports-return-not-submitted = only a submitted report can be returned
# $code: a statistic's code
error-reports-no-figure = the report gives no figure for { $code }

## Experts' ratings. $state: a cycle's state (error-cycle-state-…).

error-reviews-reviewers-only = only the item's reviewers rate it
# $value: what was given; low, medium and high are typed as they are
error-reviews-confidence = `{ $value }` is not a confidence; use low, medium or high
error-reviews-no-round = this item takes no rating now: ratings are given in review, and revisions only for items in a revision round (the cycle is { $state })
error-reviews-deadline-passed = the deadline for this round has passed; the secretariat can give you a personal extension
error-reviews-not-a-reviewer = that person does not review this item
error-reviews-reopen-closed = only a rating of a round still open can be reopened
error-reviews-reopen-not-submitted = this reviewer has not submitted a rating for the round: there is nothing to reopen

## Scoring guidance and the discussion of an item.

error-guidance-forbidden = scoring guidance is for the cycle's experts and the secretariat
# $state: a cycle's state (error-cycle-state-…)
error-guidance-frozen = the cycle is { $state }: its guidance stays as the review used it
# $level: 1 to 5; $label: the scale's word for it (Very good); $problem: what is wrong with the text
error-guidance-level = level { $level } ({ $label }): { $problem }
error-guidance-level-twice = level { $level } ({ $label }) is given twice
error-discussion-closed = the discussion is open while the item is in a revision round or waits for moderation

## Free text people write: what it is called in a message, and its bounds.

# The subjects of the two messages below, as they start a sentence.
error-text-action = an action
error-text-answer = an answer
error-text-comment = a comment
error-text-guidance = guidance
error-text-label = a label
error-text-message = a message
error-text-question = a question
error-text-rationale = a rationale
error-text-reason = a reason
error-text-statement = a statement
# $what: one of the subjects above
error-text-control = { $what } must not contain control characters
# $what: one of the subjects above; $count: the characters the text has
error-text-length = { $what } has { $min } to { $max } characters (this one has { $count })

# One-line texts (names), subjects of the three messages below.
error-text-city-name = a city's name
error-text-cycle-name = a cycle's name
error-text-institution = an institution
error-text-institution-name = an institution's name
error-text-name = a name
# $what: one of the five subjects above
error-line-empty = { $what } must not be empty
error-line-too-long = { $what } has at most { $max } characters
error-line-control = { $what } must be one line of text without control characters

## People: roles, e-mail addresses, accounts.

# $value: what was given. The role codes (secretariat, expert, city) are typed as they are.
error-role-unknown = `{ $value }` is not a role; use secretariat, expert or city
error-email-too-long = an e-mail address has at most 254 characters
# $reason: the parser's own explanation, in English
error-email-invalid = `{ $value }` is not a valid e-mail address ({ $reason })
error-email-no-dot = `{ $value }` is not a valid e-mail address (its domain has no dot)
# city_id is a field name: keep it.
error-city-user-needs-city = a city user needs city_id: the city they coordinate
# $role: secretariat or expert
error-city-only-city-users = only city users are bound to a city; a { $role } user takes no city_id

## Cities: countries, regions, languages, institutions. $value: what was given.

error-country-code = `{ $value }` is not an ISO 3166-1 alpha-2 country code (like CN, BR, DE)
error-country-code-or-name = `{ $value }` is neither an ISO 3166-1 alpha-2 code (like KR, MA) nor a country's name as the UN writes it
# $regions: the five regions' names as they are typed (in English)
error-region-unknown = `{ $value }` is not a UNESCO region; use one of: { $regions }
error-language-code = `{ $value }` is not an ISO 639-1 language code (like en, fr, zh)
error-languages-empty = at least one language is needed
# $code: a language code (fr)
error-language-twice = language `{ $code }` is listed twice
# $name: an institution's name
error-institution-twice = { $name } is listed twice
# $count: how many were given
error-institutions-too-many = at most { $max } institutions, not { $count }

## Review cycles: states, transitions, deadlines, settings.

# A cycle's state as a message names it ("the cycle is { $state }"). English keeps the API's codes.
error-cycle-state-draft = draft
error-cycle-state-collecting = collecting
error-cycle-state-reviewing = reviewing
error-cycle-state-reconciling = reconciling
error-cycle-state-published = published
error-cycle-state-archived = archived

# $state, $from, $next, $to: states as named above
error-transition-already = the cycle is already { $state }
error-transition-only-next = a { $from } cycle can only move to { $next }, not to { $to }
error-transition-final = an { $state } cycle cannot change any more
error-transition-no-city = the cycle has no participating city
error-transition-no-measurement = no experts'-review measurement is mapped to a panel
error-transition-no-report = no city has submitted its report yet
error-transition-no-assignment = reviewing needs a confirmed assignment of experts; run and confirm one first
error-transition-reports-unassigned = { $count } submitted report(s) are not covered by the confirmed assignment; run and confirm it again
error-transition-bundles-unfilled = { $count } bundle(s) have fewer experts than the panel size: fill them by hand on the assignment page, or accept them short with a reason (their items go to moderation if they end with fewer than two ratings)
error-transition-ratings-missing = { $count } item(s) still lack first-round ratings and the review deadline has not passed
error-transition-consensus-missing = { $count } item(s) have no consensus score yet
error-transition-feedback-missing = { $count } item(s) have no feedback statement for the city yet

error-deadline-review-order = the review deadline must come after the submission deadline
error-deadline-reconciliation-order = the reconciliation deadline must come after the review deadline
# $kind: submission, review or reconciliation (a code: translations select on it)
error-deadline-gone = the { $kind } deadline no longer applies: the cycle is { $state }, past that phase
error-deadline-past = a new deadline cannot be in the past; choose a later moment
error-settings-frozen = the panel size, the rules and the minimum justification can change only until an assignment is confirmed; they shape the assignment and the ratings already made
error-cities-frozen = cities join or leave a cycle only while it is a draft or collects reports; it is { $state }
error-extension-no-round = a personal extension is for a round of rating under way (in review or reconciliation); the cycle is { $state }
# $kind: review or reconciliation (a code: translations select on it)
error-extension-no-deadline = the { $kind } round has no deadline: nobody needs an extension
# $deadline: a date, 2026-11-29
error-extension-too-early = an extension ends after the round's deadline ({ $deadline }) and in the future
# $value: what was given
error-panel-size-range = a panel size is from 2 to 7 experts, not { $value }
error-max-spread-range = the largest agreed spread is from 0 to 4, not { $value }
error-revision-rounds-range = revision rounds are from 0 to 3, not { $value }
error-min-justification-range = the minimum justification is from 0 to 2000 characters, not { $value }

## Experts' profiles.

# $code: what was given (an area of focus is written like 3.1)
error-expertise-unknown = `{ $code }` is not an area of focus of the framework (like 3.1 or 2.4)
error-expertise-twice = `{ $code }` is listed twice
# $value: what was given
error-capacity-range = capacity is from 0 to { $max } bundles, not { $value }

## The secretariat's checks of reported figures.

# $problem: a message about the question's length (error-text-length, error-text-control)
error-figure-question = ask the city what to check: { $problem }
# $value: what was given; verified and query are typed as they are
error-figure-decision = `{ $value }` is not a decision: verified or query
error-figure-cycle-archived = the cycle is archived
error-figure-not-submitted = figures are checked once the report is submitted
error-figure-no-question = the secretariat has no open question about this figure

## Panels' measurements. $code: a measurement's code (3.1.1.a); $edition: a framework edition's name.

error-panel-measurement-unknown = { $code } is not a measurement of { $edition }
error-panel-measurement-statistic = { $code } is a statistic, not an experts'-review measurement
# $panel: the other panel's name
error-panel-measurement-taken = { $code } already belongs to the panel { $panel }
error-panel-measurement-twice = { $code } is listed twice

## Ratings and their justifications. $count: the characters the justification has.

error-rating-submitted-final = your rating for this round is submitted, and final: you have seen the other ratings, so a change would no longer be independent. If it holds a mistake, ask the secretariat to reopen it
error-justification-control = a justification must not contain control characters
error-justification-too-short = a justification has at least { $min } characters (this one has { $count }): say what in the report supports the score
error-justification-too-long = a justification has at most { $max } characters (this one has { $count })

# $value: what was given. Poor and Excellent: the scale's words for 1 and 5.
error-score-range = a score is a whole number from 1 (Poor) to 5 (Excellent), not { $value }

## Reports: narratives and statistics. $code: a measurement's code (3.1.1.a); $value: what was given.

error-value-percentage = a percentage is 0 to 100, not { $value }
error-value-rating = a rating on the 5-point scale is 1 to 5, not { $value }
error-value-negative = this figure is never negative, not { $value }
# $total, $low, $high: percentages
error-value-total = the total { $total } % is not between its parts ({ $low } % to { $high } %)
# $languages: language codes (en, fr)
error-report-language = `{ $value }` is not one of the city's languages ({ $languages })
error-report-measurement-unknown = { $code } is not a measurement of the framework
error-report-narrative-for-statistic = { $code } is a statistic: report it under statistics
error-report-not-reviewed = { $code } is not reviewed in this cycle
error-report-statistic-for-narrative = { $code } is an experts'-review measurement: write a narrative for it
error-narrative-control = a narrative must not contain control characters
error-narrative-too-long = a narrative has at most { $max } characters
error-narrative-self-score = the city's own rating is 1 (Poor) to 5 (Excellent), not { $value }
error-narrative-too-many-links = at most { $max } evidence links
error-narrative-link = `{ $value }` is not a web address (http or https)
error-statistic-year = { $year } is not a plausible reference year
error-statistic-not-available-values = a figure marked not available has no values
error-statistic-not-available-reason = say in 3 to 500 characters why the figure is not available
error-statistic-provider = who provided the figure, in 1 to 200 characters
# "official" and "survey" are typed as they are
error-statistic-source-missing = { $code } may come from official data or a survey: say which (official or survey)
error-statistic-source-official = { $code } is reported from official data, not a survey
error-statistic-source-survey = { $code } is reported from a survey, not official data
# $breakdowns: the breakdowns' names (Male, Female, Total); $name: the one given
error-statistic-breakdown = { $code } is reported by { $breakdowns }; `{ $name }` is not one of them
error-statistic-not-a-number = a value must be a number

error-continuity-unknown = `{ $value }` is not a continuity setting; use off, prefer or avoid
error-weight-range = a weight is a whole number from 0 to { $max }, not { $value }
error-region-twice = { $region } is listed twice
error-native-not-read = { $code } is not among the languages the expert reads
