## The expert's side: their reviews, a bundle's review page with the rating forms, an item's
## discussion, their past reviews, and a cycle's scoring guidance.

reviews-home-title = Your reviews
reviews-home-empty = You have no review to do now. When a cycle you are assigned to starts its review, your cities and panels appear here with their deadline.
reviews-table-scroll = Table (scrolls sideways on a narrow screen)
reviews-col-city = City
reviews-col-panel = Panel
reviews-col-cycle = Cycle
reviews-col-round = Round
reviews-col-submitted = Submitted
reviews-col-deadline = Deadline
reviews-col-measurement = Measurement
reviews-col-your-rating = Your rating
reviews-col-consensus = Consensus
# How many of a bundle's items the expert has submitted: "3 of 12".
reviews-progress = { $rated } of { $total }
# A review round: the first ratings, or a revision round (2, 3 …).
reviews-round-first = First ratings
reviews-round-revision = Revision (round { $round })

# The panels an expert chairs, with what waits for them.
reviews-chaired-heading = Panels you chair
# $status: an item status ("Disagreement"); the number of items follows, in bold.
reviews-chaired-count = { $status }:
# The English keeps "item(s)": $count is any number, 0 included.
reviews-chaired-to-moderate = { $count } item(s) waiting for your moderation
reviews-chaired-write = Write statements ({ $count } to write)
reviews-chaired-all-written = Every decided item has its statement.
reviews-chaired-all-items = All the panel's items
reviews-link-history = Your past reviews
reviews-link-profile = Your profile
reviews-link-framework = The framework

# An item's discussion.
reviews-discussion-heading = Discussion
reviews-discussion-intro = Among the item's reviewers and the panel's chair, by their part, never by name. The city never sees it.
reviews-discussion-empty = No comment yet.
# Beside a comment's author: the round it was written in.
reviews-comment-round = round { $round }
reviews-comment-label = Your comment
reviews-comment-add = Add the comment
reviews-comment-added = Your comment is added.
reviews-comment-not-added = Not added: { $message }

# The review page of a bundle: "Almaty: Panel 2".
reviews-bundle-heading = { $city }: { $panel }
# Followed by the deadline in bold, then by reviews-instructions-after-deadline.
reviews-deadline = Deadline:
# Follows the deadline (hence the opening full stop). $min: the least number of characters;
# $excellent and $poor: the scale's words for 5 and 1.
reviews-instructions-after-deadline = . Rate each measurement from the city's report, 5 { $excellent } to 1 { $poor }, with a justification of at least { $min } characters to submit (a draft may be shorter). You see the other reviewers' ratings once you have submitted yours.
reviews-guidance-link = What each score means, for every measurement of the cycle
reviews-drafts-kept = Drafts are kept as you type (in this browser, and on the server once a score is chosen); you are warned before leaving a page with unsaved text.
reviews-rating-closed = Rating is closed for this round.
reviews-city-report = The city's report
reviews-no-narrative = No narrative.
# The city's result in its last published cycle: "In 2024: 4 Very good".
reviews-last-cycle = In { $cycle }: { $score } { $label }
# Followed by the panel's statement.
reviews-last-statement = The panel's statement:
# Followed by the city's action plan, or by reviews-last-action-plan-none.
reviews-last-action-plan = The city's action plan:
reviews-last-action-plan-none = none given
reviews-self-rating = The city's own rating: { $score } { $label }
reviews-your-rating = Your rating
# After "Your rating" in a revision round.
reviews-your-rating-revision = — revision, round { $round }
# $label: the expert's own letter, "Reviewer B".
reviews-you-are = (you are { $label })
reviews-previous-rating = Your rating of round { $round }: { $score } { $label }
reviews-previous-hint = The form starts from it: keep your score or revise it, and say why for this round.
reviews-saved-version = The version saved now (changed elsewhere): { $score } { $label }
reviews-saved-version-hint = The form below keeps what you typed: submit it to replace the saved version, or copy what you need.
reviews-guidance-summary = What each score means for this measurement
reviews-item-submitted = Submitted. You may still change it until the deadline.
reviews-item-closed = This item takes no rating now: it is settled, or waits for the other reviewers' revisions.
reviews-score = Score
reviews-justification = Justification
reviews-justification-hint = (at least { $min } characters)
reviews-confidence = Confidence
reviews-confidence-hint = (optional)
reviews-confidence-low = low
reviews-confidence-medium = medium
reviews-confidence-high = high
reviews-save-draft = Save draft
reviews-submit = Submit
reviews-others-heading = The other reviewers
# Another reviewer's rating: "Reviewer A: 3 Good".
reviews-other-rating = { $reviewer }: { $score } { $label }
# A co-reviewer whose rating shown is still the round before's: "Reviewer A (round 1, not revised yet)".
reviews-not-revised-yet = { $reviewer } (round { $round }, not revised yet)

# Messages after a rating is saved, and refusals.
reviews-rating-submitted = Your rating is submitted.
reviews-draft-saved = Draft saved.
reviews-choose-score = Choose a score.
# After the field's name ("Score: choose a score").
reviews-choose-score-field = choose a score
reviews-rate-forbidden = Only the item's reviewers rate it.
# A refusal's message follows.
reviews-not-saved = Not saved: { $message }

# The words of the review page's script (drafts saved as typed).
reviews-js-restored = Your unsaved draft from this browser is back.
reviews-js-kept = Kept in this browser; choose a score to save the draft.
reviews-js-saving = Saving…
# $status: the HTTP status code of the failed request.
reviews-js-not-saved-status = Not saved ({ $status }): reload the page; your text is kept in this browser.
reviews-js-offline = Not saved (no connection); kept in this browser.

# The expert's past reviews.
reviews-history-title = Your past reviews
reviews-history-intro = Your own last rating of each item you reviewed in published cycles, beside the consensus the panel reached. Only you see this page.
reviews-history-empty = Nothing yet: your reviews appear here once their cycle is published.
reviews-history-justification = Your justification
# One's own rating of an item: "4 Very good (round 2)".
reviews-history-mine = { $score } { $label } (round { $round })
reviews-history-forbidden = This page lists an expert's own past reviews.

# A cycle's scoring guidance.
reviews-guidance-page-title = Scoring guidance — { $cycle }
reviews-guidance-heading = Scoring guidance
reviews-guidance-intro = What each score means for each measurement of this cycle. Where the secretariat has written nothing, the service's default applies (marked "default").
reviews-guidance-edit-hint = Write a level's text to replace the default for this cycle; empty a field to restore it. Reviewers see the text beside their rating form.
# Beside a level that keeps the service's text.
reviews-guidance-default = (default)
reviews-guidance-save = Save the guidance of { $code }
reviews-guidance-saved = The guidance of { $code } is saved.
