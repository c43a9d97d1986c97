## E-mail: every message lcreview sends, in its recipient's language.
## A message's first paragraph follows the greeting: in English it starts in lower case ("Dear Ana," /
## "the review cycle … is open"); write it as a letter in your language is written.
## $city, $cycle, $measurement (a statistic's code, "3.1.2.a"), $panel, $inviter, $author: names, as
## they are. $deadline, $date, $before, $after, $until: a date and time, or "—" when there is none.

# $name: the recipient's name
mail-greeting = Dear { $name },
mail-footer = lcreview: expert review of learning cities' reports
# The link under a plain-text message: its label, then the address.
mail-link-line = { $label }: { $url }

mail-link-sign-in = Sign in
mail-link-your-report = Your report
mail-link-your-reviews = Your reviews
mail-link-your-review = Your review
mail-link-the-item = The item
mail-link-the-report = The report
mail-link-city-profile = Your city's profile

mail-thanks = Thank you.

# One (city, panel) an expert reviews, in a list.
mail-bundle = { $city } ({ $panel } panel)

## An invitation to a new account.

mail-invitation-subject = You are invited to lcreview
# The inviter, when no one in particular invited them.
mail-invitation-by-secretariat = The lcreview secretariat
# $role: the part the new user has.
mail-invitation-intro = { $inviter } invited you to lcreview, where the UNESCO Global Network of Learning Cities reviews learning cities' reports, as { $role ->
        [secretariat] a member of the secretariat
        [expert] an independent expert
       *[other] your city's coordinator
    }.
# $url: the sign-in address; $email: the recipient's address
mail-invitation-sign-in = Sign in at { $url } with this e-mail address ({ $email }). No password is sent by e-mail.
mail-invitation-expert = First, please complete your profile: the languages you read, your areas of expertise, your country and institution, and how many bundles you can review in a cycle.
mail-invitation-city = You will hear from us when a review cycle opens for your city's report.

## To a city's users: a cycle is open, their report is in, not in yet, returned.

mail-cycle-opened-subject = { $city }: the review cycle "{ $cycle }" is open for your report
mail-cycle-opened-intro = the review cycle "{ $cycle }" is open, and { $city } takes part in it.
mail-cycle-opened-due = Please write and submit your city's report by { $deadline }.

mail-receipt-subject = { $city }: your report for "{ $cycle }" is received
mail-receipt-intro = we received { $city }'s report for the review cycle "{ $cycle }" on { $date }.
mail-receipt-locked = It is locked now. If the secretariat finds something to correct, they will return it to you with a message.

mail-report-reminder-subject = { $city }: your report for "{ $cycle }" is not submitted yet
mail-report-reminder-intro = the secretariat reminds you that { $city }'s report for the cycle "{ $cycle }" is not submitted yet.
mail-report-reminder-due = Reports are due by { $deadline }.
mail-report-reminder-draft = A draft is kept as you write it; submit the report when it is complete.

mail-returned-subject = { $city }: your report for "{ $cycle }" is returned for correction
# Followed by the secretariat's message, quoted.
mail-returned-intro = the secretariat returned { $city }'s report for the review cycle "{ $cycle }". Their message:
mail-returned-due = Please correct the report and submit it again by { $deadline }. Until then it is out of review.

## To an expert: assignments, reminders, revision rounds, extensions, a reopened rating.

mail-assignment-subject = Your review assignment: { $cycle }
# Followed by the list of cities and panels.
mail-assignment-intro = you are assigned to review, in the cycle "{ $cycle }":
mail-assignment-deadline = The review deadline is { $deadline }. Your reviews are listed on your home page once the review starts.
mail-assignment-thanks = Thank you for your work.

mail-unassigned-subject = Your review assignment changed: { $cycle }
# Followed by the list of cities and panels.
mail-unassigned-intro = you no longer review, in the cycle "{ $cycle }":
mail-unassigned-nothing-to-do = You do not need to do anything more for these. Ratings you submitted stay in the review's history.

# $count: ratings not submitted yet
mail-reminder-subject = Reminder: { $count } rating(s) to submit
mail-reminder-subject-by = Reminder: { $count } rating(s) to submit by { $deadline }
# $phase: the round (the first review, or a revision round)
mail-reminder-intro = in the { $phase ->
        [reconciliation] revision round
       *[other] review
    } of the cycle "{ $cycle }" you still have { $count } rating(s) to submit.
mail-reminder-intro-by = in the { $phase ->
        [reconciliation] revision round
       *[other] review
    } of the cycle "{ $cycle }" you still have { $count } rating(s) to submit by { $deadline }.

# $round: the revision round's number; $count: items to reconsider
mail-revision-subject = Revision round { $round }: { $count } item(s) to reconsider
mail-revision-intro = in the cycle "{ $cycle }" the ratings of { $count } item(s) you reviewed disagree. Please read the other reviewers' ratings and justifications (anonymised) and keep or revise your score, with a justification for this round. Your reviews page lists every item in the round, including any that join it later.
mail-revision-closes = The round closes on { $deadline }.

# $which: the deadline that moved
mail-deadline-changed-subject = { $cycle }: the { $which ->
        [submission] submission
        [reconciliation] reconciliation
       *[other] review
    } deadline is now { $after }
mail-deadline-changed-intro = the secretariat moved the { $which ->
        [submission] submission
        [reconciliation] reconciliation
       *[other] review
    } deadline of the cycle "{ $cycle }": it was { $before }, it is now { $after }.

# $round: the round the extension is for
mail-extension-subject = { $cycle }: you may rate until { $until }
mail-extension-intro = the secretariat gave you until { $until } to finish your ratings of the { $round ->
        [submission] submission
        [reconciliation] reconciliation
       *[other] review
    } round of "{ $cycle }".
mail-extension-withdrawn-subject = { $cycle }: your extension is withdrawn
mail-extension-withdrawn-intro = the secretariat withdrew your extension of the { $round ->
        [submission] submission
        [reconciliation] reconciliation
       *[other] review
    } round of "{ $cycle }": the round's own deadline applies again.

mail-reopened-subject = Your rating of { $city } ({ $measurement }) is open again
# Followed by the secretariat's reason, quoted.
mail-reopened-intro = the secretariat reopened your submitted rating of { $measurement } for { $city } in the cycle "{ $cycle }", so that you can correct it. Their reason:
mail-reopened-draft = It is a draft again: change it if needed and submit it.

## Discussions and figures.

mail-comment-subject = A new comment on { $city } ({ $measurement })
# $author: "Reviewer B", "The panel's chair" … (never a name). Followed by the comment, quoted.
mail-comment-intro = { $author } wrote in the discussion of { $measurement } for { $city } in the cycle "{ $cycle }":
mail-comment-reply = Reply on the item's page; the discussion stays among its reviewers and the panel's chair.

mail-figure-query-subject = { $city }: a question about a figure of your report ({ $measurement })
# Followed by the secretariat's question, quoted.
mail-figure-query-intro = the secretariat checked the figures of { $city }'s report for the cycle "{ $cycle }" and asks about { $measurement }:
mail-figure-query-answer = Answer on the report's page: in words, with a corrected figure, or both.

mail-figure-answered-subject = { $city } answered your question about { $measurement }
# Followed by the city's answer, quoted.
mail-figure-answered-intro = { $city } answered the question about { $measurement } in its report for the cycle "{ $cycle }":
mail-figure-answered-check = Check the figure again on the report's page.

## Results, and the daily digest.

mail-published-subject = { $city }: the results of "{ $cycle }" are published
mail-published-intro = the experts' consensus scores and feedback for { $city } in "{ $cycle }" are published on your city's profile.
mail-published-thanks = Thank you for your report.

# $count: the messages gathered
mail-digest-subject = lcreview: your daily summary ({ $count } message(s))
mail-digest-intro = here is what happened for you in lcreview since your last summary ({ $count } message(s)).

## Sample messages a daily digest gathers, on the secretariat's preview page.

mail-sample-digest-assignment = You are assigned to review { $city } ({ $panel } panel).
mail-sample-digest-reminder = In the review of the cycle "{ $cycle }" you still have { $count } rating(s) to submit.
